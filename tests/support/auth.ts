import { DEMO_PASSWORD } from "~db/seed/demo";
import { action as signInAction } from "~/routes/inloggen";
import { db } from "~/utils/db.server";
import { createUserSession } from "~/utils/session.server";
import { args, cookieFrom, formRequest, getRequest } from "./requests";

/** Signs a demo staff member in through the real sign-in action; returns the Cookie header. */
export async function staffCookie(email: string): Promise<string> {
  const res = await signInAction(args(formRequest("/inloggen", { intent: "password", email, password: DEMO_PASSWORD })));
  if (!(res instanceof Response) || res.status !== 302) throw new Error(`sign-in failed for ${email}`);
  return cookieFrom(res);
}

/** A session for the contact of an employer (as after opening a magic link). */
export async function employerCookie(employerId: string): Promise<string> {
  const user = await db().selectFrom("users").select(["id", "role"]).where("employer_id", "=", employerId).executeTakeFirstOrThrow();
  return cookieFrom(await createUserSession(getRequest("/"), user, "/mijn"));
}
