/**
 * One zod schema per request form, shared by client and server. Candidate data
 * stays minimal: initials and candidate group — never a BSN or medical data.
 */
import { z } from "zod";
import { eligibilitySchema } from "~/domain/less-risk-eligibility";
import { err } from "~/i18n/errors";

const submissionKey = z.string().min(20).max(64);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, err("common", "tooLong", { max }))
    .optional()
    .transform((v) => (v ? v : undefined));
const isoDate = (message: string) =>
  z
    .string({ required_error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), message);

/** The topics of a conversation; their names are in the requests catalogue (`conversationTopics`). */
export const CONVERSATION_TOPICS = ["scan", "personeel", "regelingen", "anders"] as const;
export type ConversationTopic = (typeof CONVERSATION_TOPICS)[number];
export const isConversationTopic = (value: string): value is ConversationTopic =>
  (CONVERSATION_TOPICS as readonly string[]).includes(value);

export const conversationSchema = z.object({
  submissionKey,
  topic: z.enum(CONVERSATION_TOPICS, {
    errorMap: () => ({ message: err("requests", "topic") }),
  }),
  message: optionalText(2000),
  contactPreference: z.enum(["telefoon", "e-mail"], {
    errorMap: () => ({ message: err("requests", "contactPreference") }),
  }),
  scanId: z.string().uuid().optional().or(z.literal("").transform(() => undefined)),
});

/** A checked box posts "ja"; an unchecked one posts nothing (react-hook-form reports false). */
const checkbox = z.preprocess((v) => (v === "ja" || v === true ? "ja" : undefined), z.literal("ja").optional());

/** The kinds of contract; their names are in the requests catalogue (`contractTypes`). */
export const CONTRACT_TYPES = ["bepaalde-tijd", "onbepaalde-tijd"] as const;

export const placementSchema = eligibilitySchema
  .extend({
    submissionKey,
    wantsPolis: checkbox,
    wantsVoucher: checkbox,
    candidateInitials: z
      .string({ required_error: err("requests", "initialsRequired") })
      .trim()
      .min(1, err("requests", "initialsRequired"))
      .max(12, err("requests", "initialsOnly"))
      .regex(/^[A-Za-zÀ-ÿ. ]+$/, err("requests", "initialsOnly")),
    startDate: isoDate(err("requests", "startDate")),
    role: z
      .string({ required_error: err("requests", "roleRequired") })
      .trim()
      .min(2, err("requests", "roleRequired"))
      .max(120, err("requests", "roleTooLong")),
    contractType: z.enum(CONTRACT_TYPES, {
      errorMap: () => ({ message: err("requests", "contractType") }),
    }),
    hoursPerWeek: z
      .string({ required_error: err("requests", "hoursRequired") })
      .trim()
      .regex(/^\d{1,2}$/, err("requests", "hoursWhole"))
      .transform(Number)
      .pipe(z.number().int().min(1, err("requests", "hoursMin")).max(40, err("requests", "hoursMax"))),
    durationMonths: z
      .string({ required_error: err("requests", "monthsRequired") })
      .trim()
      .regex(/^\d{1,2}$/, err("requests", "monthsWhole"))
      .transform(Number)
      .pipe(z.number().int().min(1, err("requests", "monthsMin")).max(60, err("requests", "monthsMax"))),
    guideName: optionalText(120),
  })
  .superRefine((v, ctx) => {
    if (!v.wantsPolis && !v.wantsVoucher) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["wantsPolis"],
        message: err("requests", "chooseWhat"),
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
    firstSickDay: isoDate(err("requests", "firstSickDay")),
    expectedReturn: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), err("requests", "dateOrEmpty")),
  })
  .superRefine((v, ctx) => {
    if (v.expectedReturn && v.expectedReturn < v.firstSickDay) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["expectedReturn"],
        message: err("requests", "returnBeforeSick"),
      });
    }
  });

export const withdrawSchema = z.object({ intent: z.literal("intrekken") });
