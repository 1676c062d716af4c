/**
 * The questionnaire in the user's language. Dutch is the definition itself
 * (published, frozen); the English texts are a translation per version
 * (`vN.en.ts`), keyed by the definition's ids.
 *
 * The English definition has the same structure as the Dutch one: same ids,
 * points, weights, themes, thresholds and rules, only other texts. So scores,
 * fit levels and advice never depend on the language (they use ids only).
 *
 * A version published later without a translation (or with a text missing)
 * falls back to Dutch per text: the page stays complete, and
 * tests/unit/questionnaire-translation.test.ts fails for every shipped
 * version that is not fully translated.
 */
import type { Locale } from "~/i18n/locale";
import {
  isUnknownOption,
  type AnswerOption,
  type Opportunity,
  type Pillar,
  type Question,
  type QuestionnaireDefinition,
} from "./schema";
import { ruleKey, type DefinitionTranslation, type OpportunityTranslation, type QuestionTranslation } from "./translation";
import { questionnaireV1En } from "./v1.en";

/** English translations of the shipped versions. */
export const englishTranslations: readonly DefinitionTranslation[] = [questionnaireV1En];

export function englishTranslation(version: number): DefinitionTranslation | undefined {
  return englishTranslations.find((translation) => translation.version === version);
}

function localizeOption(option: AnswerOption, unknownLabel: string | undefined, t: QuestionTranslation | undefined): AnswerOption {
  if (isUnknownOption(option)) return { ...option, label: unknownLabel ?? option.label };
  return { ...option, label: t?.options[option.id] ?? option.label };
}

function localizeQuestion(question: Question, unknownLabel: string | undefined, t: QuestionTranslation | undefined): Question {
  return {
    ...question,
    text: t?.text ?? question.text,
    why: t?.why ?? question.why,
    themes: [...question.themes],
    options: question.options.map((option) => localizeOption(option, unknownLabel, t)),
  };
}

function localizePillar(pillar: Pillar, t: DefinitionTranslation): Pillar {
  const own = t.pillars[pillar.id];
  return {
    ...pillar,
    title: own?.title ?? pillar.title,
    intro: own?.intro ?? pillar.intro,
    questions: pillar.questions.map((question) => localizeQuestion(question, t.unknownOption, t.questions[question.id])),
  };
}

function localizeOpportunity(opportunity: Opportunity, t: OpportunityTranslation | undefined): Opportunity {
  const steps = (fit: keyof Opportunity["nextSteps"]) =>
    opportunity.nextSteps[fit].map((step, i) => t?.nextSteps[fit][i] ?? step);
  return {
    ...opportunity,
    title: t?.title ?? opportunity.title,
    description: t?.description ?? opportunity.description,
    rules: opportunity.rules.map((rule) => ({
      ...rule,
      optionIds: [...rule.optionIds],
      reason: t?.reasons[ruleKey(rule)] ?? rule.reason,
    })),
    thresholds: { ...opportunity.thresholds },
    nextSteps: { kansrijk: steps("kansrijk"), mogelijk: steps("mogelijk"), "nog niet": steps("nog niet") },
    instrumentIds: [...opportunity.instrumentIds],
  };
}

/**
 * The definition with its texts in `locale`. Pure: the argument is not
 * changed; "nl" returns it as it is.
 */
export function localizeDefinition(definition: QuestionnaireDefinition, locale: Locale): QuestionnaireDefinition {
  if (locale === "nl") return definition;
  const t = englishTranslation(definition.version);
  if (!t) return definition;
  return {
    ...definition,
    title: t.title,
    intro: t.intro,
    pillars: definition.pillars.map((pillar) => localizePillar(pillar, t)),
    opportunities: definition.opportunities.map((opportunity) =>
      localizeOpportunity(opportunity, (t.opportunities as Partial<Record<string, OpportunityTranslation>>)[opportunity.id]),
    ),
  };
}
