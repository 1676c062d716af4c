/**
 * Server-side sessions: the cookie carries a random token, the database keeps
 * only its SHA-256 in `sessions.id`, so sessions can be listed and revoked.
 */
import { createCookie, redirect, type Cookie } from "@remix-run/node";
import type { Insertable } from "kysely";
import { preparedQuery } from "~db/prepared";
import type { Role, SessionTable } from "~db/schema";
import { db } from "./db.server";
import { newToken, nowIso, sha256 } from "./ids.server";
import { secureCookies } from "./env.server";

const EMPLOYER_SESSION_MS = 30 * 24 * 60 * 60 * 1000;
const STAFF_SESSION_MS = 12 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

let kept: { secure: boolean; cookie: Cookie } | undefined;
const sessionCookie = (): Cookie => {
  const secure = secureCookies();
  if (kept?.secure !== secure) {
    kept = { secure, cookie: createCookie("wgp_session", { httpOnly: true, sameSite: "lax", secure, path: "/" }) };
  }
  return kept.cookie;
};

export interface SessionUser {
  sessionId: string;
  id: string;
  email: string;
  name: string;
  role: Role;
  regionId: string | null;
  organisationId: string | null;
  employerId: string | null;
  /** The second factor (TOTP) is set up and confirmed. */
  totpEnabled: boolean;
}

async function tokenFrom(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length >= 32 ? value : null;
}

/**
 * The signed-in user of the request, or null. The loaders of one page (the root's and the
 * page's) get the same Request and share one lookup; an action, which may sign in or out
 * while it runs, looks up every time.
 */
export function getSessionUser(request: Request): Promise<SessionUser | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return lookUpSessionUser(request);
  let found = lookedUp.get(request);
  if (!found) {
    found = lookUpSessionUser(request);
    lookedUp.set(request, found);
  }
  return found;
}

const lookedUp = new WeakMap<Request, Promise<SessionUser | null>>();

const sessionRow = preparedQuery(["sessionId"], (db, v) =>
  db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id as sessionId",
      "sessions.expires_at",
      "sessions.last_seen_at",
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.region_id",
      "users.organisation_id",
      "users.employer_id",
      "users.active",
      "users.totp_enabled_at",
    ])
    .where("sessions.id", "=", v.sessionId),
);

async function lookUpSessionUser(request: Request): Promise<SessionUser | null> {
  const token = await tokenFrom(request);
  if (!token) return null;
  const sessionId = sha256(token);
  const [row] = await sessionRow(db(), { sessionId });
  if (!row) return null;
  const now = Date.now();
  if (row.active !== 1 || Date.parse(row.expires_at) <= now) {
    await db().deleteFrom("sessions").where("id", "=", sessionId).execute();
    return null;
  }
  if (now - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    await db().updateTable("sessions").set({ last_seen_at: nowIso() }).where("id", "=", sessionId).execute();
  }
  return {
    sessionId,
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    regionId: row.region_id,
    organisationId: row.organisation_id,
    employerId: row.employer_id,
    totpEnabled: row.totp_enabled_at !== null,
  };
}

/** Starts a new session (always a fresh id) and redirects with its cookie. */
export async function createUserSession(
  request: Request,
  user: { id: string; role: Role },
  redirectTo: string,
): Promise<Response> {
  const previous = await tokenFrom(request);
  if (previous) await db().deleteFrom("sessions").where("id", "=", sha256(previous)).execute();
  const at = new Date();
  const { token, row, ttl } = newSession(user, at);
  await db().insertInto("sessions").values(row).execute();
  await db().updateTable("users").set({ last_login_at: at.toISOString() }).where("id", "=", user.id).execute();
  return redirect(redirectTo, {
    headers: { "Set-Cookie": await sessionCookie().serialize(token, { maxAge: Math.floor(ttl / 1000) }) },
  });
}

/** A fresh token and the session row that keeps only its hash (also used by `npm run bench` to sign in its clients). */
export function newSession(user: { id: string; role: Role }, at: Date) {
  const token = newToken();
  const ttl = user.role === "employer" ? EMPLOYER_SESSION_MS : STAFF_SESSION_MS;
  const row: Insertable<SessionTable> = {
    id: sha256(token),
    user_id: user.id,
    created_at: at.toISOString(),
    last_seen_at: at.toISOString(),
    expires_at: new Date(at.getTime() + ttl).toISOString(),
  };
  return { token, row, ttl };
}

/** The `Cookie` request header a browser sends for this session token. */
export async function sessionCookieHeader(token: string): Promise<string> {
  const setCookie = await sessionCookie().serialize(token);
  return setCookie.split(";")[0]!;
}

export async function destroyUserSession(request: Request, redirectTo = "/"): Promise<Response> {
  const token = await tokenFrom(request);
  if (token) await db().deleteFrom("sessions").where("id", "=", sha256(token)).execute();
  return signedOut(redirectTo);
}

/** "Overal uitloggen": ends every session of the user, this one included. */
export async function destroyAllUserSessions(userId: string, redirectTo: string): Promise<Response> {
  await db().deleteFrom("sessions").where("user_id", "=", userId).execute();
  return signedOut(redirectTo);
}

async function signedOut(redirectTo: string): Promise<Response> {
  return redirect(redirectTo, {
    headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) },
  });
}
