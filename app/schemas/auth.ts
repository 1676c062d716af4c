import { z } from "zod";
import { isRecoveryCode, isTotpCode } from "~/domain/second-factor-codes";

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

const totpCode = z
  .string({ required_error: "Vul de code uit uw app in." })
  .trim()
  .min(1, "Vul de code uit uw app in.")
  .max(20, "Vul de 6 cijfers uit uw app in.")
  .refine(isTotpCode, "Vul de 6 cijfers uit uw app in, zonder andere tekens.")
  .transform((v) => v.replace(/\s/g, ""));

/** The second step of signing in: the code from the app, or one recovery code. */
export const secondFactorSchema = z.object({
  code: z
    .string({ required_error: "Vul de code uit uw app of een herstelcode in." })
    .trim()
    .min(1, "Vul de code uit uw app of een herstelcode in.")
    .max(40, "Deze code is te lang.")
    .refine(
      (v) => isTotpCode(v) || isRecoveryCode(v),
      "Vul de 6 cijfers uit uw app in, of een herstelcode zoals ABCDE-FGH23.",
    )
    .transform((v) => (isTotpCode(v) ? v.replace(/\s/g, "") : v)),
});

/** Forms that ask for the current code from the app: confirm set-up, new recovery codes, turn off. */
export const totpCodeSchema = z.object({
  intent: z.enum(["bevestigen", "herstelcodes", "uitzetten"]),
  code: totpCode,
});
