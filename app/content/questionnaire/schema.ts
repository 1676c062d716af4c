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
 */
import { z } from "zod";

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
    label: z.literal(UNKNOWN_OPTION_LABEL),
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

export const questionnaireDefinitionSchema = z
  .object({
    version: z.number().int().min(1),
    title: textSchema,
    intro: textSchema,
    pillars: z.array(pillarSchema).length(PILLAR_COUNT, `Een scan heeft precies ${PILLAR_COUNT} pijlers.`),
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
  });

export type ScoredOption = z.infer<typeof scoredOptionSchema>;
export type UnknownOption = z.infer<typeof unknownOptionSchema>;
export type AnswerOption = z.infer<typeof answerOptionSchema>;
export type QuestionWeight = z.infer<typeof questionWeightSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Pillar = z.infer<typeof pillarSchema>;
export type QuestionnaireDefinition = z.infer<typeof questionnaireDefinitionSchema>;

/** The employer's answers: question id → chosen option id. */
export type Answers = Record<string, string>;

export function isUnknownOption(option: AnswerOption): option is UnknownOption {
  return "unknown" in option && option.unknown === true;
}

export function isScoredOption(option: AnswerOption): option is ScoredOption {
  return "points" in option;
}
