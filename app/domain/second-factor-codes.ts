/**
 * What a person may type as a second factor: the 6 digits from the app, or a
 * recovery code (10 base32 characters, shown as XXXXX-XXXXX). No crypto here,
 * so the forms can check the format in the browser with the same zod schema.
 */
export const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const TOTP_DIGITS = 6;

export const RECOVERY_CODE_COUNT = 10;
export const RECOVERY_CODE_LENGTH = 10;

/** What a person typed, without spaces or hyphens and in capitals; the form stored as hash. */
export const normaliseRecoveryCode = (input: string) => input.toUpperCase().replace(/[\s-]/g, "");

export const formatRecoveryCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;

export const isTotpCode = (input: string) => new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(input.replace(/\s/g, ""));

export const isRecoveryCode = (input: string) =>
  new RegExp(`^[${BASE32_ALPHABET}]{${RECOVERY_CODE_LENGTH}}$`).test(normaliseRecoveryCode(input));
