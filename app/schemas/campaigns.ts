import { z } from "zod";

const isoDate = (message: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message);
const optionalId = z
  .string()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));

export const campaignSchema = z
  .object({
    submissionKey: z.string().min(16, "Vernieuw de pagina en probeer het opnieuw.").max(64),
    name: z
      .string()
      .trim()
      .min(3, "Geef de campagne een naam van minstens 3 tekens.")
      .max(120, "Gebruik hoogstens 120 tekens."),
    startsOn: isoDate("Vul de eerste dag in, bijvoorbeeld 2026-12-01."),
    endsOn: isoDate("Vul de laatste dag in, bijvoorbeeld 2027-03-31."),
    targetRegionId: optionalId,
    targetSectorId: optionalId,
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endsOn"], message: "De laatste dag ligt vóór de eerste dag." });
    }
  });

/** The largest pasted or uploaded list we read (about 20,000 addresses). */
export const MAX_INVITATION_LIST_CHARS = 600_000;

export const invitationSchema = z.object({
  submissionKey: z.string().min(16, "Vernieuw de pagina en probeer het opnieuw.").max(64),
  list: z
    .string()
    .trim()
    .min(1, "Plak de e-mailadressen of kies een CSV-bestand.")
    .max(MAX_INVITATION_LIST_CHARS, "De lijst is te lang. Verstuur hoogstens 2000 adressen per keer."),
  confirm: z.literal("ja", {
    errorMap: () => ({ message: "Bevestig dat u deze leden over de Toekomstscan mag mailen." }),
  }),
});

export const unsubscribeSchema = z.object({
  confirm: z.literal("ja", { errorMap: () => ({ message: "Klik op de knop om u af te melden." }) }),
});
