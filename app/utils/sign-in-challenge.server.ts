/**
 * The step between password and code for staff with a second factor: no
 * session yet, only a short-lived, single-use token in an HttpOnly cookie
 * whose SHA-256 is a row in `sign_in_challenges`.
 */
import { createCookie, redirect } from "@remix-run/node";
import { db } from "./db.server";
import { newToken, nowIso, sha256 } from "./ids.server";
import { secureCookies } from "./env.server";

export const CHALLENGE_MINUTES = 5;
export const SECOND_FACTOR_PATH = "/inloggen/code";

const challengeCookie = () =>
  createCookie("wgp_tweede_stap", {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: SECOND_FACTOR_PATH,
  });

/** After a correct password: remembers who signs in and sends them to the code page. */
export async function startSecondFactor(userId: string, redirectTo: string | null): Promise<Response> {
  const token = newToken();
  const at = new Date();
  // Old, expired attempts are of no use to anyone.
  await db().deleteFrom("sign_in_challenges").where("expires_at", "<=", at.toISOString()).execute();
  await db()
    .insertInto("sign_in_challenges")
    .values({
      id: sha256(token),
      user_id: userId,
      redirect_to: redirectTo,
      created_at: at.toISOString(),
      expires_at: new Date(at.getTime() + CHALLENGE_MINUTES * 60_000).toISOString(),
    })
    .execute();
  return redirect(SECOND_FACTOR_PATH, {
    headers: { "Set-Cookie": await challengeCookie().serialize(token, { maxAge: CHALLENGE_MINUTES * 60 }) },
  });
}

async function challengeId(request: Request): Promise<string | null> {
  const value: unknown = await challengeCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length >= 32 ? sha256(value) : null;
}

/** The attempt this browser is in, if it has not expired or been used. */
export async function currentChallenge(request: Request) {
  const id = await challengeId(request);
  if (!id) return null;
  const row = await db()
    .selectFrom("sign_in_challenges")
    .innerJoin("users", "users.id", "sign_in_challenges.user_id")
    .select(["sign_in_challenges.id", "sign_in_challenges.redirect_to", "users.id as userId", "users.role", "users.active"])
    .where("sign_in_challenges.id", "=", id)
    .where("sign_in_challenges.expires_at", ">", nowIso())
    .executeTakeFirst();
  return row && row.active === 1 ? row : null;
}

/** Uses the attempt up (once, atomically): false when another request was first. */
export async function consumeChallenge(id: string): Promise<boolean> {
  const result = await db().deleteFrom("sign_in_challenges").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The Set-Cookie header that removes the pending cookie. */
export const clearChallengeCookie = () => challengeCookie().serialize("", { maxAge: 0 });
