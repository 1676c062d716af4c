import type { Kysely } from "kysely";
import { db } from "~/utils/db.server";
import { newId, newToken, nowIso, sha256 } from "~/utils/ids.server";

import type { Database, LoginTokenPurpose } from "~db/schema";
import { INVITE_LINK_DAYS, LOGIN_LINK_MINUTES, RESUME_LINK_DAYS } from "~/domain/link-validity";

const validityMs: Record<LoginTokenPurpose, number> = {
  login: LOGIN_LINK_MINUTES * 60_000,
  resume: RESUME_LINK_DAYS * 24 * 60 * 60_000,
  invite: INVITE_LINK_DAYS * 24 * 60 * 60_000,
};

export async function createLoginToken(
  userId: string,
  redirectTo: string | null,
  purpose: LoginTokenPurpose = "login",
  database: Kysely<Database> = db(),
): Promise<string> {
  const token = newToken();
  const at = new Date();
  await database
    .insertInto("login_tokens")
    .values({
      id: newId(),
      token_hash: sha256(token),
      user_id: userId,
      purpose,
      redirect_to: redirectTo,
      created_at: at.toISOString(),
      expires_at: new Date(at.getTime() + validityMs[purpose]).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}

export type TokenState = "valid" | "used" | "expired" | "unknown";

export async function inspectLoginToken(
  token: string,
  database: Kysely<Database> = db(),
): Promise<{ state: TokenState; purpose: LoginTokenPurpose }> {
  const row = await database
    .selectFrom("login_tokens")
    .select(["used_at", "expires_at", "purpose"])
    .where("token_hash", "=", sha256(token))
    .executeTakeFirst();
  if (!row) return { state: "unknown", purpose: "login" };
  const state: TokenState = row.used_at ? "used" : Date.parse(row.expires_at) <= Date.now() ? "expired" : "valid";
  return { state, purpose: row.purpose };
}

/**
 * Marks the token used (once, atomically) and returns who it signs in. Only
 * tokens of the given purposes count: an invitation cannot be used as a
 * sign-in link, nor the other way round.
 */
export async function consumeLoginToken(
  token: string,
  purposes: readonly LoginTokenPurpose[],
  database: Kysely<Database> = db(),
): Promise<{ ok: true; userId: string; redirectTo: string | null } | { ok: false; state: TokenState }> {
  const hash = sha256(token);
  const at = nowIso();
  const result = await database
    .updateTable("login_tokens")
    .set({ used_at: at })
    .where("token_hash", "=", hash)
    .where("purpose", "in", purposes)
    .where("used_at", "is", null)
    .where("expires_at", ">", at)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    const inspected = await inspectLoginToken(token, database);
    return { ok: false, state: purposes.includes(inspected.purpose) ? inspected.state : "unknown" };
  }
  const row = await database
    .selectFrom("login_tokens")
    .select(["user_id", "redirect_to"])
    .where("token_hash", "=", hash)
    .executeTakeFirstOrThrow();
  return { ok: true, userId: row.user_id, redirectTo: row.redirect_to };
}

/** Makes every unused link of a user unusable (deactivation, a new invitation). */
export async function revokeLoginTokens(database: Kysely<Database>, userId: string, at: string) {
  await database.updateTable("login_tokens").set({ used_at: at }).where("user_id", "=", userId).where("used_at", "is", null).execute();
}
