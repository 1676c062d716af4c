import { z } from "zod";
import { parseEuros } from "~/domain/dashboard";

const euros = (missing: string) =>
  z
    .string({ required_error: missing })
    .trim()
    .min(1, missing)
    .transform((value, ctx) => {
      const cents = parseEuros(value);
      if (cents === null) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: "Vul een bedrag in euro in, bijvoorbeeld 25000 of 25.000,50." });
        return z.NEVER;
      }
      return cents;
    });

/** This year's budget and amount per grant of one instrument, for the coordinator's own region. */
export const budgetSchema = z.object({
  intent: z.literal("budget"),
  instrumentId: z.string().min(1).max(100),
  budget: euros("Vul het budget in."),
  amountPerGrant: euros("Vul het bedrag per toekenning in.").refine((cents) => cents > 0, "Het bedrag per toekenning moet meer dan € 0 zijn."),
});

/** Hands all open work of one colleague to another colleague of the same region. */
export const reassignSchema = z
  .object({
    intent: z.literal("overdragen"),
    fromUserId: z.string().uuid("Kies van wie het werk is."),
    toUserId: z.string().uuid("Kies wie het werk krijgt."),
  })
  .superRefine((v, ctx) => {
    if (v.fromUserId === v.toUserId) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["toUserId"], message: "Kies een andere collega dan degene van wie het werk is." });
    }
  });

/** Messages after a successful change (from the redirect). */
export const dashboardQuerySchema = z.object({
  opgeslagen: z.string().max(100).optional().catch(undefined),
  overgedragen: z.coerce.number().int().min(0).max(1_000_000).optional().catch(undefined),
});
