/**
 * Schema of a Toekomstscan questionnaire definition.
 *
 * A definition is versioned content: once a version is published it never
 * changes (a change is a new version), so an old report can be reproduced
 * exactly. Every definition is parsed through `questionnaireDefinitionSchema`
 * when it is loaded (see `./index.ts`), so a broken definition fails fast.
 *
 * Rules enforced here:
 * - exactly 5 pillars, unique pillar ids (kebab-case);
 * - 6–10 questions per pillar, question ids unique over the whole definition;
 * - every question is single choice with 3–5 scored options, ordered from
 *   lowest to highest points (strictly ascending), the first at 0 points,
 *   points are integers 0..4, option ids unique within the question;
 * - every question ends with exactly one "Weet ik niet" option
 *   (`{ id: "weet-niet", label: "Weet ik niet", unknown: true }`);
 * - every question has a weight 1|2|3, a "Waarom vragen we dit?" line and at
 *   least one theme from `THEMES` (the advice report maps themes to options).
 *
 * Kansenkaart advice rules are data in the definition too (`opportunities`),
 * so a report made under a version always gives the same advice:
 * - exactly the options of `OPPORTUNITY_IDS`, in that order, ids unique;
 * - every rule names a question of this definition and 1+ options of that
 *   question (no option twice in one rule, and no option in two rules of the
 *   same opportunity), with integer points −3..3 and a reason sentence;
 * - thresholds are integers with `kansrijk` > `mogelijk`;
 * - next steps for every fit level, instrument ids from the catalogue.
 * The fit is computed by `opportunityMap` in `app/domain/opportunity-map.ts`.
 */
import { z } from "zod";
import { instrumentIds } from "~db/seed/reference/instrument-ids";

/**
 * Theme tags. The Kansenkaart advice maps these to inclusive options
 * (functiecreatie/jobcarving, begeleiding op de werkvloer, Open Hiring,
 * SROI/PSO, leerwerktraject/BBL, proefplaatsing, inclusief herontwerp,
 * scholing voor werkgevers) and to HR advice for the first four pillars.
 */
export const THEMES = [
  // Strategie & Bedrijf
  "strategie",
  "personeelsplanning",
  "werving",
  "behoud",
  "samenwerking",
  // Flexibiliteit & Wendbaarheid / op- en afschalen
  "flexibiliteit",
  "mobiliteit",
  "opschalen",
  "afschalen",
  // Employability en Duurzame inzetbaarheid
  "scholing",
  "talentontwikkeling",
  "duurzame-inzetbaarheid",
  "gezondheid",
  // Inclusief werkgeverschap: motivatie en kwaliteiten van de organisatie
  "motivatie",
  "leiderschap",
  "team",
  "onboarding",
  "begeleiding",
  "buddy",
  "instructie",
  "nazorg",
  "taken-aanpassen",
  // Inclusief werkgeverschap: vormen
  "functiecreatie",
  "inclusief-herontwerp",
  "open-hiring",
  "werven-op-potentie",
  "leerwerktraject",
  "proefplaatsing",
  "sroi",
  // Inclusief werkgeverschap: zorgen van werkgevers (000:1445)
  "zorgen-verzuim",
  "zorgen-begeleiding",
  "zorgen-administratie",
  "zorgen-onzekerheid",
] as const;

export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

export const UNKNOWN_OPTION_ID = "weet-niet";
export const UNKNOWN_OPTION_LABEL = "Weet ik niet";

export const PILLAR_COUNT = 5;
export const MIN_QUESTIONS_PER_PILLAR = 6;
export const MAX_QUESTIONS_PER_PILLAR = 10;
export const MIN_SCORED_OPTIONS = 3;
export const MAX_SCORED_OPTIONS = 5;
export const MAX_OPTION_POINTS = 4;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugSchema = z
  .string()
  .regex(SLUG, "Gebruik alleen kleine letters, cijfers en streepjes (kebab-case).");
const textSchema = z.string().trim().min(1, "Tekst mag niet leeg zijn.");

export const scoredOptionSchema = z
  .object({
    id: slugSchema.refine((id) => id !== UNKNOWN_OPTION_ID, {
      message: `"${UNKNOWN_OPTION_ID}" is gereserveerd voor "${UNKNOWN_OPTION_LABEL}".`,
    }),
    label: textSchema,
    points: z.number().int().min(0).max(MAX_OPTION_POINTS),
  })
  .strict();

export const unknownOptionSchema = z
  .object({
    id: z.literal(UNKNOWN_OPTION_ID),
    // Checked as the exact Dutch label, but typed as a string: the English
    // definition (`localizeDefinition`) has the same option with its own label.
    label: z.string().refine((label): boolean => label === UNKNOWN_OPTION_LABEL, {
      message: `Het label moet "${UNKNOWN_OPTION_LABEL}" zijn.`,
    }),
    unknown: z.literal(true),
  })
  .strict();

export const answerOptionSchema = z.union([unknownOptionSchema, scoredOptionSchema]);

export const questionWeightSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const questionSchema = z
  .object({
    id: slugSchema,
    text: textSchema,
    why: textSchema,
    weight: questionWeightSchema,
    themes: z.array(themeSchema).min(1, "Geef minstens één thema."),
    options: z.array(answerOptionSchema),
  })
  .strict()
  .superRefine((question, ctx) => {
    const { options } = question;

    const unknownIndexes = options.flatMap((o, i) => ("unknown" in o ? [i] : []));
    if (unknownIndexes.length !== 1) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["options"],
        message: `Vraag "${question.id}" moet precies één "${UNKNOWN_OPTION_LABEL}"-optie hebben (nu ${unknownIndexes.length}).`,
      });
    } else if (unknownIndexes[0] !== options.length - 1) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["options", unknownIndexes[0] ?? 0],
        message: `"${UNKNOWN_OPTION_LABEL}" moet de laatste optie zijn (vraag "${question.id}").`,
      });
    }

    const scored = options.flatMap((o) => ("points" in o ? [o] : []));
    if (scored.length < MIN_SCORED_OPTIONS || scored.length > MAX_SCORED_OPTIONS) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["options"],
        message: `Vraag "${question.id}" moet ${MIN_SCORED_OPTIONS}–${MAX_SCORED_OPTIONS} antwoorden met punten hebben (nu ${scored.length}).`,
      });
    }
    if (scored.length > 0 && scored[0]?.points !== 0) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["options", 0, "points"],
        message: `Het eerste antwoord van vraag "${question.id}" moet 0 punten hebben.`,
      });
    }
    for (let i = 1; i < scored.length; i++) {
      const prev = scored[i - 1];
      const cur = scored[i];
      if (prev && cur && cur.points <= prev.points) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["options", i, "points"],
          message: `Antwoorden van vraag "${question.id}" moeten oplopen van laag naar hoog (strikt oplopende punten).`,
        });
      }
    }

    const seenOptionIds = new Set<string>();
    options.forEach((o, i) => {
      if (seenOptionIds.has(o.id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["options", i, "id"],
          message: `Optie-id "${o.id}" komt twee keer voor in vraag "${question.id}".`,
        });
      }
      seenOptionIds.add(o.id);
    });

    if (new Set(question.themes).size !== question.themes.length) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["themes"],
        message: `Vraag "${question.id}" heeft een dubbel thema.`,
      });
    }
  });

export const pillarSchema = z
  .object({
    id: slugSchema,
    title: textSchema,
    intro: textSchema,
    questions: z
      .array(questionSchema)
      .min(MIN_QUESTIONS_PER_PILLAR, `Een pijler heeft minstens ${MIN_QUESTIONS_PER_PILLAR} vragen.`)
      .max(MAX_QUESTIONS_PER_PILLAR, `Een pijler heeft hoogstens ${MAX_QUESTIONS_PER_PILLAR} vragen.`),
  })
  .strict();

/**
 * The options of the Kansenkaart (product.md §4), in the order the report
 * shows them: functiecreatie en jobcarving; begeleiding op de werkvloer
 * (jobcoach, buddy, Harrie-training); Open Hiring; SROI en PSO;
 * leerwerktraject / praktijkleren / BBL met praktijkverklaring;
 * proefplaatsing; inclusief herontwerp; scholing voor werkgevers.
 */
export const OPPORTUNITY_IDS = [
  "functiecreatie",
  "begeleiding",
  "open-hiring",
  "sroi",
  "leerwerktraject",
  "proefplaatsing",
  "inclusief-herontwerp",
  "scholing",
] as const;
export type OpportunityId = (typeof OPPORTUNITY_IDS)[number];

/** Fit levels of an opportunity, from best to worst. */
export const FIT_LEVELS = ["kansrijk", "mogelijk", "nog niet"] as const;

export const MIN_RULE_POINTS = -3;
export const MAX_RULE_POINTS = 3;

export const instrumentIdSchema = z.enum(instrumentIds);

/**
 * One advice rule: when the answer to `questionId` is one of `optionIds`,
 * the opportunity gets `points` and the report shows `reason`.
 */
export const opportunityRuleSchema = z
  .object({
    questionId: slugSchema,
    optionIds: z.array(z.string().min(1)).min(1, "Een regel noemt minstens één antwoord."),
    points: z.number().int().min(MIN_RULE_POINTS).max(MAX_RULE_POINTS),
    reason: textSchema,
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (new Set(rule.optionIds).size !== rule.optionIds.length) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["optionIds"],
        message: `Een regel voor vraag "${rule.questionId}" noemt een antwoord twee keer.`,
      });
    }
  });

export const opportunityThresholdsSchema = z
  .object({
    kansrijk: z.number().int(),
    mogelijk: z.number().int(),
  })
  .strict()
  .refine((t) => t.kansrijk > t.mogelijk, {
    message: "De drempel voor \"kansrijk\" moet hoger zijn dan die voor \"mogelijk\".",
    path: ["kansrijk"],
  });

const stepsSchema = z.array(textSchema).min(1, "Geef minstens één volgende stap.");

export const opportunityNextStepsSchema = z
  .object({
    kansrijk: stepsSchema,
    mogelijk: stepsSchema,
    "nog niet": stepsSchema,
  })
  .strict();

export const opportunitySchema = z
  .object({
    id: slugSchema,
    title: textSchema,
    /** 1–2 B1 sentences: what this option is. */
    description: textSchema,
    rules: z.array(opportunityRuleSchema).min(1, "Een kans heeft minstens één regel."),
    thresholds: opportunityThresholdsSchema,
    nextSteps: opportunityNextStepsSchema,
    instrumentIds: z.array(instrumentIdSchema),
  })
  .strict()
  .superRefine((opportunity, ctx) => {
    if (new Set(opportunity.instrumentIds).size !== opportunity.instrumentIds.length) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["instrumentIds"],
        message: `Kans "${opportunity.id}" noemt een instrument twee keer.`,
      });
    }
  });

export const questionnaireDefinitionSchema = z
  .object({
    version: z.number().int().min(1),
    title: textSchema,
    intro: textSchema,
    pillars: z.array(pillarSchema).length(PILLAR_COUNT, `Een scan heeft precies ${PILLAR_COUNT} pijlers.`),
    opportunities: z.array(opportunitySchema),
  })
  .strict()
  .superRefine((definition, ctx) => {
    const pillarIds = new Set<string>();
    const questionIds = new Set<string>();
    definition.pillars.forEach((pillar, p) => {
      if (pillarIds.has(pillar.id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["pillars", p, "id"],
          message: `Pijler-id "${pillar.id}" komt twee keer voor.`,
        });
      }
      pillarIds.add(pillar.id);
      pillar.questions.forEach((question, q) => {
        if (questionIds.has(question.id)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ["pillars", p, "questions", q, "id"],
            message: `Vraag-id "${question.id}" komt twee keer voor in de scan.`,
          });
        }
        questionIds.add(question.id);
      });
    });

    checkOpportunities(definition.pillars, definition.opportunities, ctx);
  });

function checkOpportunities(
  pillars: readonly z.infer<typeof pillarSchema>[],
  opportunities: readonly z.infer<typeof opportunitySchema>[],
  ctx: z.RefinementCtx,
): void {
  const questions = new Map<string, z.infer<typeof questionSchema>>();
  for (const pillar of pillars) {
    for (const question of pillar.questions) {
      if (!questions.has(question.id)) questions.set(question.id, question);
    }
  }

  const ids = opportunities.map((o) => o.id);
  const seenIds = new Set<string>();
  ids.forEach((id, i) => {
    if (seenIds.has(id)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["opportunities", i, "id"],
        message: `Kans-id "${id}" komt twee keer voor.`,
      });
    }
    seenIds.add(id);
  });
  for (const expected of OPPORTUNITY_IDS) {
    if (!seenIds.has(expected)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["opportunities"],
        message: `Kans "${expected}" ontbreekt.`,
      });
    }
  }
  ids.forEach((id, i) => {
    if (!(OPPORTUNITY_IDS as readonly string[]).includes(id)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["opportunities", i, "id"],
        message: `Onbekende kans "${id}"; kies uit: ${OPPORTUNITY_IDS.join(", ")}.`,
      });
    }
  });
  if (ids.length !== OPPORTUNITY_IDS.length || ids.some((id, i) => id !== OPPORTUNITY_IDS[i])) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["opportunities"],
      message: `De kansen moeten precies deze zijn, in deze volgorde: ${OPPORTUNITY_IDS.join(", ")}.`,
    });
  }

  opportunities.forEach((opportunity, o) => {
    // question id → option ids already used by an earlier rule of this opportunity
    const used = new Map<string, Set<string>>();
    opportunity.rules.forEach((rule, r) => {
      const question = questions.get(rule.questionId);
      if (!question) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["opportunities", o, "rules", r, "questionId"],
          message: `Kans "${opportunity.id}": regel ${r + 1} noemt vraag "${rule.questionId}", maar die vraag bestaat niet.`,
        });
        return;
      }
      const optionIds = new Set(question.options.map((option) => option.id));
      const usedHere = used.get(rule.questionId) ?? new Set<string>();
      rule.optionIds.forEach((optionId, k) => {
        if (!optionIds.has(optionId)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ["opportunities", o, "rules", r, "optionIds", k],
            message: `Kans "${opportunity.id}": vraag "${rule.questionId}" heeft geen antwoord "${optionId}".`,
          });
        } else if (usedHere.has(optionId)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ["opportunities", o, "rules", r, "optionIds", k],
            message: `Kans "${opportunity.id}": antwoord "${optionId}" van vraag "${rule.questionId}" staat in twee regels.`,
          });
        }
      });
      for (const optionId of rule.optionIds) usedHere.add(optionId);
      used.set(rule.questionId, usedHere);
    });
  });
}

export type ScoredOption = z.infer<typeof scoredOptionSchema>;
export type UnknownOption = z.infer<typeof unknownOptionSchema>;
export type AnswerOption = z.infer<typeof answerOptionSchema>;
export type QuestionWeight = z.infer<typeof questionWeightSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Pillar = z.infer<typeof pillarSchema>;
export type OpportunityRule = z.infer<typeof opportunityRuleSchema>;
export type OpportunityThresholds = z.infer<typeof opportunityThresholdsSchema>;
export type OpportunityNextSteps = z.infer<typeof opportunityNextStepsSchema>;
export type Opportunity = z.infer<typeof opportunitySchema>;
export type QuestionnaireDefinition = z.infer<typeof questionnaireDefinitionSchema>;

/** The employer's answers: question id → chosen option id. */
export type Answers = Record<string, string>;

export function isUnknownOption(option: AnswerOption): option is UnknownOption {
  return "unknown" in option && option.unknown === true;
}

export function isScoredOption(option: AnswerOption): option is ScoredOption {
  return "points" in option;
}
