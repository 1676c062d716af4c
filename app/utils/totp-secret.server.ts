/**
 * TOTP secrets at rest: AES-256-GCM with the key in TOTP_ENCRYPTION_KEY, the
 * user id as associated data (a secret copied to another user's row does not
 * decrypt). Stored as `v1.<iv>.<tag>.<ciphertext>` in base64url.
 * See docs/decisions/0015-staff-second-factor.md.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { base32Encode, TOTP_SECRET_BYTES } from "~/domain/totp";
import { env, isDemo, isProduction } from "./env.server";

/**
 * The fixed key of demo and development installations (DEMO_MODE=1 or NODE_ENV
 * other than production). It is public, so it protects nothing: production sets
 * TOTP_ENCRYPTION_KEY.
 */
const DEMO_KEY = createHash("sha256").update("werkgeversportaal-demo-totp-sleutel").digest();

export const totpKeyConfigured = () => Boolean(env().TOTP_ENCRYPTION_KEY) || isDemo() || !isProduction();

function key(): Buffer {
  const configured = env().TOTP_ENCRYPTION_KEY;
  if (configured) return Buffer.from(configured, "hex");
  if (!totpKeyConfigured()) {
    throw new Error("TOTP_ENCRYPTION_KEY ontbreekt: zet 64 hexadecimale tekens (openssl rand -hex 32).");
  }
  return DEMO_KEY;
}

/** A new random secret in base32, as authenticator apps take it. */
export const newTotpSecret = () => base32Encode(randomBytes(TOTP_SECRET_BYTES));

export function encryptTotpSecret(secret: string, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(userId));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function decryptTotpSecret(stored: string, userId: string): string {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !ciphertext) throw new Error("Onbekende vorm van een TOTP-geheim.");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(userId));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
