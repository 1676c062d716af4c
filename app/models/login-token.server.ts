import { db } from "~/utils/db.server";
import { newId, newToken, nowIso, sha256 } from "~/utils/ids.server";

import type { LoginTokenPurpose } from "~db/schema";

export const LOGIN_LINK_MINUTES = 30;
export const RESUME_LINK_DAYS = 7;

const validityMs: Record<LoginTokenPurpose, number> = {
  login: LOGIN_LINK_MINUTES * 60_000,
  resume: RESUME_LINK_DAYS * 24 * 60 * 60_000,
};

export async function createLoginToken(
  userId: string,
  redirectTo: string | null,
  purpose: LoginTokenPurpose = "login",
): Promise<string> {
  const token = newToken();
  const at = new Date();
  await db()
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

export async function inspectLoginToken(token: string): Promise<{ state: TokenState; purpose: LoginTokenPurpose }> {
  const row = await db()
    .selectFrom("login_tokens")
    .select(["used_at", "expires_at", "purpose"])
    .where("token_hash", "=", sha256(token))
    .executeTakeFirst();
  if (!row) return { state: "unknown", purpose: "login" };
  const state: TokenState = row.used_at ? "used" : Date.parse(row.expires_at) <= Date.now() ? "expired" : "valid";
  return { state, purpose: row.purpose };
}

/** Marks the token used (once, atomically) and returns who it signs in. */
export async function consumeLoginToken(
  token: string,
): Promise<{ ok: true; userId: string; redirectTo: string | null } | { ok: false; state: TokenState }> {
  const hash = sha256(token);
  const at = nowIso();
  const result = await db()
    .updateTable("login_tokens")
    .set({ used_at: at })
    .where("token_hash", "=", hash)
    .where("used_at", "is", null)
    .where("expires_at", ">", at)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return { ok: false, state: (await inspectLoginToken(token)).state };
  const row = await db()
    .selectFrom("login_tokens")
    .select(["user_id", "redirect_to"])
    .where("token_hash", "=", hash)
    .executeTakeFirstOrThrow();
  return { ok: true, userId: row.user_id, redirectTo: row.redirect_to };
}
