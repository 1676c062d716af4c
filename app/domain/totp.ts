/**
 * Time-based one-time passwords (RFC 6238 on top of HOTP, RFC 4226):
 * HMAC-SHA1, 30-second steps, 6 digits, as every authenticator app does by
 * default. Secrets travel as base32 (RFC 4648, no padding). Pure apart from
 * the HMAC; the caller passes the time and the last step it accepted.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Role } from "~db/schema";
import { BASE32_ALPHABET as ALPHABET, TOTP_DIGITS } from "./second-factor-codes";

export { TOTP_DIGITS };

export const TOTP_PERIOD_SECONDS = 30;
/** Steps accepted either side of the current one (clock drift, slow typing). */
export const TOTP_WINDOW = 1;
export const TOTP_ISSUER = "Werkgeversportaal";
/** 20 bytes = 160 bits, the HMAC-SHA1 block size recommended by RFC 4226. */
export const TOTP_SECRET_BYTES = 20;

/** Administrators and coordinators must use a second factor; other staff may. */
export const totpRequiredFor = (role: Role) => role === "admin" || role === "coordinator";
/** Employers sign in by e-mail link and have no second factor. */
export const totpAllowedFor = (role: Role) => role !== "employer";

export function base32Encode(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Decodes base32; spaces, hyphens, padding and lower case are accepted. Throws on other characters. */
export function base32Decode(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/[\s=-]/g, "");
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new Error("Geen geldige base32-tekst.");
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return Uint8Array.from(out);
}

/** HOTP (RFC 4226): the code for one counter value. */
export function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeUInt32BE(Math.floor(counter / 2 ** 32), 0);
  message.writeUInt32BE(counter >>> 0, 4);
  const mac = createHmac("sha1", key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, "0");
}

/** The 30-second step a moment falls in. */
export const totpStep = (timeMs: number) => Math.floor(timeMs / 1000 / TOTP_PERIOD_SECONDS);

export const totpCode = (key: Uint8Array, timeMs: number, digits = TOTP_DIGITS) => hotp(key, totpStep(timeMs), digits);

const sameCode = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "wrong" | "replayed" };

/**
 * Checks a code against the steps around `timeMs`. A step at or before
 * `lastStep` (the last one this user signed in with) is refused: a code
 * works once, and an older one never again.
 */
export function checkTotp(key: Uint8Array, code: string, timeMs: number, lastStep: number | null): TotpCheck {
  const current = totpStep(timeMs);
  let replayed = false;
  for (let step = Math.max(0, current - TOTP_WINDOW); step <= current + TOTP_WINDOW; step++) {
    if (!sameCode(hotp(key, step), code)) continue;
    if (lastStep === null || step > lastStep) return { ok: true, step };
    replayed = true;
  }
  return { ok: false, reason: replayed ? "replayed" : "wrong" };
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, account: string): string {
  const label = encodeURIComponent(`${TOTP_ISSUER}:${account}`);
  const params = new URLSearchParams({
    secret,
    issuer: TOTP_ISSUER,
    algorithm: "SHA1",
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD_SECONDS),
  });
  return `otpauth://totp/${label}?${params}`;
}

/** The secret in groups of four, for typing it over by hand. */
export const groupSecret = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? "";
