import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoStaff } from "~db/seed/demo";
import { action as budgetAction, loader as budgetLoader } from "~/routes/beheer.budgetten";
import { action as municipalityAction, loader as municipalityLoader } from "~/routes/beheer.gemeenten";
import { loader as usersLoader } from "~/routes/beheer.gebruikers._index";
import { action as userAction, loader as userLoader } from "~/routes/beheer.gebruikers.$userId";
import { action as inviteAction, loader as inviteLoader } from "~/routes/beheer.gebruikers.nieuw";
import { loader as homeLoader } from "~/routes/beheer._index";
import { action as instrumentAction, loader as instrumentLoader } from "~/routes/beheer.instrumenten.$instrumentId";
import { loader as instrumentsLoader } from "~/routes/beheer.instrumenten._index";
import { action as regionAction, loader as regionLoader } from "~/routes/beheer.regios.$regionId";
import { action as versionsAction, loader as versionsLoader } from "~/routes/beheer.vragenlijsten";
import { action as signInAction } from "~/routes/inloggen";
import { loader as inboxLoader } from "~/routes/wsp._index";
import { action as linkAction } from "~/routes/inloggen_.link";
import { action as acceptAction, loader as acceptLoader } from "~/routes/inloggen_.uitnodiging";
import { db } from "~/utils/db.server";
import { getSessionUser } from "~/utils/session.server";
import { staffCookie } from "../support/auth";
import { setupDatabase, teardownDatabase } from "../support/db";
import { enError, nlError } from "../support/i18n";
import { args, BASE, cookieFrom, formRequest, getRequest, settle } from "../support/requests";

const adminEmail = demoStaff.find((s) => s.role === "admin")!.email;
const coordinatorEmail = demoStaff.find((s) => s.role === "coordinator" && s.regionName === "Rijnmond")!.email;
let admin = "";
let coordinator = "";

beforeAll(async () => {
  await setupDatabase({ demo: true });
  admin = await staffCookie(adminEmail);
  coordinator = await staffCookie(coordinatorEmail);
});
afterAll(teardownDatabase);

const regionId = async (name: string) => (await db().selectFrom("regions").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
const userByEmail = (email: string) => db().selectFrom("users").selectAll().where("email", "=", email).executeTakeFirstOrThrow();
const auditCount = async (action: string) =>
  Number((await db().selectFrom("audit_events").select((eb) => eb.fn.countAll<number>().as("n")).where("action", "=", action).executeTakeFirstOrThrow()).n);
/** The errors of a 400 answer as a Dutch user reads them (the answer holds message keys). */
const errorsOf = async (res: Response) =>
  Object.fromEntries(Object.entries(((await res.json()) as { errors: Record<string, string> }).errors).map(([field, key]) => [field, nlError(key)]));

function upload(content: string | Uint8Array<ArrayBuffer>, cookie: string, name = "gemeenten.csv") {
  const body = new FormData();
  body.append("bestand", new File([content], name, { type: "text/csv" }));
  return new Request(`${BASE}/beheer/gemeenten`, { method: "POST", body, headers: { Cookie: cookie, Origin: BASE } });
}

describe("access", () => {
  it("answers 403 to a coordinator on every /beheer loader and action, and sends a visitor to sign in", async () => {
    const c = { Cookie: coordinator };
    const rid = await regionId("Rijnmond");
    const calls = [
      () => homeLoader(args(getRequest("/beheer", c))),
      () => regionLoader(args(getRequest(`/beheer/regios/${rid}`, c), { regionId: rid })),
      () => regionAction(args(formRequest(`/beheer/regios/${rid}`, { serviceNormDays: "1" }, c), { regionId: rid })),
      () => municipalityLoader(args(getRequest("/beheer/gemeenten", c))),
      () => municipalityAction(args(upload("x", coordinator))),
      () => instrumentsLoader(args(getRequest("/beheer/instrumenten", c))),
      () => instrumentLoader(args(getRequest("/beheer/instrumenten/nieuw", c), { instrumentId: "nieuw" })),
      () => instrumentAction(args(formRequest("/beheer/instrumenten/nieuw", { name: "x" }, c), { instrumentId: "nieuw" })),
      () => budgetLoader(args(getRequest(`/beheer/budgetten?regio=${rid}`, c))),
      () => budgetAction(args(formRequest(`/beheer/budgetten?regio=${rid}`, { intent: "budget" }, c))),
      () => versionsLoader(args(getRequest("/beheer/vragenlijsten", c))),
      () => versionsAction(args(formRequest("/beheer/vragenlijsten", { intent: "intrekken", version: "1" }, c))),
      () => usersLoader(args(getRequest("/beheer/gebruikers", c))),
      () => inviteLoader(args(getRequest("/beheer/gebruikers/nieuw", c))),
      () => inviteAction(args(formRequest("/beheer/gebruikers/nieuw", { name: "x" }, c))),
      () => userLoader(args(getRequest("/beheer/gebruikers/x", c), { userId: "x" })),
      () => userAction(args(formRequest("/beheer/gebruikers/x", { intent: "deactiveren" }, c), { userId: "x" })),
    ];
    for (const call of calls) expect((await settle(call)).status).toBe(403);
    const anonymous = await settle(() => homeLoader(args(getRequest("/beheer"))));
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/inloggen\?redirectTo=/);
  });
});

describe("regions", () => {
  it("rejects a service norm outside 1–10 with 400 and saves good input with an audit event", async () => {
    const rid = await regionId("Rijnmond");
    const fields = { wspName: "WSP Rijnmond", wspEmail: "info@wsp-rijnmond.example", wspPhone: "010 123 45 67", serviceNormDays: "11" };
    const bad = await settle(() => regionAction(args(formRequest(`/beheer/regios/${rid}`, fields, { Cookie: admin }), { regionId: rid })));
    expect(bad.status).toBe(400);
    expect((await errorsOf(bad)).serviceNormDays).toMatch(/hoogstens 10/);
    const ok = await settle(() =>
      regionAction(args(formRequest(`/beheer/regios/${rid}`, { ...fields, serviceNormDays: "3" }, { Cookie: admin }), { regionId: rid })),
    );
    expect(ok.status).toBe(302);
    const region = await db().selectFrom("regions").selectAll().where("id", "=", rid).executeTakeFirstOrThrow();
    expect([region.service_norm_days, region.wsp_email, region.demo_contact]).toEqual([3, "info@wsp-rijnmond.example", 0]);
    expect(await auditCount("region-change")).toBe(1);
    const missing = await settle(() => regionLoader(args(getRequest("/beheer/regios/AM99", { Cookie: admin }), { regionId: "AM99" })));
    expect(missing.status).toBe(404);
  });
});

describe("municipality upload", () => {
  const header = "gemeentecode;gemeentenaam;arbeidsmarktregio";

  it("reports every bad line with its number and changes nothing", async () => {
    const before = await db().selectFrom("municipalities").selectAll().orderBy("code").execute();
    const csv = [header, "GM0599;Rotterdam;Zuid-Limburg", "GM9001;Testdorp;Rijnmnod", "GM12;Fout;Rijnmond"].join("\n");
    const res = await settle(() => municipalityAction(args(upload(csv, admin))));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { report: { line: number; message: string }[] };
    expect(body.report.map((e) => e.line)).toEqual([3, 4]);
    expect(nlError(body.report[0]!.message)).toMatch(/Bedoelt u ‘Rijnmond’/);
    // Each line's error is a message key, so an administrator who chose English reads it in English.
    expect(enError(body.report[0]!.message)).toMatch(/Did you mean ‘Rijnmond’/);
    expect(await db().selectFrom("municipalities").selectAll().orderBy("code").execute()).toEqual(before);
  });

  it("applies a good file in one go and reports added, changed and unchanged counts", async () => {
    const csv = [header, "GM9001;Testdorp;Rijnmond", "GM0599;Rotterdam;Zuid-Limburg", "GM0917;Heerlen;Zuid-Limburg"].join("\r\n");
    const res = await settle(() => municipalityAction(args(upload(csv, admin))));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/beheer/gemeenten?toegevoegd=1&gewijzigd=1&ongewijzigd=1");
    const rotterdam = await db().selectFrom("municipalities").select("region_id").where("code", "=", "GM0599").executeTakeFirstOrThrow();
    expect(rotterdam.region_id).toBe(await regionId("Zuid-Limburg"));
    expect(await auditCount("municipality-import")).toBe(1);
    const page = await settle(() => municipalityLoader(args(getRequest("/beheer/gemeenten?toegevoegd=1&gewijzigd=1&ongewijzigd=1", { Cookie: admin }))));
    const data = (await page.json()) as { summary: unknown; municipalities: { code: string }[] };
    expect(data.summary).toEqual({ toegevoegd: 1, gewijzigd: 1, ongewijzigd: 1 });
    expect(data.municipalities.some((m) => m.code === "GM9001")).toBe(true);
  });

  it("answers 400 for a missing, too large or non-UTF-8 file", async () => {
    const empty = await settle(() => municipalityAction(args(upload("", admin))));
    expect((await errorsOf(empty)).bestand).toMatch(/Kies een CSV-bestand/);
    const large = await settle(() => municipalityAction(args(upload(`${header}\n${"x".repeat(2 * 1024 * 1024 + 10)}`, admin))));
    expect(large.status).toBe(400);
    expect((await errorsOf(large)).bestand).toMatch(/groter dan 2 MB/);
    const latin1 = new Uint8Array([...new TextEncoder().encode(`${header}\nGM0599;Rotterdam`), 0xe9, ...new TextEncoder().encode(";Rijnmond")]);
    const wrong = await settle(() => municipalityAction(args(upload(latin1, admin))));
    expect(wrong.status).toBe(400);
    expect((await errorsOf(wrong)).bestand).toMatch(/UTF-8/);
  });
});

describe("instruments and budgets", () => {
  const fields = {
    name: "Werkfit-training",
    description: "Een korte training voor een nieuwe medewerker.",
    conditions: "Voor nieuwe medewerkers die moeilijk aan werk komen.",
    provider: "Werkgeversservicepunt",
    kind: "scholing",
    amount: "1.250,50",
    requestable: "ja",
  };
  const save = (id: string, values: Record<string, string>) =>
    settle(() => instrumentAction(args(formRequest(`/beheer/instrumenten/${id}`, values, { Cookie: admin }), { instrumentId: id })));

  it("creates an instrument, refuses bad input and a duplicate name with 400, and edits it", async () => {
    const bad = await save("nieuw", { ...fields, name: "", amount: "veel" });
    expect(bad.status).toBe(400);
    expect(Object.keys(await errorsOf(bad)).sort()).toEqual(["amount", "name"]);
    const created = await save("nieuw", fields);
    expect(created.status).toBe(302);
    expect(created.headers.get("Location")).toBe("/beheer/instrumenten?opgeslagen=werkfit-training");
    const row = await db().selectFrom("instruments").selectAll().where("id", "=", "werkfit-training").executeTakeFirstOrThrow();
    expect([row.amount_cents, row.requestable, row.kind]).toEqual([125050, 1, "scholing"]);
    const duplicate = await save("nieuw", { ...fields, name: "werkfit-TRAINING" });
    expect((await errorsOf(duplicate)).name).toMatch(/al een regeling/);
    const edited = await save("werkfit-training", { ...fields, amount: "", requestable: "nee" });
    expect(edited.status).toBe(302);
    const after = await db().selectFrom("instruments").selectAll().where("id", "=", "werkfit-training").executeTakeFirstOrThrow();
    expect([after.amount_cents, after.requestable]).toEqual([null, 0]);
    expect((await save("bestaat-niet", fields)).status).toBe(404);
    expect((await auditCount("instrument-create")) + (await auditCount("instrument-change"))).toBe(2);
  });

  it("sets a region's budget for next year, never below what is granted", async () => {
    const rid = await regionId("Zuid-Limburg");
    const year = new Date().getUTCFullYear() + 1;
    const url = `/beheer/budgetten?regio=${rid}&jaar=${year}`;
    const post = (values: Record<string, string>) => settle(() => budgetAction(args(formRequest(url, { intent: "budget", ...values }, { Cookie: admin }))));
    const ok = await post({ instrumentId: "jobcoach-voucher", budget: "40.000", amountPerGrant: "1000" });
    expect(ok.status).toBe(302);
    const row = await db()
      .selectFrom("region_instruments")
      .selectAll()
      .where("region_id", "=", rid)
      .where("instrument_id", "=", "jobcoach-voucher")
      .where("year", "=", year)
      .executeTakeFirstOrThrow();
    expect([row.budget_cents, row.amount_per_grant_cents]).toEqual([4_000_000, 100_000]);
    const request = await db().selectFrom("requests").select("id").where("region_id", "=", rid).executeTakeFirstOrThrow();
    await db()
      .insertInto("budget_ledger")
      .values({ id: crypto.randomUUID(), region_id: rid, instrument_id: "jobcoach-voucher", year, request_id: request.id, amount_cents: 100_000, at: new Date().toISOString() })
      .execute();
    const below = await post({ instrumentId: "jobcoach-voucher", budget: "500", amountPerGrant: "1000" });
    expect(below.status).toBe(400);
    expect((await errorsOf(below)).budget).toMatch(/niet lager/);
    expect((await post({ instrumentId: "jobcoach-voucher", budget: "", amountPerGrant: "1000" })).status).toBe(400);
    const farYear = await settle(() => budgetLoader(args(getRequest(`/beheer/budgetten?regio=${rid}&jaar=2020`, { Cookie: admin }))));
    expect(farYear.status).toBe(404);
  });
});

describe("questionnaire versions", () => {
  it("refuses to retire the only version in use, retires an older one when a newer exists, and scans keep theirs", async () => {
    const retire = (version: string) =>
      settle(() => versionsAction(args(formRequest("/beheer/vragenlijsten", { intent: "intrekken", version }, { Cookie: admin }))));
    const only = await retire("1");
    expect(only.status).toBe(400);
    expect((await errorsOf(only)).form).toMatch(/enige versie/);
    const v1 = await db().selectFrom("questionnaire_versions").selectAll().where("version", "=", 1).executeTakeFirstOrThrow();
    await db()
      .insertInto("questionnaire_versions")
      .values({ ...v1, version: 2, published_at: new Date().toISOString() })
      .execute();
    const scansBefore = await db().selectFrom("scans").select(["id", "questionnaire_version"]).orderBy("id").execute();
    expect((await retire("1")).status).toBe(302);
    const list = await settle(() => versionsLoader(args(getRequest("/beheer/vragenlijsten", { Cookie: admin }))));
    const versions = ((await list.json()) as { versions: { version: number; status: string; current: boolean; scans: number }[] }).versions;
    expect(versions.map((v) => [v.version, v.status, v.current])).toEqual([
      [2, "gepubliceerd", true],
      [1, "uit-gebruik", false],
    ]);
    expect(versions[1]!.scans).toBe(scansBefore.length);
    expect(await db().selectFrom("scans").select(["id", "questionnaire_version"]).orderBy("id").execute()).toEqual(scansBefore);
    const publishAgain = await settle(() =>
      versionsAction(args(formRequest("/beheer/vragenlijsten", { intent: "publiceren", version: "1" }, { Cookie: admin }))),
    );
    expect(publishAgain.status).toBe(400);
    expect(await auditCount("questionnaire-retire")).toBe(1);
  });
});

describe("users: invite, set password, change, deactivate", () => {
  const email = "nieuw.collega@wsp-rijnmond.demo.example";
  const invite = (values: Record<string, string>) =>
    settle(() => inviteAction(args(formRequest("/beheer/gebruikers/nieuw", values, { Cookie: admin }))));
  const tokenFromOutbox = async () => {
    const mail = await db().selectFrom("mail_outbox").selectAll().where("to_address", "=", email).orderBy("created_at", "desc").executeTakeFirstOrThrow();
    return /uitnodiging\?token=([A-Za-z0-9_-]{43})/.exec(mail.text_body)![1]!;
  };

  it("refuses an invite without the region the role needs, or for an address that exists", async () => {
    const noRegion = await invite({ name: "Nieuwe Collega", email, role: "accountmanager" });
    expect(noRegion.status).toBe(400);
    expect((await errorsOf(noRegion)).regionId).toMatch(/arbeidsmarktregio/);
    const taken = await invite({ name: "Dubbel", email: coordinatorEmail.toUpperCase(), role: "admin" });
    expect((await errorsOf(taken)).email).toMatch(/al een account/);
    const unknownRegion = await invite({ name: "Nieuwe Collega", email, role: "coordinator", regionId: "AM99" });
    expect((await errorsOf(unknownRegion)).regionId).toMatch(/uit de lijst/);
  });

  it("invites by mail; the single-use link sets a password of at least 12 characters and signs in", async () => {
    const res = await invite({ name: "Nieuwe Collega", email, role: "accountmanager", regionId: await regionId("Rijnmond") });
    expect(res.status).toBe(302);
    const user = await userByEmail(email);
    expect([user.role, user.password_hash, user.active]).toEqual(["accountmanager", null, 1]);
    const token = await tokenFromOutbox();
    const stored = await db().selectFrom("login_tokens").selectAll().where("user_id", "=", user.id).executeTakeFirstOrThrow();
    expect(stored.purpose).toBe("invite");
    expect(stored.token_hash).not.toContain(token);
    expect(Date.parse(stored.expires_at) - Date.parse(stored.created_at)).toBe(7 * 24 * 60 * 60_000);

    // Not usable as a sign-in link.
    expect((await settle(() => linkAction(args(formRequest("/inloggen/link", { token }))))).status).toBe(400);
    const page = await settle(() => acceptLoader(args(getRequest(`/inloggen/uitnodiging?token=${token}`))));
    expect(((await page.json()) as { state: string }).state).toBe("valid");

    const short = await settle(() => acceptAction(args(formRequest("/inloggen/uitnodiging", { token, password: "kort", passwordRepeat: "kort" }))));
    expect(short.status).toBe(400);
    expect((await errorsOf(short)).password).toMatch(/minstens 12/);
    const different = await settle(() =>
      acceptAction(args(formRequest("/inloggen/uitnodiging", { token, password: "een lange zin van mij", passwordRepeat: "een andere zin" }))),
    );
    expect((await errorsOf(different)).passwordRepeat).toMatch(/niet gelijk/);

    const done = await settle(() =>
      acceptAction(args(formRequest("/inloggen/uitnodiging", { token, password: "een lange zin van mij", passwordRepeat: "een lange zin van mij" }))),
    );
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/wsp");
    const signedIn = await getSessionUser(getRequest("/wsp", { Cookie: cookieFrom(done) }));
    expect(signedIn?.email).toBe(email);
    const again = await settle(() =>
      acceptAction(args(formRequest("/inloggen/uitnodiging", { token, password: "een lange zin van mij", passwordRepeat: "een lange zin van mij" }))),
    );
    expect(again.status).toBe(400);
    expect(((await again.json()) as { state: string }).state).toBe("used");
    const login = await settle(() => signInAction(args(formRequest("/inloggen", { intent: "password", email, password: "een lange zin van mij" }))));
    expect(login.status).toBe(302);
  });

  it("a role change ends the person's sessions; an admin cannot change their own role or deactivate themselves", async () => {
    const user = await userByEmail(email);
    const cookie = cookieFrom(
      (await settle(() => signInAction(args(formRequest("/inloggen", { intent: "password", email, password: "een lange zin van mij" }))))) as Response,
    );
    const edit = (id: string, values: Record<string, string>) =>
      settle(() => userAction(args(formRequest(`/beheer/gebruikers/${id}`, values, { Cookie: admin }), { userId: id })));
    const bad = await edit(user.id, { intent: "opslaan", role: "organisation" });
    expect((await errorsOf(bad)).organisationId).toMatch(/werkgeversorganisatie/);
    const rijnmond = await regionId("Rijnmond");
    const backup = await userByEmail(coordinatorEmail);
    const ok = await edit(user.id, { intent: "opslaan", role: "coordinator", regionId: rijnmond, backupUserId: backup.id });
    expect(ok.status).toBe(302);
    expect(await getSessionUser(getRequest("/wsp", { Cookie: cookie }))).toBeNull();
    const after = await userByEmail(email);
    expect([after.role, after.backup_user_id]).toEqual(["coordinator", backup.id]);

    const me = await userByEmail(adminEmail);
    expect((await errorsOf(await edit(me.id, { intent: "opslaan", role: "coordinator", regionId: rijnmond }))).role).toMatch(/eigen rol/);
    expect((await errorsOf(await edit(me.id, { intent: "deactiveren" }))).form).toMatch(/eigen account/);
    const employer = await db().selectFrom("users").select("id").where("role", "=", "employer").executeTakeFirstOrThrow();
    expect((await settle(() => userLoader(args(getRequest(`/beheer/gebruikers/${employer.id}`, { Cookie: admin }), { userId: employer.id })))).status).toBe(404);
  });

  it("deactivation ends sessions at once and blocks sign-in; reactivation allows it again", async () => {
    const user = await userByEmail(email);
    const signIn = () => settle(() => signInAction(args(formRequest("/inloggen", { intent: "password", email, password: "een lange zin van mij" }))));
    const cookie = cookieFrom(await signIn());
    const post = (intent: string) =>
      settle(() => userAction(args(formRequest(`/beheer/gebruikers/${user.id}`, { intent }, { Cookie: admin }), { userId: user.id })));
    expect((await post("deactiveren")).status).toBe(302);
    expect(await db().selectFrom("sessions").select("id").where("user_id", "=", user.id).execute()).toEqual([]);
    expect(await getSessionUser(getRequest("/wsp", { Cookie: cookie }))).toBeNull();
    expect((await signIn()).status).toBe(400);
    const list = await settle(() => usersLoader(args(getRequest("/beheer/gebruikers?status=gedeactiveerd", { Cookie: admin }))));
    expect(((await list.json()) as { users: { email: string }[] }).users.map((u) => u.email)).toEqual([email]);
    expect((await post("activeren")).status).toBe(302);
    expect((await signIn()).status).toBe(302);
    expect(await auditCount("user-deactivate")).toBe(1);
    expect((await post("iets-anders")).status).toBe(400);
  });

  it("before deactivation, the page counts an accountmanager's open work and the employers who have them as contact", async () => {
    const am = await userByEmail(demoStaff.find((s) => s.role === "accountmanager" && s.regionName === "Rijnmond")!.email);
    const res = await settle(() => userLoader(args(getRequest(`/beheer/gebruikers/${am.id}`, { Cookie: admin }), { userId: am.id })));
    const data = (await res.json()) as { openWork: number; employers: number };
    const employers = await db().selectFrom("employers").select("id").where("account_manager_id", "=", am.id).execute();
    const requests = await db()
      .selectFrom("requests")
      .select("id")
      .where("assigned_to", "=", am.id)
      .where("status", "not in", ["afgewezen", "afgerond", "ingetrokken"])
      .execute();
    expect(employers.length).toBeGreaterThan(0);
    expect(data.employers).toBe(employers.length);
    expect(data.openWork).toBeGreaterThanOrEqual(requests.length);
  });

  it("a new invitation replaces the old link", async () => {
    const other = "tweede.collega@ondernemers-rijnmond.demo.example";
    const org = await db().selectFrom("organisations").select("id").executeTakeFirstOrThrow();
    expect((await invite({ name: "Tweede Collega", email: other, role: "organisation", organisationId: org.id })).status).toBe(302);
    const user = await userByEmail(other);
    expect(user.organisation_id).toBe(org.id);
    const first = await db().selectFrom("login_tokens").select("id").where("user_id", "=", user.id).execute();
    const res = await settle(() =>
      userAction(args(formRequest(`/beheer/gebruikers/${user.id}`, { intent: "uitnodiging" }, { Cookie: admin }), { userId: user.id })),
    );
    expect(res.status).toBe(302);
    const tokens = await db().selectFrom("login_tokens").select(["id", "used_at"]).where("user_id", "=", user.id).execute();
    expect(tokens).toHaveLength(first.length + 1);
    expect(tokens.filter((t) => t.used_at === null)).toHaveLength(1);
    expect(await db().selectFrom("mail_outbox").select("id").where("to_address", "=", other).execute()).toHaveLength(2);
  });
});

// Last in this file: it ends the coordinator's sessions and second factor.
describe("a lost second factor", () => {
  it("an administrator turns it off: secret and recovery codes go, sessions end, audited; not for their own account", async () => {
    const coordinatorUser = await userByEmail(coordinatorEmail);
    expect(coordinatorUser.totp_enabled_at).not.toBeNull();
    await db().insertInto("recovery_codes").values({ id: crypto.randomUUID(), user_id: coordinatorUser.id, code_hash: "x".repeat(64), created_at: new Date().toISOString(), used_at: null }).execute();
    const post = (id: string) =>
      settle(() => userAction(args(formRequest(`/beheer/gebruikers/${id}`, { intent: "tweestaps-herstellen" }, { Cookie: admin }), { userId: id })));
    const page = async () =>
      (await (await settle(() => userLoader(args(getRequest(`/beheer/gebruikers/${coordinatorUser.id}`, { Cookie: admin }), { userId: coordinatorUser.id })))).json()) as {
        member: { totpEnabled: boolean };
      };
    expect((await page()).member.totpEnabled).toBe(true);

    const me = await userByEmail(adminEmail);
    expect((await errorsOf(await post(me.id))).form).toMatch(/eigen account/);
    expect((await userByEmail(adminEmail)).totp_enabled_at).not.toBeNull();

    const reset = await post(coordinatorUser.id);
    expect(reset.status).toBe(302);
    expect(reset.headers.get("Location")).toBe(`/beheer/gebruikers/${coordinatorUser.id}?tweestapsHersteld=1`);
    const after = await userByEmail(coordinatorEmail);
    expect([after.totp_secret, after.totp_enabled_at, after.totp_last_step]).toEqual([null, null, null]);
    expect(await db().selectFrom("recovery_codes").select("id").where("user_id", "=", coordinatorUser.id).execute()).toEqual([]);
    expect(await getSessionUser(getRequest("/wsp", { Cookie: coordinator }))).toBeNull();
    expect(await auditCount("user-totp-reset")).toBe(1);
    expect((await page()).member.totpEnabled).toBe(false);
    // Nothing left to reset: the action answers 404, like for an unknown user.
    expect((await post(coordinatorUser.id)).status).toBe(404);
    // A coordinator signs in with the password only, then must set up a new app before anything else.
    const signIn = await settle(() =>
      signInAction(args(formRequest("/inloggen", { intent: "password", email: coordinatorEmail, password: DEMO_PASSWORD }))),
    );
    expect(signIn.status).toBe(302);
    const inbox = await settle(() => inboxLoader(args(getRequest("/wsp", { Cookie: cookieFrom(signIn) }))));
    expect([inbox.status, inbox.headers.get("Location")]).toEqual([302, "/account/tweestaps"]);
  });
});
