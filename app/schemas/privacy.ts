import { z } from "zod";

/** Withdrawing one consent on /mijn/gegevens (a button per scan and party). */
export const withdrawConsentSchema = z.object({
  intent: z.literal("intrekken"),
  scanId: z.string().uuid("Deze uitslag bestaat niet."),
  party: z.enum(["wsp", "organisation"], { errorMap: () => ({ message: "Kies met wie u niet meer deelt." }) }),
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
      .string({ required_error: "Typ de naam van uw bedrijf." })
      .trim()
      .min(1, "Typ de naam van uw bedrijf.")
      .refine((v) => normalise(v) === normalise(companyName), `Typ de naam precies zo: ${companyName}`),
  });
}
