import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "~db/seed/demo";
import { base32Decode, totpCode } from "~/domain/totp";
import { action as signInAction } from "~/routes/inloggen";
import { action as codeAction } from "~/routes/inloggen_.code";
import { db } from "~/utils/db.server";
import { normaliseEmail } from "~/models/user.server";
import { createUserSession } from "~/utils/session.server";
import { args, cookieFrom, formRequest, getRequest, settle } from "./requests";

/** The current code of the demo second factor (administrators and coordinators). */
export const demoTotpCode = (at = Date.now()) => totpCode(base32Decode(DEMO_TOTP_SECRET), at);

/**
 * Signs a demo staff member in through the real sign-in actions; returns the Cookie header.
 * Users with a second factor get the code page; the helper enters the current demo code.
 */
export async function staffCookie(email: string): Promise<string> {
  const res = await settle(() =>
    signInAction(args(formRequest("/inloggen", { intent: "password", email, password: DEMO_PASSWORD }))),
  );
  if (res.status !== 302) throw new Error(`sign-in failed for ${email}: ${res.status} ${await res.text()}`);
  if (res.headers.get("Location") !== "/inloggen/code") return cookieFrom(res);
  // A code works once; a test signs the same person in many times within 30 seconds,
  // so the helper forgets the last used step, as if the next code had appeared.
  await db().updateTable("users").set({ totp_last_step: null }).where("email", "=", normaliseEmail(email)).execute();
  const signedIn = await settle(() =>
    codeAction(args(formRequest("/inloggen/code", { code: demoTotpCode() }, { Cookie: cookieFrom(res) }))),
  );
  if (signedIn.status !== 302) throw new Error(`second factor failed for ${email}`);
  return cookieFrom(signedIn);
}

/** A session for the contact of an employer (as after opening a magic link). */
export async function employerCookie(employerId: string): Promise<string> {
  const user = await db().selectFrom("users").select(["id", "role"]).where("employer_id", "=", employerId).executeTakeFirstOrThrow();
  return cookieFrom(await createUserSession(getRequest("/"), user, "/mijn"));
}
