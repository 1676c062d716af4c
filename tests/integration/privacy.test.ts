import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEmployers, demoStaff } from "~db/seed/demo";
import { optOut } from "~/models/invitation.server";
import { action as reportAction, loader as reportLoader } from "~/routes/rapport.$scanId";
import { action as conversationAction } from "~/routes/mijn.aanvragen.gesprek";
import { action as myDataAction, loader as myDataLoader } from "~/routes/mijn.gegevens";
import { loader as exportLoader } from "~/routes/mijn.gegevens[.json]";
import { action as fileAction, loader as fileLoader } from "~/routes/wsp.werkgevers.$employerId";
import { action as signInAction } from "~/routes/inloggen";
import { db } from "~/utils/db.server";
import { newToken } from "~/utils/ids.server";
import { getSessionUser } from "~/utils/session.server";
import { employerCookie, staffCookie } from "../support/auth";
import { setupDatabase, teardownDatabase } from "../support/db";
import { englishCookieHeader, nlError } from "../support/i18n";
import { args, formRequest, getRequest, settle } from "../support/requests";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const accountManager = demoStaff.find((s) => s.role === "accountmanager" && s.regionName === "Rijnmond")!.email;
const demo = (key: string) => demoEmployers.find((e) => e.key === key)!;
const employerByKey = (key: string) => db().selectFrom("employers").selectAll().where("kvk", "=", demo(key).kvk).executeTakeFirstOrThrow();

/** Every row of every table, as text (table names from Kysely's introspection: SQLite and PostgreSQL alike). */
async function everyTable(): Promise<Record<string, string>> {
  const tables = await db().introspection.getTables();
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db());
    out[name] = JSON.stringify(rows.rows);
  }
  return out;
}

const tablesContaining = (tables: Record<string, string>, needle: string) =>
  Object.entries(tables)
    .filter(([, text]) => text.toLowerCase().includes(needle.toLowerCase()))
    .map(([name]) => name);

describe("download all my data", () => {
  it("contains the employer's company, scans with answers, consents, requests with history, WSP notes and mails — nothing of another employer", async () => {
    const bakery = await employerByKey("korenschoof");
    const staff = await staffCookie(accountManager);
    await fileAction(
      args(formRequest(`/wsp/werkgevers/${bakery.id}`, { intent: "notitie", kind: "telefoon", body: "Gebeld over de nieuwe bakker.", happenedOn: "2026-11-20" }, { Cookie: staff }), {
        employerId: bakery.id,
      }),
    );
    await settle(() => fileLoader(args(getRequest(`/wsp/werkgevers/${bakery.id}`, { Cookie: staff }), { employerId: bakery.id })));

    const cookie = await employerCookie(bakery.id);
    // A request without budget: mails the employer (request-received) and the accountmanager (naming the company).
    await conversationAction(
      args(formRequest("/mijn/aanvragen/gesprek", { submissionKey: newToken(), topic: "anders", message: "Graag een belletje.", contactPreference: "telefoon" }, { Cookie: cookie })),
    );
    const res = await exportLoader(args(getRequest("/mijn/gegevens.json", { Cookie: cookie })));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("application/json");
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await res.text();
    const data = JSON.parse(text) as {
      company: { name: string; kvk: string };
      contact: { email: string };
      scans: { answers: unknown[]; result: unknown }[];
      consents: unknown[];
      requests: { details: Record<string, unknown>; history: unknown[] }[];
      wspNotes: { body: string }[];
      mailsToYou: { to_address: string }[];
      accessLog: { action: string }[];
    };
    expect(data.company).toMatchObject({ name: bakery.name, kvk: bakery.kvk });
    expect(data.contact.email).toBe(bakery.email);
    expect(data.scans.length).toBe(2);
    for (const scan of data.scans) {
      expect(scan.answers.length).toBeGreaterThan(10);
      expect(scan.result).not.toBeNull();
    }
    expect(data.consents.length).toBeGreaterThan(0);
    expect(data.requests[0]?.details.candidateInitials).toBe("M.B.");
    expect(data.requests[0]?.history.length).toBeGreaterThan(1);
    expect(data.wspNotes.map((n) => n.body)).toContain("Gebeld over de nieuwe bakker.");
    expect(data.mailsToYou.length).toBeGreaterThan(0);
    for (const mail of data.mailsToYou) expect(mail.to_address).toBe(bakery.email);
    expect(data.accessLog.map((a) => a.action)).toContain("view");

    // Nothing of other employers, and no secrets.
    for (const other of demoEmployers.filter((e) => e.key !== "korenschoof")) {
      const row = await employerByKey(other.key);
      for (const value of [row.id, row.name, row.kvk, row.email, row.contact_name]) expect(text).not.toContain(value);
    }
    const secrets = [
      ...(await db().selectFrom("users").select("password_hash").where("password_hash", "is not", null).execute()).map((u) => u.password_hash!),
      ...(await db().selectFrom("login_tokens").select("token_hash").execute()).map((t) => t.token_hash),
      ...(await db().selectFrom("sessions").select("id").execute()).map((s) => s.id),
    ];
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/password|token_hash/);
  });

  it("is only for a signed-in employer", async () => {
    const anonymous = await settle(() => exportLoader(args(getRequest("/mijn/gegevens.json"))));
    expect(anonymous.status).toBe(302);
    const staffCookieHeader = await staffCookie(accountManager);
    const staff = await settle(() => exportLoader(args(getRequest("/mijn/gegevens.json", { Cookie: staffCookieHeader }))));
    expect(staff.status).toBe(403);
  });
});

describe("withdrawing consent", () => {
  it("records a new consent row with granted = 0 and hides the report from the WSP at once", async () => {
    const bakery = await employerByKey("korenschoof");
    const cookie = await employerCookie(bakery.id);
    const page = (await (await settle(() => myDataLoader(args(getRequest("/mijn/gegevens", { Cookie: cookie }))))).json()) as {
      scans: { scanId: string; wsp: { shared: boolean; consent: { granted: boolean; textVersion: string } | null } }[];
    };
    const shared = page.scans.find((s) => s.wsp.shared)!;
    expect(shared.wsp.consent).toMatchObject({ granted: true, textVersion: "delen-wsp-2026-11b" });
    const staff = await staffCookie(accountManager);
    const before = await settle(() => reportLoader(args(getRequest(`/rapport/${shared.scanId}`, { Cookie: staff }), { scanId: shared.scanId })));
    expect(before.status).toBe(200);

    const res = await settle(() =>
      myDataAction(args(formRequest("/mijn/gegevens", { intent: "intrekken", scanId: shared.scanId, party: "wsp" }, { Cookie: cookie }))),
    );
    expect(res.status).toBe(302);
    const consent = await db()
      .selectFrom("consents")
      .selectAll()
      .where("scan_id", "=", shared.scanId)
      .where("party", "=", "wsp")
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    expect(consent).toMatchObject({ granted: 0, text_version: "delen-wsp-2026-11b", employer_id: bakery.id });
    const after = await settle(() => reportLoader(args(getRequest(`/rapport/${shared.scanId}`, { Cookie: staff }), { scanId: shared.scanId })));
    expect(after.status).toBe(404);

    const again = await settle(() =>
      myDataAction(args(formRequest("/mijn/gegevens", { intent: "intrekken", scanId: shared.scanId, party: "wsp" }, { Cookie: cookie }))),
    );
    expect(again.status).toBe(400);
  });

  it("withdraws sharing with the werkgeversorganisatie the same way", async () => {
    // Set-up: a completed scan that came through the demo campaign, shared with the organisation on the report page.
    const haven = await employerByKey("havenlogistiek");
    const campaign = await db().selectFrom("campaigns").select(["id", "organisation_id"]).where("code", "=", "NAJAAR26").executeTakeFirstOrThrow();
    const scan = { ...(await db().selectFrom("scans").select(["id", "employer_id"]).where("employer_id", "=", haven.id).where("status", "=", "completed").executeTakeFirstOrThrow()), organisation_id: campaign.organisation_id };
    await db().updateTable("scans").set({ campaign_id: campaign.id }).where("id", "=", scan.id).execute();
    const owner = await employerCookie(haven.id);
    const shared = await settle(() => reportAction(args(formRequest(`/rapport/${scan.id}`, { share: "nee", shareOrganisation: "ja" }, { Cookie: owner }), { scanId: scan.id })));
    expect(shared.status).toBe(302);
    const organisationStaff = await staffCookie(demoStaff.find((s) => s.role === "organisation")!.email);
    const view = () => settle(() => reportLoader(args(getRequest(`/rapport/${scan.id}`, { Cookie: organisationStaff }), { scanId: scan.id })));
    expect((await view()).status).toBe(200);
    const cookie = await employerCookie(scan.employer_id);
    const res = await settle(() => myDataAction(args(formRequest("/mijn/gegevens", { intent: "intrekken", scanId: scan.id, party: "organisation" }, { Cookie: cookie }))));
    expect(res.status).toBe(302);
    expect((await view()).status).toBe(404);
    const consent = await db()
      .selectFrom("consents")
      .selectAll()
      .where("scan_id", "=", scan.id)
      .where("party", "=", "organisation")
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    expect(consent).toMatchObject({ granted: 0, party_id: scan.organisation_id, text_version: "delen-organisatie-2026-11" });
  });

  it("answers 404 for another employer's scan and changes nothing", async () => {
    const bakery = await employerByKey("korenschoof");
    const other = await employerByKey("zorgdrie");
    const scan = await db().selectFrom("scans").select(["id", "shared_with_wsp"]).where("employer_id", "=", other.id).where("shared_with_wsp", "=", 1).executeTakeFirstOrThrow();
    const cookie = await employerCookie(bakery.id);
    const res = await settle(() => myDataAction(args(formRequest("/mijn/gegevens", { intent: "intrekken", scanId: scan.id, party: "wsp" }, { Cookie: cookie }))));
    expect(res.status).toBe(404);
    expect((await db().selectFrom("scans").select("shared_with_wsp").where("id", "=", scan.id).executeTakeFirstOrThrow()).shared_with_wsp).toBe(1);
  });

  it("records the English text version when the employer chose in English", async () => {
    const bakery = await employerByKey("korenschoof");
    const scan = await db().selectFrom("scans").select("id").where("employer_id", "=", bakery.id).where("status", "=", "completed").executeTakeFirstOrThrow();
    const cookie = `${await employerCookie(bakery.id)}; ${englishCookieHeader}`;
    const english = async () =>
      (await db().selectFrom("consents").select(["granted", "text_version"]).where("scan_id", "=", scan.id).where("text_version", "like", "%-en").execute())
        .map((r) => `${r.text_version}:${r.granted}`)
        .sort();
    expect(await english()).toEqual([]);
    const shared = await settle(() => reportAction(args(formRequest(`/rapport/${scan.id}`, { share: "ja" }, { Cookie: cookie }), { scanId: scan.id })));
    expect(shared.status).toBe(302);
    expect(await english()).toEqual(["delen-wsp-2026-11b-en:1"]);
    const withdrawn = await settle(() => myDataAction(args(formRequest("/mijn/gegevens", { intent: "intrekken", scanId: scan.id, party: "wsp" }, { Cookie: cookie }))));
    expect(withdrawn.status).toBe(302);
    expect(await english()).toEqual(["delen-wsp-2026-11b-en:0", "delen-wsp-2026-11b-en:1"]);
  });
});

describe("deleting the account", () => {
  it("is a 400 without the company name, or with a wrong one, and deletes nothing", async () => {
    const bakery = await employerByKey("korenschoof");
    const cookie = await employerCookie(bakery.id);
    for (const companyName of ["", "Een andere bakkerij"]) {
      const res = await settle(() => myDataAction(args(formRequest("/mijn/gegevens", { intent: "verwijderen", companyName }, { Cookie: cookie }))));
      expect(res.status).toBe(400);
      expect(nlError(((await res.json()) as { errors: Record<string, string> }).errors.companyName)).toMatch(/naam/i);
    }
    expect(await db().selectFrom("employers").select("id").where("id", "=", bakery.id).executeTakeFirst()).toBeDefined();
  });

  it("removes every personal and company detail, keeps budgets and benchmark counts, and signs out", async () => {
    const bakery = await employerByKey("korenschoof");
    const contact = await db().selectFrom("users").selectAll().where("employer_id", "=", bakery.id).executeTakeFirstOrThrow();
    const cookie = await employerCookie(bakery.id);
    // Besides the demo data and the first test: an opt-out (kept).
    await optOut(bakery.email);
    const requests = await db().selectFrom("requests").select(["id", "type"]).where("employer_id", "=", bakery.id).execute();
    expect(requests.map((r) => r.type).sort()).toEqual(["gesprek", "less-risk-polis"]);
    const polis = requests.find((r) => r.type === "less-risk-polis")!;
    const ledger = async () =>
      db().selectFrom("budget_ledger").select(["id", "region_id", "instrument_id", "year", "request_id", "amount_cents"]).orderBy("id").execute();
    const benchmark = async () => db().selectFrom("benchmark_counts").selectAll().orderBy("group_key").orderBy("pillar_id").orderBy("score").execute();
    const [ledgerBefore, benchmarkBefore] = [await ledger(), await benchmark()];
    expect(ledgerBefore.some((l) => l.request_id === polis.id)).toBe(true);
    expect(benchmarkBefore.length).toBeGreaterThan(0);
    const staffMails = await db().selectFrom("mail_outbox").select("id").where("text_body", "like", `%${bakery.name}%`).where("to_address", "!=", bakery.email).execute();
    expect(staffMails.length).toBeGreaterThan(0);
    const otherEmployer = await employerByKey("glans");
    const otherScans = await db().selectFrom("scans").select("id").where("employer_id", "=", otherEmployer.id).execute();

    const res = await settle(() =>
      myDataAction(args(formRequest("/mijn/gegevens", { intent: "verwijderen", companyName: `  ${bakery.name.toUpperCase()} ` }, { Cookie: cookie }))),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/account-verwijderd");
    expect(res.headers.get("Set-Cookie")).toMatch(/wgp_session=;.*Max-Age=0/);
    expect(await getSessionUser(getRequest("/mijn", { Cookie: cookie }))).toBeNull();

    // Nothing personal left anywhere, except the address on the opt-out list (kept so they are never mailed again).
    const tables = await everyTable();
    for (const value of [bakery.id, bakery.name, bakery.kvk, bakery.contact_name, bakery.phone!, contact.id, "M.B.", "Medewerker bakkerij", "Graag een belletje."]) {
      expect(tablesContaining(tables, value), value).toEqual([]);
    }
    expect(tablesContaining(tables, bakery.email)).toEqual(["invitation_optouts"]);
    expect(await db().selectFrom("mail_outbox").select("id").where("text_body", "like", `%${bakery.name}%`).execute()).toEqual([]);

    // Budgets add up as before; the polis stays, anonymised, under a placeholder without data.
    expect(await ledger()).toEqual(ledgerBefore);
    const kept = await db().selectFrom("requests").selectAll().where("id", "=", polis.id).executeTakeFirstOrThrow();
    expect(JSON.parse(kept.details_json)).toEqual({ wantsPolis: "ja", wantsVoucher: "ja" });
    expect(kept).toMatchObject({ decision_reason: null, created_by: null, scan_id: null });
    expect(kept.anonymised_at).not.toBeNull();
    const placeholder = await db().selectFrom("employers").selectAll().where("id", "=", kept.employer_id).executeTakeFirstOrThrow();
    expect(placeholder).toMatchObject({ name: "Verwijderde werkgever", contact_name: "", email: "", phone: null, municipality_code: null, fte: 0 });
    expect(await db().selectFrom("users").select("id").where("employer_id", "=", placeholder.id).execute()).toEqual([]);
    expect(await db().selectFrom("requests").select("id").where("type", "=", "gesprek").where("employer_id", "=", placeholder.id).execute()).toEqual([]);

    // Peer figures unchanged; other employers untouched; one audit event without personal data.
    expect(await benchmark()).toEqual(benchmarkBefore);
    expect(await db().selectFrom("scans").select("id").where("employer_id", "=", otherEmployer.id).execute()).toEqual(otherScans);
    const event = await db().selectFrom("audit_events").selectAll().where("action", "=", "delete-account").executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_id: null, actor_role: "employer", subject_type: "employer", subject_id: placeholder.id });

    // Asking for a sign-in link sends nothing: the address is no longer known.
    const ask = await settle(() => signInAction(args(formRequest("/inloggen", { intent: "link", email: bakery.email }))));
    expect(ask.status).toBe(200);
    expect(await db().selectFrom("mail_outbox").select("id").where("to_address", "=", bakery.email).execute()).toEqual([]);
    expect(await db().selectFrom("login_tokens").select("id").where("user_id", "=", contact.id).execute()).toEqual([]);
  });
});
