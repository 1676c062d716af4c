import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoStaff } from "~db/seed/demo";
import { base32Decode, hotp, totpCode, totpStep } from "~/domain/totp";
import { action as accountAction, loader as accountLoader } from "~/routes/account._index";
import { action as setupAction, loader as setupLoader } from "~/routes/account.tweestaps";
import { loader as adminLoader } from "~/routes/beheer._index";
import { action as signInAction } from "~/routes/inloggen";
import { action as codeAction, loader as codeLoader } from "~/routes/inloggen_.code";
import { loader as dashboardLoader } from "~/routes/wsp.dashboard";
import { loader as wspLoader } from "~/routes/wsp._index";
import { rateRules, scaledLimit } from "~/domain/rate-limit";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { sha256 } from "~/utils/ids.server";
import { createUserSession } from "~/utils/session.server";
import { decryptTotpSecret } from "~/utils/totp-secret.server";
import { demoTotpCode, staffCookie } from "../support/auth";
import { countRows, setupDatabase, teardownDatabase } from "../support/db";
import { args, cookieFrom, formRequest, getRequest, settle } from "../support/requests";
import { nlError } from "../support/i18n";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);
// This file signs the same people in many times; the limits have their own tests (and one below).
beforeEach(async () => {
  await db().deleteFrom("rate_limits").execute();
});

const coordinator = demoStaff.find((s) => s.role === "coordinator" && s.regionName === "Rijnmond")!;
const otherCoordinator = demoStaff.find((s) => s.role === "coordinator" && s.regionName === "Zuid-Limburg")!;
const admin = demoStaff.find((s) => s.role === "admin")!;
const accountManagers = demoStaff.filter((s) => s.role === "accountmanager");

const userOf = (email: string) => db().selectFrom("users").selectAll().where("email", "=", email).executeTakeFirstOrThrow();
const sessionsOf = async (email: string) =>
  (await db().selectFrom("sessions").select("id").where("user_id", "=", (await userOf(email)).id).execute()).length;

async function password(email: string) {
  return settle(() => signInAction(args(formRequest("/inloggen", { intent: "password", email, password: DEMO_PASSWORD }))));
}

async function enterCode(pendingCookie: string, code: string) {
  return settle(() => codeAction(args(formRequest("/inloggen/code", { code }, { Cookie: pendingCookie }))));
}

/** The field errors of a refused form, as the Dutch text a user reads. */
const errorOf = async (res: Response) =>
  Object.fromEntries(
    Object.entries(((await res.json()) as { errors: Record<string, string> }).errors).map(([k, v]) => [k, nlError(v)]),
  );

describe("signing in with a second factor", () => {
  it("gives no session for the password alone: only a pending, HttpOnly, hashed 5-minute challenge", async () => {
    const sessionsBefore = await countRows("sessions");
    const res = await password(coordinator.email);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/inloggen/code");
    const setCookie = res.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/^wgp_tweede_stap=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Max-Age=300/);
    expect(setCookie).not.toMatch(/wgp_session/);
    expect(await countRows("sessions")).toBe(sessionsBefore);

    // Only the SHA-256 of the token is stored.
    const rows = await db().selectFrom("sign_in_challenges").select("id").execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.id).toMatch(/^[0-9a-f]{64}$/);

    // The pending cookie opens no page.
    const wsp = await settle(() => wspLoader(args(getRequest("/wsp", { Cookie: cookieFrom(res) }))));
    expect(wsp.status).toBe(302);
    expect(wsp.headers.get("Location")).toMatch(/^\/inloggen\?redirectTo=/);
    const page = await settle(() => codeLoader(args(getRequest("/inloggen/code", { Cookie: cookieFrom(res) }))));
    expect(page.status).toBe(200);
  });

  it("refuses a wrong code with a Dutch message and no session, then signs in with the right one", async () => {
    const pending = cookieFrom(await password(coordinator.email));
    const sessionsBefore = await sessionsOf(coordinator.email);
    const right = demoTotpCode();
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    const refused = await enterCode(pending, wrong);
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).code).toMatch(/klopt niet/);
    const malformed = await enterCode(pending, "12ab");
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).code).toMatch(/6 cijfers/);
    expect(await sessionsOf(coordinator.email)).toBe(sessionsBefore);

    const ok = await enterCode(pending, right);
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toBe("/wsp");
    expect(ok.headers.get("Set-Cookie")).toMatch(/wgp_tweede_stap=;.*Max-Age=0/);
    expect(await sessionsOf(coordinator.email)).toBe(sessionsBefore + 1);
    const wsp = await settle(() => wspLoader(args(getRequest("/wsp", { Cookie: cookieFrom(ok) }))));
    expect(wsp.status).toBe(200);

    // The challenge works once.
    const again = await enterCode(pending, totpCode(base32Decode(DEMO_TOTP_SECRET), Date.now() + 30_000));
    expect(again.status).toBe(302);
    expect(again.headers.get("Location")).toBe("/inloggen?melding=opnieuw-inloggen");
  });

  it("refuses a code that was used already, and an older one (no replay)", async () => {
    const first = cookieFrom(await password(otherCoordinator.email));
    const now = Date.now();
    const code = demoTotpCode(now);
    expect((await enterCode(first, code)).status).toBe(302);

    const second = cookieFrom(await password(otherCoordinator.email));
    const replayed = await enterCode(second, code);
    expect(replayed.status).toBe(400);
    expect((await errorOf(replayed)).code).toMatch(/al gebruikt/);
    const older = await enterCode(second, hotp(base32Decode(DEMO_TOTP_SECRET), totpStep(now) - 1));
    expect(older.status).toBe(400);
    // The next code of the app is fine.
    const next = await enterCode(second, hotp(base32Decode(DEMO_TOTP_SECRET), totpStep(now) + 1));
    expect(next.status).toBe(302);
  });

  it("refuses an expired challenge and the challenge of a deactivated user", async () => {
    const pending = cookieFrom(await password(admin.email));
    await db().updateTable("sign_in_challenges").set({ expires_at: new Date(Date.now() - 1000).toISOString() }).execute();
    const expired = await enterCode(pending, demoTotpCode());
    expect(expired.headers.get("Location")).toBe("/inloggen?melding=opnieuw-inloggen");

    const fresh = cookieFrom(await password(admin.email));
    await db().updateTable("users").set({ active: 0 }).where("email", "=", admin.email).execute();
    try {
      const refused = await enterCode(fresh, demoTotpCode());
      expect(refused.headers.get("Location")).toBe("/inloggen?melding=opnieuw-inloggen");
    } finally {
      await db().updateTable("users").set({ active: 1 }).where("email", "=", admin.email).execute();
    }
  });

  it("limits code attempts per user with 429", async () => {
    const pending = cookieFrom(await password(admin.email));
    // The test set-up may scale every limit (RATE_LIMIT_SCALE).
    const limit = scaledLimit(rateRules.secondFactorPerUser, env().RATE_LIMIT_SCALE);
    const statuses: number[] = [];
    for (let i = 0; i <= limit; i++) statuses.push((await enterCode(pending, "000000")).status);
    expect(statuses.slice(0, limit).every((s) => s === 400)).toBe(true);
    expect(statuses[limit]).toBe(429);
  });

  it("keeps the secret encrypted at rest", async () => {
    const row = await userOf(coordinator.email);
    expect(row.totp_secret).toMatch(/^v1\./);
    expect(row.totp_secret).not.toContain(DEMO_TOTP_SECRET);
  });
});

describe("setting up a second factor and recovery codes", () => {
  const am = accountManagers[0]!;

  it("lets an accountmanager set it up, shows 10 recovery codes once, and each works once", async () => {
    const cookie = await staffCookie(am.email);
    const before = await settle(() => setupLoader(args(getRequest("/account/tweestaps", { Cookie: cookie }))));
    expect(((await before.json()) as { secret: string | null }).secret).toBeNull();

    const started = await settle(() => setupAction(args(formRequest("/account/tweestaps", { intent: "instellen" }, { Cookie: cookie }))));
    expect(started.status).toBe(302);
    const page = await settle(() => setupLoader(args(getRequest("/account/tweestaps", { Cookie: cookie }))));
    expect(page.headers.get("Cache-Control")).toMatch(/no-store/);
    const data = (await page.json()) as { secret: string; qrDataUri: string; enabled: boolean };
    expect(data.enabled).toBe(false);
    expect(data.qrDataUri).toMatch(/^data:image\/svg\+xml;base64,/);
    const key = base32Decode(data.secret);

    // Until confirmed, the password alone still signs in.
    expect((await password(am.email)).headers.get("Location")).toBe("/wsp");

    const wrong = await settle(() =>
      setupAction(args(formRequest("/account/tweestaps", { intent: "bevestigen", code: "000000" }, { Cookie: cookie }))),
    );
    expect(wrong.status).toBe(400);
    const confirmed = await settle(() =>
      setupAction(
        args(formRequest("/account/tweestaps", { intent: "bevestigen", code: totpCode(key, Date.now()) }, { Cookie: cookie })),
      ),
    );
    expect(confirmed.status).toBe(200);
    const { codes } = (await confirmed.json()) as { codes: string[] };
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    const stored = await db().selectFrom("recovery_codes").select("code_hash").where("user_id", "=", (await userOf(am.email)).id).execute();
    expect(stored).toHaveLength(10);
    expect(stored.map((s) => s.code_hash)).toContain(sha256(codes[0]!.replace("-", "")));
    expect(JSON.stringify(stored)).not.toContain(codes[0]);

    // Now the password alone gives no session; a recovery code (typed in lower case) does, once.
    const pending = cookieFrom(await password(am.email));
    const signedIn = await enterCode(pending, codes[0]!.toLowerCase());
    expect(signedIn.status).toBe(302);
    const again = await enterCode(cookieFrom(await password(am.email)), codes[0]!);
    expect(again.status).toBe(400);
    expect((await errorOf(again)).code).toMatch(/klopt niet/);

    const account = await settle(() => accountLoader(args(getRequest("/account", { Cookie: cookieFrom(signedIn) }))));
    const status = ((await account.json()) as { totp: { enabledAt: string | null; recoveryCodesLeft: number } }).totp;
    expect(status.enabledAt).not.toBeNull();
    expect(status.recoveryCodesLeft).toBe(9);
  });

  it("makes new recovery codes with a code from the app; the old ones stop working", async () => {
    const user = await userOf(am.email);
    const oldCount = await db().selectFrom("recovery_codes").select("id").where("user_id", "=", user.id).where("used_at", "is", null).execute();
    expect(oldCount).toHaveLength(9);
    const cookie = await signInWithApp(am.email);
    const code = await nextCodeFor(am.email);
    const res = await settle(() => accountAction(args(formRequest("/account", { intent: "herstelcodes", code }, { Cookie: cookie }))));
    expect(res.status).toBe(200);
    const { codes } = (await res.json()) as { codes: string[] };
    expect(codes).toHaveLength(10);
    const rows = await db().selectFrom("recovery_codes").select("code_hash").where("user_id", "=", user.id).execute();
    expect(rows.map((r) => r.code_hash).sort()).toEqual(codes.map((c) => sha256(c.replace("-", ""))).sort());
  });

  it("lets an accountmanager turn it off with a code, but not a coordinator", async () => {
    const cookie = await signInWithApp(am.email);
    const missing = await settle(() => accountAction(args(formRequest("/account", { intent: "uitzetten", code: "" }, { Cookie: cookie }))));
    expect(missing.status).toBe(400);
    const code = await nextCodeFor(am.email);
    const off = await settle(() => accountAction(args(formRequest("/account", { intent: "uitzetten", code }, { Cookie: cookie }))));
    expect(off.status).toBe(302);
    const row = await userOf(am.email);
    expect(row.totp_enabled_at).toBeNull();
    expect(row.totp_secret).toBeNull();
    expect((await password(am.email)).headers.get("Location")).toBe("/wsp");

    const coordinatorCookie = await staffCookie(coordinator.email);
    await db().updateTable("users").set({ totp_last_step: null }).where("email", "=", coordinator.email).execute();
    const refused = await settle(() =>
      accountAction(args(formRequest("/account", { intent: "uitzetten", code: demoTotpCode() }, { Cookie: coordinatorCookie }))),
    );
    expect(refused.status).toBe(403);
    expect((await userOf(coordinator.email)).totp_enabled_at).not.toBeNull();
  });
});

/**
 * The current code of the user's own app. These tests use more codes within 30 seconds than
 * a person can, so the last used step is forgotten first, as if the app showed a new code.
 */
async function nextCodeFor(email: string) {
  const row = await userOf(email);
  await db().updateTable("users").set({ totp_last_step: null }).where("id", "=", row.id).execute();
  return totpCode(base32Decode(decryptTotpSecret(row.totp_secret!, row.id)), Date.now());
}

async function signInWithApp(email: string) {
  const res = await enterCode(cookieFrom(await password(email)), await nextCodeFor(email));
  expect(res.status).toBe(302);
  return cookieFrom(res);
}

describe("roles that must use a second factor", () => {
  it("sends a coordinator without one to the set-up page from every page until it is set up", async () => {
    const fresh = accountManagers[1]!;
    // A new coordinator: promoted, no second factor yet.
    await db().updateTable("users").set({ role: "coordinator" }).where("email", "=", fresh.email).execute();
    const res = await password(fresh.email);
    expect(res.headers.get("Location")).toBe("/wsp");
    const cookie = cookieFrom(res);
    for (const [path, loader] of [
      ["/wsp", wspLoader],
      ["/wsp/dashboard", dashboardLoader],
      ["/account", accountLoader],
      ["/beheer", adminLoader],
    ] as const) {
      const page = await settle(() => loader(args(getRequest(path, { Cookie: cookie }))));
      expect(page.status, path).toBe(302);
      expect(page.headers.get("Location"), path).toBe("/account/tweestaps");
    }
    const setup = await settle(() => setupLoader(args(getRequest("/account/tweestaps", { Cookie: cookie }))));
    expect(setup.status).toBe(200);
    expect(((await setup.json()) as { required: boolean }).required).toBe(true);

    await settle(() => setupAction(args(formRequest("/account/tweestaps", { intent: "instellen" }, { Cookie: cookie }))));
    const code = await nextCodeFor(fresh.email);
    const confirmed = await settle(() =>
      setupAction(args(formRequest("/account/tweestaps", { intent: "bevestigen", code }, { Cookie: cookie }))),
    );
    expect(confirmed.status).toBe(200);
    const wsp = await settle(() => wspLoader(args(getRequest("/wsp", { Cookie: cookie }))));
    expect(wsp.status).toBe(200);
  });
});

describe("sessions", () => {
  const am = accountManagers[2]!;

  it("renews the session id at sign-in", async () => {
    const first = cookieFrom(await password(am.email));
    const second = await settle(() =>
      signInAction(args(formRequest("/inloggen", { intent: "password", email: am.email, password: DEMO_PASSWORD }, { Cookie: first }))),
    );
    expect(cookieFrom(second)).not.toBe(first);
    const old = await settle(() => wspLoader(args(getRequest("/wsp", { Cookie: first }))));
    expect(old.status).toBe(302);
  });

  it("'Overal uitloggen' ends every session of the user, this one included, and no one else's", async () => {
    const phone = cookieFrom(await password(am.email));
    const laptop = cookieFrom(await password(am.email));
    const colleague = await staffCookie(accountManagers[0]!.email);
    expect(await sessionsOf(am.email)).toBeGreaterThanOrEqual(2);

    const res = await settle(() => accountAction(args(formRequest("/account", { intent: "overal-uitloggen" }, { Cookie: laptop }))));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/inloggen?melding=overal-uitgelogd");
    expect(res.headers.get("Set-Cookie")).toMatch(/wgp_session=;.*Max-Age=0/);
    expect(await sessionsOf(am.email)).toBe(0);
    for (const cookie of [phone, laptop]) {
      const page = await settle(() => wspLoader(args(getRequest("/wsp", { Cookie: cookie }))));
      expect(page.headers.get("Location")).toMatch(/^\/inloggen/);
    }
    const other = await settle(() => wspLoader(args(getRequest("/wsp", { Cookie: colleague }))));
    expect(other.status).toBe(200);
  });

  it("refuses the session of a deactivated user at once", async () => {
    const cookie = cookieFrom(await password(am.email));
    expect((await settle(() => wspLoader(args(getRequest("/wsp", { Cookie: cookie }))))).status).toBe(200);
    const before = await sessionsOf(am.email);
    await db().updateTable("users").set({ active: 0 }).where("email", "=", am.email).execute();
    const refused = await settle(() => wspLoader(args(getRequest("/wsp", { Cookie: cookie }))));
    expect(refused.status).toBe(302);
    expect(refused.headers.get("Location")).toMatch(/^\/inloggen/);
    // The refused session is deleted, not only ignored.
    expect(await sessionsOf(am.email)).toBe(before - 1);
  });

  it("keeps /account for staff", async () => {
    const employer = await db().selectFrom("users").select(["id", "role"]).where("role", "=", "employer").executeTakeFirstOrThrow();
    const cookie = cookieFrom(await createUserSession(getRequest("/"), employer, "/mijn"));
    const res = await settle(() => accountLoader(args(getRequest("/account", { Cookie: cookie }))));
    expect(res.status).toBe(403);
  });
});
