import { z } from "zod";
import { err } from "~/i18n/errors";

/** Withdrawing one consent on /mijn/gegevens (a button per scan and party). */
export const withdrawConsentSchema = z.object({
  intent: z.literal("intrekken"),
  scanId: z.string().uuid(err("privacy", "scanUnknown")),
  party: z.enum(["wsp", "organisation"], { errorMap: () => ({ message: err("privacy", "party") }) }),
});

const normalise = (value: string) => value.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Deleting the account: the employer types the company name, so it cannot
 * happen by a slip. Upper and lower case and extra spaces do not matter.
 * The form and the server build the schema with the same name.
 */
export function deleteAccountSchema(companyName: string) {
  return z.object({
    intent: z.literal("verwijderen"),
    companyName: z
      .string({ required_error: err("privacy", "companyNameRequired") })
      .trim()
      .min(1, err("privacy", "companyNameRequired"))
      .refine((v) => normalise(v) === normalise(companyName), err("privacy", "companyNameExact", { name: companyName })),
  });
}
