/**
 * One zod schema per request form, shared by client and server. Candidate data
 * stays minimal: initials and candidate group — never a BSN or medical data.
 */
import { z } from "zod";
import { eligibilitySchema } from "~/domain/less-risk-eligibility";

const submissionKey = z.string().min(20).max(64);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Dit is te lang. Gebruik hoogstens ${max} tekens.`)
    .optional()
    .transform((v) => (v ? v : undefined));
const isoDate = (message: string) =>
  z
    .string({ required_error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), message);

export const conversationTopics = {
  scan: "De uitslag van mijn Toekomstscan bespreken",
  personeel: "Ik zoek personeel",
  regelingen: "Vragen over regelingen",
  anders: "Iets anders",
} as const;

export const conversationSchema = z.object({
  submissionKey,
  topic: z.enum(Object.keys(conversationTopics) as [keyof typeof conversationTopics], {
    errorMap: () => ({ message: "Kies waar het gesprek over gaat." }),
  }),
  message: optionalText(2000),
  contactPreference: z.enum(["telefoon", "e-mail"], {
    errorMap: () => ({ message: "Kies hoe wij contact met u opnemen." }),
  }),
  scanId: z.string().uuid().optional().or(z.literal("").transform(() => undefined)),
});

/** A checked box posts "ja"; an unchecked one posts nothing (react-hook-form reports false). */
const checkbox = z.preprocess((v) => (v === "ja" || v === true ? "ja" : undefined), z.literal("ja").optional());

export const contractTypes = {
  "bepaalde-tijd": "Tijdelijk contract",
  "onbepaalde-tijd": "Vast contract",
} as const;

export const placementSchema = eligibilitySchema
  .extend({
    submissionKey,
    wantsPolis: checkbox,
    wantsVoucher: checkbox,
    candidateInitials: z
      .string({ required_error: "Vul de voorletters van de kandidaat in." })
      .trim()
      .min(1, "Vul de voorletters van de kandidaat in.")
      .max(12, "Vul alleen de voorletters in, bijvoorbeeld J.K.")
      .regex(/^[A-Za-zÀ-ÿ. ]+$/, "Vul alleen de voorletters in, bijvoorbeeld J.K."),
    startDate: isoDate("Vul een geldige startdatum in, bijvoorbeeld 2026-12-01."),
    role: z
      .string({ required_error: "Vul de functie in." })
      .trim()
      .min(2, "Vul de functie in.")
      .max(120, "Gebruik hoogstens 120 tekens voor de functie."),
    contractType: z.enum(Object.keys(contractTypes) as [keyof typeof contractTypes], {
      errorMap: () => ({ message: "Kies het soort contract." }),
    }),
    hoursPerWeek: z
      .string({ required_error: "Vul het aantal uren per week in." })
      .trim()
      .regex(/^\d{1,2}$/, "Vul een heel aantal uren in, van 1 tot 40.")
      .transform(Number)
      .pipe(z.number().int().min(1, "Vul minstens 1 uur in.").max(40, "Vul hoogstens 40 uur in.")),
    durationMonths: z
      .string({ required_error: "Vul de duur van het contract in maanden in." })
      .trim()
      .regex(/^\d{1,2}$/, "Vul een heel aantal maanden in, van 1 tot 60.")
      .transform(Number)
      .pipe(z.number().int().min(1, "Vul minstens 1 maand in.").max(60, "Vul hoogstens 60 maanden in.")),
    guideName: optionalText(120),
  })
  .superRefine((v, ctx) => {
    if (!v.wantsPolis && !v.wantsVoucher) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["wantsPolis"],
        message: "Kies wat u aanvraagt: de polis, de voucher of allebei.",
      });
    }
  });

export const adviceVoucherSchema = z.object({
  submissionKey,
  question: optionalText(2000),
  scanId: z.string().uuid().optional().or(z.literal("").transform(() => undefined)),
});

export const sickReportSchema = z
  .object({
    submissionKey,
    firstSickDay: isoDate("Vul de eerste ziektedag in, bijvoorbeeld 2026-11-20."),
    expectedReturn: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), "Vul een geldige datum in, of laat dit leeg."),
  })
  .superRefine((v, ctx) => {
    if (v.expectedReturn && v.expectedReturn < v.firstSickDay) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["expectedReturn"],
        message: "De verwachte terugkeer kan niet vóór de eerste ziektedag liggen.",
      });
    }
  });

export const withdrawSchema = z.object({ intent: z.literal("intrekken") });
