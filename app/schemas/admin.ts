/** The forms of /beheer and of the invitation page; each schema runs in the browser and on the server. */
import { z } from "zod";
import { staffRoles, type StaffRole } from "~db/schema";
import { parseEuros } from "~/domain/dashboard";

const text = (missing: string, max: number) =>
  z
    .string({ required_error: missing })
    .trim()
    .min(1, missing)
    .max(max, `Gebruik hoogstens ${max} tekens.`);

const email = z
  .string({ required_error: "Vul het e-mailadres in." })
  .trim()
  .min(1, "Vul het e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .email("Vul een geldig e-mailadres in, zoals naam@wsp.nl.");

export const regionSchema = z.object({
  wspName: text("Vul de naam van het Werkgeversservicepunt in.", 120),
  wspEmail: email,
  wspPhone: z
    .string({ required_error: "Vul het telefoonnummer in." })
    .trim()
    .min(1, "Vul het telefoonnummer in.")
    .max(20, "Vul een telefoonnummer in van hoogstens 20 tekens.")
    .regex(/^\+?[0-9][0-9 -]{8,18}$/, "Vul een geldig telefoonnummer in, bijvoorbeeld 010 123 45 67."),
  serviceNormDays: z.coerce
    .number({ invalid_type_error: "Vul een aantal werkdagen in, van 1 tot en met 10." })
    .int("Vul een heel aantal werkdagen in, van 1 tot en met 10.")
    .min(1, "De servicenorm is minstens 1 werkdag.")
    .max(10, "De servicenorm is hoogstens 10 werkdagen."),
});

/** The CSV file: a FileList in the browser, the file's text on the server. */
export const municipalityFileSchema = z.object({
  bestand: z.custom<unknown>((value) => {
    if (typeof value === "string") return value.trim() !== "";
    if (typeof FileList !== "undefined" && value instanceof FileList) return value.length > 0 && (value[0]?.size ?? 0) > 0;
    return false;
  }, "Kies een CSV-bestand met de gemeentetabel."),
});

export const instrumentKinds = {
  polis: "Polis (verzekering)",
  voucher: "Voucher (tegoedbon)",
  subsidie: "Subsidie",
  scholing: "Scholing",
  regeling: "Andere regeling",
} as const;

export const instrumentSchema = z.object({
  name: text("Vul de naam van de regeling in.", 120),
  description: text("Schrijf kort wat de regeling is.", 2000),
  conditions: text("Schrijf voor wie de regeling is, en voor wie niet.", 2000),
  provider: text("Vul in wie de regeling geeft, bijvoorbeeld Werkgeversservicepunt of UWV.", 120),
  kind: z.enum(Object.keys(instrumentKinds) as [keyof typeof instrumentKinds], {
    errorMap: () => ({ message: "Kies het soort regeling." }),
  }),
  amount: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const cents = parseEuros(value);
      if (cents === null) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: "Vul een bedrag in euro in, bijvoorbeeld 500 of 1.250,50. Of laat het leeg." });
        return z.NEVER;
      }
      return cents;
    }),
  requestable: z.enum(["ja", "nee"], { errorMap: () => ({ message: "Kies of werkgevers deze regeling via het portaal kunnen aanvragen." }) }),
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
  role: z.enum(staffRoles, { errorMap: () => ({ message: "Kies een rol." }) }),
  regionId: z.string().max(10).optional(),
  organisationId: z.string().max(40).optional(),
};

function requireScope(value: { role: StaffRole; regionId?: string; organisationId?: string }, ctx: z.RefinementCtx) {
  const scope = scopeOfRole(value.role);
  if (scope === "region" && !value.regionId) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["regionId"], message: "Kies de arbeidsmarktregio van deze medewerker." });
  }
  if (scope === "organisation" && !value.organisationId) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["organisationId"], message: "Kies de werkgeversorganisatie van deze medewerker." });
  }
}

export const inviteSchema = z
  .object({ name: text("Vul de naam in.", 120), email, ...roleFields })
  .superRefine(requireScope);

export const userEditSchema = z
  .object({
    intent: z.literal("opslaan"),
    ...roleFields,
    backupUserId: z.union([z.literal(""), z.string().uuid("Kies een vervanger uit de lijst.")]).optional(),
  })
  .superRefine(requireScope);

export const userStatusSchema = z.object({
  intent: z.enum(["deactiveren", "activeren", "uitnodiging"]),
});

export const setPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "Deze link is niet geldig."),
    password: z
      .string({ required_error: "Kies een wachtwoord." })
      .min(12, "Kies een wachtwoord van minstens 12 tekens.")
      .max(200, "Kies een wachtwoord van hoogstens 200 tekens."),
    passwordRepeat: z.string({ required_error: "Vul het wachtwoord nog een keer in." }).min(1, "Vul het wachtwoord nog een keer in."),
  })
  .superRefine((v, ctx) => {
    if (v.passwordRepeat && v.password !== v.passwordRepeat) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["passwordRepeat"], message: "De twee wachtwoorden zijn niet gelijk." });
    }
  });

/** Filters of the user list (query string). */
export const userListQuerySchema = z.object({
  rol: z.enum(["", ...staffRoles]).catch(""),
  regio: z.string().max(10).catch(""),
  status: z.enum(["", "actief", "uitgenodigd", "gedeactiveerd"]).catch(""),
});
