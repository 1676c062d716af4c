/**
 * Shape of the English translation of one questionnaire version
 * (`vN.en.ts`). Translations are data keyed by the ids of the definition, so
 * ids, points, weights and rules stay in the Dutch definition only.
 *
 * Opportunity ids and fit levels are typed: a missing one is a type error.
 * Pillar, question and option ids are plain strings in a definition, so
 * tests/unit/questionnaire-translation.test.ts checks that every text of
 * every shipped version has a translation and that no translation is left
 * for an id the version does not have.
 */
import type { FIT_LEVELS, OpportunityId, OpportunityRule } from "./schema";

export type FitLevelKey = (typeof FIT_LEVELS)[number];

export interface QuestionTranslation {
  text: string;
  why: string;
  /** Scored option id → label. "Weet ik niet" is `unknownOption` of the version. */
  options: Record<string, string>;
}

export interface OpportunityTranslation {
  title: string;
  description: string;
  /** `ruleKey(rule)` → reason. */
  reasons: Record<string, string>;
  /** Per fit level, the steps in the order of the definition. */
  nextSteps: Record<FitLevelKey, string[]>;
}

export interface DefinitionTranslation {
  version: number;
  title: string;
  intro: string;
  /** Label of the "Weet ik niet" option of every question. */
  unknownOption: string;
  pillars: Record<string, { title: string; intro: string }>;
  /** Question ids are unique over a whole definition. */
  questions: Record<string, QuestionTranslation>;
  opportunities: Record<OpportunityId, OpportunityTranslation>;
}

/**
 * A rule has no id; within one opportunity no option is in two rules, so its
 * question and options name it: "iw-taken:zijn-er+al-gedaan".
 */
export function ruleKey(rule: Pick<OpportunityRule, "questionId" | "optionIds">): string {
  return `${rule.questionId}:${rule.optionIds.join("+")}`;
}
