import { z } from "zod";
import { isRecoveryCode, isTotpCode } from "~/domain/second-factor-codes";
import { err } from "~/i18n/errors";

const email = z
  .string({ required_error: err("auth", "emailRequired") })
  .trim()
  .min(1, err("auth", "emailRequired"))
  .max(254, err("auth", "emailTooLong"))
  .email(err("auth", "emailInvalid"));

/**
 * A field people never see (hidden with CSS) and bots fill in. One schema
 * for client and server, so a filled-in honeypot is a 400 like any bad field.
 */
export const honeypot = z.string().max(0, err("auth", "leaveEmpty")).optional();

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
    .string({ required_error: err("auth", "passwordRequired") })
    .min(1, err("auth", "passwordRequired"))
    .max(200, err("auth", "passwordTooLong")),
  redirectTo: z.string().max(500).optional(),
});

export const tokenSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, err("auth", "linkInvalid")),
});

const totpCode = z
  .string({ required_error: err("auth", "appCodeRequired") })
  .trim()
  .min(1, err("auth", "appCodeRequired"))
  .max(20, err("auth", "appCodeDigits"))
  .refine(isTotpCode, err("auth", "appCodeDigitsOnly"))
  .transform((v) => v.replace(/\s/g, ""));

/** The second step of signing in: the code from the app, or one recovery code. */
export const secondFactorSchema = z.object({
  code: z
    .string({ required_error: err("auth", "codeRequired") })
    .trim()
    .min(1, err("auth", "codeRequired"))
    .max(40, err("auth", "codeTooLong"))
    .refine((v) => isTotpCode(v) || isRecoveryCode(v), err("auth", "codeFormat"))
    .transform((v) => (isTotpCode(v) ? v.replace(/\s/g, "") : v)),
});

/** Forms that ask for the current code from the app: confirm set-up, new recovery codes, turn off. */
export const totpCodeSchema = z.object({
  intent: z.enum(["bevestigen", "herstelcodes", "uitzetten"]),
  code: totpCode,
});
