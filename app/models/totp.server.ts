/**
 * Staff second factor: set-up, checking a code (no replay) and single-use
 * recovery codes. The secret is encrypted at rest (totp-secret.server.ts);
 * recovery codes are kept only as their SHA-256.
 */
import { randomBytes } from "node:crypto";
import type { Transaction } from "kysely";
import type { Database } from "~db/schema";
import { base32Decode, base32Encode, checkTotp } from "~/domain/totp";
import {
  formatRecoveryCode,
  isTotpCode,
  normaliseRecoveryCode,
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
} from "~/domain/second-factor-codes";
import { db } from "~/utils/db.server";
import { newId, nowIso, sha256 } from "~/utils/ids.server";
import { decryptTotpSecret, encryptTotpSecret, newTotpSecret } from "~/utils/totp-secret.server";

export type CodeResult = { ok: true } | { ok: false; reason: "wrong" | "replayed" };

async function totpRow(userId: string) {
  return db()
    .selectFrom("users")
    .select(["id", "totp_secret", "totp_enabled_at", "totp_last_step"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
}

export async function totpStatus(userId: string) {
  const row = await totpRow(userId);
  const unused = await db()
    .selectFrom("recovery_codes")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirstOrThrow();
  return { enabledAt: row.totp_enabled_at, recoveryCodesLeft: Number(unused.n) };
}

/** Starts (or restarts) a set-up: a new secret that only counts once a code confirms it. */
export async function startTotpSetup(userId: string): Promise<void> {
  await db()
    .updateTable("users")
    .set({ totp_secret: encryptTotpSecret(newTotpSecret(), userId), totp_last_step: null, updated_at: nowIso() })
    .where("id", "=", userId)
    .where("totp_enabled_at", "is", null)
    .execute();
}

/** The secret of a set-up in progress (to show as QR code and text), or null. */
export async function pendingTotpSecret(userId: string): Promise<string | null> {
  const row = await totpRow(userId);
  if (row.totp_enabled_at || !row.totp_secret) return null;
  return decryptTotpSecret(row.totp_secret, userId);
}

/**
 * Checks a code from the app and records its step, so the same code (or an
 * older one) never works again. The update only succeeds when no other
 * request used this step or a later one first.
 */
async function spendTotpCode(userId: string, code: string, options: { enabled: boolean }): Promise<CodeResult> {
  const row = await totpRow(userId);
  if (!row.totp_secret || (row.totp_enabled_at !== null) !== options.enabled) return { ok: false, reason: "wrong" };
  const key = base32Decode(decryptTotpSecret(row.totp_secret, userId));
  const check = checkTotp(key, code, Date.now(), row.totp_last_step);
  if (!check.ok) return check;
  const updated = await db()
    .updateTable("users")
    .set({ totp_last_step: check.step })
    .where("id", "=", userId)
    .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", check.step)]))
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1 ? { ok: true } : { ok: false, reason: "replayed" };
}

/** Uses one recovery code (once, atomically). */
async function spendRecoveryCode(userId: string, input: string): Promise<CodeResult> {
  const updated = await db()
    .updateTable("recovery_codes")
    .set({ used_at: nowIso() })
    .where("user_id", "=", userId)
    .where("code_hash", "=", sha256(normaliseRecoveryCode(input)))
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1 ? { ok: true } : { ok: false, reason: "wrong" };
}

/** The second step of signing in: a code from the app or a recovery code. */
export async function verifySecondFactor(userId: string, input: string): Promise<CodeResult> {
  return isTotpCode(input) ? spendTotpCode(userId, input, { enabled: true }) : spendRecoveryCode(userId, input);
}

/** A code from the app of a user whose second factor is on (for new recovery codes, turning it off). */
export const verifyTotpCode = (userId: string, code: string) => spendTotpCode(userId, code, { enabled: true });

/** Confirms a set-up with a code from the app; returns the recovery codes to show once. */
export async function confirmTotpSetup(
  userId: string,
  code: string,
): Promise<{ ok: true; codes: string[] } | { ok: false; reason: "wrong" | "replayed" }> {
  const result = await spendTotpCode(userId, code, { enabled: false });
  if (!result.ok) return result;
  const codes = await db()
    .transaction()
    .execute(async (trx) => {
      await trx.updateTable("users").set({ totp_enabled_at: nowIso(), updated_at: nowIso() }).where("id", "=", userId).execute();
      return replaceRecoveryCodes(trx, userId);
    });
  return { ok: true, codes };
}

/** Ten new recovery codes; the old ones stop working. Returns them formatted, to show once. */
export async function newRecoveryCodes(userId: string): Promise<string[]> {
  return db()
    .transaction()
    .execute((trx) => replaceRecoveryCodes(trx, userId));
}

async function replaceRecoveryCodes(trx: Transaction<Database>, userId: string): Promise<string[]> {
  const at = nowIso();
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    base32Encode(randomBytes(7)).slice(0, RECOVERY_CODE_LENGTH),
  );
  await trx.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  await trx
    .insertInto("recovery_codes")
    .values(codes.map((code) => ({ id: newId(), user_id: userId, code_hash: sha256(code), created_at: at, used_at: null })))
    .execute();
  return codes.map(formatRecoveryCode);
}

/** Turns the second factor off (only for roles that may do without): secret and recovery codes go. */
export async function disableTotp(userId: string): Promise<void> {
  await db()
    .transaction()
    .execute(async (trx) => {
      await trx.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
      await trx
        .updateTable("users")
        .set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null, updated_at: nowIso() })
        .where("id", "=", userId)
        .execute();
    });
}
