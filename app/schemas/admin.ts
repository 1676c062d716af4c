/** The forms of /beheer and of the invitation page; each schema runs in the browser and on the server. */
import { z } from "zod";
import { staffRoles, type StaffRole } from "~db/schema";
import { parseEuros } from "~/domain/dashboard";
import { err } from "~/i18n/errors";

const text = (missing: string, max: number) =>
  z
    .string({ required_error: missing })
    .trim()
    .min(1, missing)
    .max(max, err("admin", "tooLong", { max }));

const email = z
  .string({ required_error: err("admin", "emailRequired") })
  .trim()
  .min(1, err("admin", "emailRequired"))
  .max(254, err("admin", "emailTooLong"))
  .email(err("admin", "email"));

export const regionSchema = z.object({
  wspName: text(err("admin", "wspNameRequired"), 120),
  wspEmail: email,
  wspPhone: z
    .string({ required_error: err("admin", "phoneRequired") })
    .trim()
    .min(1, err("admin", "phoneRequired"))
    .max(20, err("admin", "phoneTooLong"))
    .regex(/^\+?[0-9][0-9 -]{8,18}$/, err("admin", "phone")),
  serviceNormDays: z.coerce
    .number({ invalid_type_error: err("admin", "serviceNormNumber") })
    .int(err("admin", "serviceNormWhole"))
    .min(1, err("admin", "serviceNormMin"))
    .max(10, err("admin", "serviceNormMax")),
});

/** The CSV file: a FileList in the browser, the file's text on the server. */
export const municipalityFileSchema = z.object({
  bestand: z.custom<unknown>((value) => {
    if (typeof value === "string") return value.trim() !== "";
    if (typeof FileList !== "undefined" && value instanceof FileList) return value.length > 0 && (value[0]?.size ?? 0) > 0;
    return false;
  }, err("admin", "fileRequired")),
});

/** The kinds of instrument; their names are in the admin catalogue (`names.kind`). */
export const instrumentKinds = ["polis", "voucher", "subsidie", "scholing", "regeling"] as const;
export type InstrumentKind = (typeof instrumentKinds)[number];

export const instrumentSchema = z.object({
  name: text(err("admin", "instrumentNameRequired"), 120),
  description: text(err("admin", "descriptionRequired"), 2000),
  conditions: text(err("admin", "conditionsRequired"), 2000),
  provider: text(err("admin", "providerRequired"), 120),
  kind: z.enum(instrumentKinds, {
    errorMap: () => ({ message: err("admin", "kindRequired") }),
  }),
  amount: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const cents = parseEuros(value);
      if (cents === null) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: err("admin", "amount") });
        return z.NEVER;
      }
      return cents;
    }),
  requestable: z.enum(["ja", "nee"], { errorMap: () => ({ message: err("admin", "requestableRequired") }) }),
});

/** Which region and year the budget page shows (from the query string). */
export const budgetQuerySchema = z.object({
  regio: z.string().max(10).catch(""),
  jaar: z.coerce.number().int().min(2020).max(2100).optional().catch(undefined),
});

export const questionnaireActionSchema = z.object({
  intent: z.enum(["publiceren", "intrekken"]),
  version: z.coerce.number().int().min(1).max(10_000),
});

/** Which scope a staff role needs: WSP staff belong to a region, organisation staff to an organisation. */
export function scopeOfRole(role: StaffRole): "region" | "organisation" | "none" {
  if (role === "accountmanager" || role === "coordinator") return "region";
  if (role === "organisation") return "organisation";
  return "none";
}

const roleFields = {
  role: z.enum(staffRoles, { errorMap: () => ({ message: err("admin", "roleRequired") }) }),
  regionId: z.string().max(10).optional(),
  organisationId: z.string().max(40).optional(),
};

function requireScope(value: { role: StaffRole; regionId?: string; organisationId?: string }, ctx: z.RefinementCtx) {
  const scope = scopeOfRole(value.role);
  if (scope === "region" && !value.regionId) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["regionId"], message: err("admin", "regionRequired") });
  }
  if (scope === "organisation" && !value.organisationId) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["organisationId"], message: err("admin", "organisationRequired") });
  }
}

export const inviteSchema = z
  .object({ name: text(err("admin", "nameRequired"), 120), email, ...roleFields })
  .superRefine(requireScope);

export const userEditSchema = z
  .object({
    intent: z.literal("opslaan"),
    ...roleFields,
    backupUserId: z.union([z.literal(""), z.string().uuid(err("admin", "backupFromList"))]).optional(),
  })
  .superRefine(requireScope);

export const userStatusSchema = z.object({
  intent: z.enum(["deactiveren", "activeren", "uitnodiging", "tweestaps-herstellen"]),
});

export const setPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, err("admin", "linkInvalid")),
    password: z
      .string({ required_error: err("admin", "passwordRequired") })
      .min(12, err("admin", "passwordTooShort"))
      .max(200, err("admin", "passwordTooLong")),
    passwordRepeat: z.string({ required_error: err("admin", "passwordRepeatRequired") }).min(1, err("admin", "passwordRepeatRequired")),
  })
  .superRefine((v, ctx) => {
    if (v.passwordRepeat && v.password !== v.passwordRepeat) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["passwordRepeat"], message: err("admin", "passwordsDiffer") });
    }
  });

/** Filters of the user list (query string). */
export const userListQuerySchema = z.object({
  rol: z.enum(["", ...staffRoles]).catch(""),
  regio: z.string().max(10).catch(""),
  status: z.enum(["", "actief", "uitgenodigd", "gedeactiveerd"]).catch(""),
});
