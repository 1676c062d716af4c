import { z } from "zod";
import { invitationConsent } from "~/content/consents";
import { MAX_INVITATIONS_PER_BATCH } from "~/domain/invitations";
import { err } from "~/i18n/errors";

const isoDate = (message: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message);
const optionalId = z
  .string()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));
const submissionKey = z.string().min(16, err("organisation", "reload")).max(64);

export const campaignSchema = z
  .object({
    submissionKey,
    name: z
      .string()
      .trim()
      .min(3, err("organisation", "nameTooShort"))
      .max(120, err("common", "tooLong", { max: 120 })),
    startsOn: isoDate(err("organisation", "startsOnFormat")),
    endsOn: isoDate(err("organisation", "endsOnFormat")),
    targetRegionId: optionalId,
    targetSectorId: optionalId,
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endsOn"], message: err("organisation", "endBeforeStart") });
    }
  });

/** The largest pasted or uploaded list we read (about 20,000 addresses). */
export const MAX_INVITATION_LIST_CHARS = 600_000;

const { nl: consentNl, en: consentEn } = invitationConsent;

export const invitationSchema = z.object({
  submissionKey,
  list: z
    .string()
    .trim()
    .min(1, err("organisation", "listRequired"))
    .max(MAX_INVITATION_LIST_CHARS, err("organisation", "listTooLong", { max: MAX_INVITATIONS_PER_BATCH })),
  confirm: z.literal("ja", {
    errorMap: () => ({ message: err("organisation", "confirmRequired") }),
  }),
  /** The version of the confirmation text the page showed (it differs per language). */
  consentVersion: z.enum([consentNl, consentEn], { errorMap: () => ({ message: err("organisation", "reload") }) }),
});

export const unsubscribeSchema = z.object({
  confirm: z.literal("ja", { errorMap: () => ({ message: err("organisation", "unsubscribeConfirm") }) }),
});
