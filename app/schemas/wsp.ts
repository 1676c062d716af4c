import { z } from "zod";

export const inboxQuerySchema = z.object({
  filter: z.enum(["alles", "mijn", "niet-toegewezen", "te-laat"]).catch("alles"),
  type: z.enum(["", "lead", "gesprek", "less-risk-polis", "kansenkaart-voucher", "ziekmelding"]).catch(""),
  sort: z.enum(["due", "created", "company"]).catch("due"),
  afgesloten: z.enum(["", "ja"]).catch(""),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const assignSchema = z.object({
  intent: z.literal("toewijzen"),
  kind: z.enum(["lead", "request"]),
  id: z.string().uuid("Onbekend item."),
  userId: z.string().uuid("Kies een collega."),
});

export const decisionSchema = z
  .object({
    intent: z.literal("besluit"),
    to: z.enum(["in_behandeling", "toegekend", "afgewezen", "wachtlijst", "actief", "afgerond"], {
      errorMap: () => ({ message: "Kies wat er met de aanvraag gebeurt." }),
    }),
    reason: z.string().trim().max(2000, "Gebruik hoogstens 2000 tekens.").optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.to === "afgewezen" || v.to === "wachtlijst") && !v.reason) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["reason"],
        message: "Schrijf de reden op. De werkgever leest die in de e-mail en in de tijdlijn.",
      });
    }
  });

export const noteSchema = z.object({
  intent: z.literal("notitie"),
  kind: z.enum(["notitie", "telefoon", "bezoek", "e-mail"], { errorMap: () => ({ message: "Kies het soort contact." }) }),
  body: z.string().trim().min(1, "Schrijf wat er besproken is.").max(5000, "Gebruik hoogstens 5000 tekens."),
  happenedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in, bijvoorbeeld 2026-11-23."),
});

export const actionSchema = z.object({
  intent: z.literal("actie"),
  description: z.string().trim().min(1, "Schrijf op wat er gedaan moet worden.").max(500, "Gebruik hoogstens 500 tekens."),
  ownerId: z.string().uuid("Kies wie de actie doet."),
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in, bijvoorbeeld 2026-11-30."),
});

export const actionDoneSchema = z.object({ intent: z.literal("actie-gedaan"), actionId: z.string().uuid() });

export const leadStageSchema = z.object({
  intent: z.literal("fase"),
  scanId: z.string().uuid(),
  stage: z.enum(["nieuw", "contact_opgenomen", "gesprek_gepland", "gesprek_gevoerd", "acties_lopen", "afgerond"], {
    errorMap: () => ({ message: "Kies een fase." }),
  }),
});

export const absenceSchema = z.object({
  intent: z.literal("afwezig"),
  absentUntil: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v), "Vul een datum in, bijvoorbeeld 2026-12-05, of laat het leeg.")
    .transform((v) => (v === "" ? null : v)),
});
