import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoEmployers, demoStaff } from "~db/seed/demo";
import { action as signInAction } from "~/routes/inloggen";
import { action as linkAction, loader as linkLoader } from "~/routes/inloggen_.link";
import { loader as wspLoader } from "~/routes/wsp._index";
import { loader as adminLoader } from "~/routes/beheer._index";
import { loader as mijnLoader } from "~/routes/mijn._index";
import { db } from "~/utils/db.server";
import { getSessionUser } from "~/utils/session.server";
import { countRows, setupDatabase, teardownDatabase } from "../support/db";
import { args, cookieFrom, formRequest, getRequest, settle } from "../support/requests";
import { enError, nlError } from "../support/i18n";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const am = demoStaff.find((s) => s.role === "accountmanager")!;
const employer = demoEmployers[0]!;

function tokenFromMail(text: string) {
  const match = /token=([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error("geen token in e-mail");
  return match[1];
}

describe("staff sign-in", () => {
  it("signs an accountmanager in with the demo password, with a new server-side session", async () => {
    const sessionsBefore = await countRows("sessions");
    const res = await settle(() =>
      signInAction(args(formRequest("/inloggen", { intent: "password", email: am.email, password: DEMO_PASSWORD }))),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/wsp");
    const setCookie = res.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(await countRows("sessions")).toBe(sessionsBefore + 1);

    const wsp = await settle(() => wspLoader(args(getRequest("/wsp", { Cookie: cookieFrom(res) }))));
    expect(wsp.status).toBe(200);
    const forbidden = await settle(() => adminLoader(args(getRequest("/beheer", { Cookie: cookieFrom(res) }))));
    expect(forbidden.status).toBe(403);
  });

  it("looks a page's session up once for all its loaders, and again for every action", async () => {
    const res = await settle(() =>
      signInAction(args(formRequest("/inloggen", { intent: "password", email: am.email, password: DEMO_PASSWORD }))),
    );
    const cookie = cookieFrom(res);
    const page = getRequest("/wsp", { Cookie: cookie });
    const first = getSessionUser(page);
    expect(getSessionUser(page)).toBe(first);
    expect((await first)?.email).toBe(am.email);

    // Signed out in between: the page's own lookup stands, a new request and an action see it.
    await db().deleteFrom("sessions").where("user_id", "=", (await first)!.id).execute();
    expect((await getSessionUser(page))?.email).toBe(am.email);
    expect(await getSessionUser(getRequest("/wsp", { Cookie: cookie }))).toBeNull();
    expect(await getSessionUser(formRequest("/wsp", {}, { Cookie: cookie }))).toBeNull();
  });

  it("answers a wrong password with 400 and a Dutch message, and no session", async () => {
    const sessionsBefore = await countRows("sessions");
    const res = await settle(() =>
      signInAction(args(formRequest("/inloggen", { intent: "password", email: am.email, password: "fout" }))),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string> };
    expect(nlError(body.errors.password)).toMatch(/klopt niet/);
    expect(enError(body.errors.password)).toMatch(/is not right/);
    expect(await countRows("sessions")).toBe(sessionsBefore);
  });

  it("answers an invalid e-mail address with 400 next to the field", async () => {
    const res = await settle(() =>
      signInAction(args(formRequest("/inloggen", { intent: "password", email: "geen-adres", password: "x" }))),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string> };
    expect(nlError(body.errors.email)).toMatch(/geldig e-mailadres/);
  });

  it("sends anonymous visitors of a protected page to sign-in with redirectTo", async () => {
    const res = await settle(() => wspLoader(args(getRequest("/wsp"))));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/inloggen?redirectTo=%2Fwsp");
  });
});

describe("employer magic link", () => {
  it("mails a single-use link that is stored hashed and signs the employer in at /mijn", async () => {
    const res = await settle(() => signInAction(args(formRequest("/inloggen", { intent: "link", email: employer.email }))));
    expect(res.status).toBe(200);
    const mail = await db()
      .selectFrom("mail_outbox")
      .selectAll()
      .where("to_address", "=", employer.email)
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    expect(mail.text_body).toContain("30 minuten");
    const token = tokenFromMail(mail.text_body);
    const stored = await db().selectFrom("login_tokens").select("token_hash").execute();
    expect(stored.some((t) => t.token_hash === token)).toBe(false);

    // Opening the link does not sign in by itself.
    const page = await settle(() => linkLoader(args(getRequest(`/inloggen/link?token=${token}`))));
    expect(page.status).toBe(200);
    expect(((await page.json()) as { state: string }).state).toBe("valid");

    const signedIn = await settle(() => linkAction(args(formRequest("/inloggen/link", { token }))));
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("Location")).toBe("/mijn");
    const mijn = await settle(() => mijnLoader(args(getRequest("/mijn", { Cookie: cookieFrom(signedIn) }))));
    expect(mijn.status).toBe(200);

    const again = await settle(() => linkAction(args(formRequest("/inloggen/link", { token }))));
    expect(again.status).toBe(400);
    expect(((await again.json()) as { state: string }).state).toBe("used");
  });

  it("refuses an expired link", async () => {
    await settle(() => signInAction(args(formRequest("/inloggen", { intent: "link", email: employer.email }))));
    const mail = await db()
      .selectFrom("mail_outbox")
      .select("text_body")
      .where("to_address", "=", employer.email)
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    const token = tokenFromMail(mail.text_body);
    await db().updateTable("login_tokens").set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where("used_at", "is", null).execute();
    const res = await settle(() => linkAction(args(formRequest("/inloggen/link", { token }))));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { state: string }).state).toBe("expired");
  });

  it("gives the same answer for an unknown address and sends nothing", async () => {
    const before = await countRows("mail_outbox");
    const res = await settle(() => signInAction(args(formRequest("/inloggen", { intent: "link", email: "onbekend@nergens.example" }))));
    expect(res.status).toBe(200);
    expect(await countRows("mail_outbox")).toBe(before);
  });
});
