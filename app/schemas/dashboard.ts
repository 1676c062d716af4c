import { z } from "zod";
import { parseEuros } from "~/domain/dashboard";
import { err } from "~/i18n/errors";

const euros = (missing: string) =>
  z
    .string({ required_error: missing })
    .trim()
    .min(1, missing)
    .transform((value, ctx) => {
      const cents = parseEuros(value);
      if (cents === null) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: err("wsp", "euroAmount") });
        return z.NEVER;
      }
      return cents;
    });

/** This year's budget and amount per grant of one instrument, for the coordinator's own region. */
export const budgetSchema = z.object({
  intent: z.literal("budget"),
  instrumentId: z.string().min(1).max(100),
  budget: euros(err("wsp", "budgetRequired")),
  amountPerGrant: euros(err("wsp", "amountRequired")).refine((cents) => cents > 0, err("wsp", "amountPositive")),
});

/** Hands all open work of one colleague to another colleague of the same region. */
export const reassignSchema = z
  .object({
    intent: z.literal("overdragen"),
    fromUserId: z.string().uuid(err("wsp", "chooseFrom")),
    toUserId: z.string().uuid(err("wsp", "chooseTo")),
  })
  .superRefine((v, ctx) => {
    if (v.fromUserId === v.toUserId) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["toUserId"], message: err("wsp", "otherColleague") });
    }
  });

/** Messages after a successful change (from the redirect). */
export const dashboardQuerySchema = z.object({
  opgeslagen: z.string().max(100).optional().catch(undefined),
  overgedragen: z.coerce.number().int().min(0).max(1_000_000).optional().catch(undefined),
});
