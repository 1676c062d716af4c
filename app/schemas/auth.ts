import { z } from "zod";

const email = z
  .string({ required_error: "Vul uw e-mailadres in." })
  .trim()
  .min(1, "Vul uw e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .email("Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.");

/**
 * A field people never see (hidden with CSS) and bots fill in. One schema
 * for client and server, so a filled-in honeypot is a 400 like any bad field.
 */
export const honeypot = z.string().max(0, "Laat dit veld leeg.").optional();

export const magicLinkSchema = z.object({
  intent: z.literal("link"),
  website: honeypot,
  email,
  redirectTo: z.string().max(500).optional(),
});

export const staffLoginSchema = z.object({
  intent: z.literal("password"),
  website: honeypot,
  email,
  password: z
    .string({ required_error: "Vul uw wachtwoord in." })
    .min(1, "Vul uw wachtwoord in.")
    .max(200, "Dit wachtwoord is te lang."),
  redirectTo: z.string().max(500).optional(),
});

export const tokenSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "Deze link is niet geldig."),
});
