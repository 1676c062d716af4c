import { z } from "zod";
import { err } from "~/i18n/errors";

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
  id: z.string().uuid(err("wsp", "unknownItem")),
  userId: z.string().uuid(err("wsp", "chooseColleague")),
});

export const decisionSchema = z
  .object({
    intent: z.literal("besluit"),
    to: z.enum(["in_behandeling", "toegekend", "afgewezen", "wachtlijst", "actief", "afgerond"], {
      errorMap: () => ({ message: err("wsp", "chooseDecision") }),
    }),
    reason: z.string().trim().max(2000, err("common", "tooLong", { max: 2000 })).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.to === "afgewezen" || v.to === "wachtlijst") && !v.reason) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["reason"],
        message: err("wsp", "reasonRequired"),
      });
    }
  });

export const noteSchema = z.object({
  intent: z.literal("notitie"),
  kind: z.enum(["notitie", "telefoon", "bezoek", "e-mail"], { errorMap: () => ({ message: err("wsp", "chooseContactKind") }) }),
  body: z.string().trim().min(1, err("wsp", "noteRequired")).max(5000, err("common", "tooLong", { max: 5000 })),
  happenedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, err("wsp", "dateExample", { example: "2026-11-23" })),
});

export const actionSchema = z.object({
  intent: z.literal("actie"),
  description: z.string().trim().min(1, err("wsp", "actionRequired")).max(500, err("common", "tooLong", { max: 500 })),
  ownerId: z.string().uuid(err("wsp", "chooseOwner")),
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, err("wsp", "dateExample", { example: "2026-11-30" })),
});

export const actionDoneSchema = z.object({ intent: z.literal("actie-gedaan"), actionId: z.string().uuid() });

export const leadStageSchema = z.object({
  intent: z.literal("fase"),
  scanId: z.string().uuid(),
  stage: z.enum(["nieuw", "contact_opgenomen", "gesprek_gepland", "gesprek_gevoerd", "acties_lopen", "afgerond"], {
    errorMap: () => ({ message: err("wsp", "chooseStage") }),
  }),
});

export const absenceSchema = z.object({
  intent: z.literal("afwezig"),
  absentUntil: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v), err("wsp", "absenceDate", { example: "2026-12-05" }))
    .transform((v) => (v === "" ? null : v)),
});
