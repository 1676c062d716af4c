import type { SerializeFrom } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEmployers, demoStaff } from "~db/seed/demo";
import { lastMonths, median, monthStartUtc, shareWithinNorm } from "~/domain/dashboard";
import { workingDaysBetween } from "~/domain/working-days";
import { action, loader } from "~/routes/wsp.dashboard";
import { db } from "~/utils/db.server";
import { staffCookie } from "../support/auth";
import { setupDatabase, teardownDatabase } from "../support/db";
import { englishCookieHeader, nlError } from "../support/i18n";
import { args, formRequest, getRequest, settle } from "../support/requests";

type Data = SerializeFrom<typeof loader>;

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const staff = (role: string, region: string) => demoStaff.find((s) => s.role === role && s.regionName === region)!;
const userId = async (email: string) => (await db().selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
const regionId = async (name: string) => (await db().selectFrom("regions").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;

async function dashboard(email: string, url = "/wsp/dashboard", language?: string): Promise<Data> {
  const cookie = await staffCookie(email);
  const res = await settle(() => loader(args(getRequest(url, { Cookie: language ? `${cookie}; ${language}` : cookie }))));
  expect(res.status).toBe(200);
  return (await res.json()) as Data;
}

async function post(email: string, fields: Record<string, string>) {
  const cookie = await staffCookie(email);
  return settle(() => action(args(formRequest("/wsp/dashboard", fields, { Cookie: cookie }))));
}

/** The expected figures, counted the plain way: every row of the region, in TypeScript. */
async function expectedFigures(region: string) {
  const id = await regionId(region);
  const now = new Date();
  const since = monthStartUtc(lastMonths(now, 12)[0]!);
  const requests = await db().selectFrom("requests").selectAll().where("region_id", "=", id).execute();
  const leads = await db()
    .selectFrom("leads as l")
    .innerJoin("scans as s", "s.id", "l.scan_id")
    .selectAll("l")
    .where("l.region_id", "=", id)
    .where("s.shared_with_wsp", "=", 1)
    .execute();
  const scans = await db().selectFrom("scans").select(["started_at", "completed_at"]).where("region_id", "=", id).execute();
  const recentRequests = requests.filter((r) => r.created_at >= since);
  const recentLeads = leads.filter((l) => l.created_at >= since);
  const contacted = [...recentRequests, ...recentLeads].filter((i) => i.first_contact_at !== null);
  const norm = shareWithinNorm(
    [...recentRequests.filter((r) => !(r.status === "ingetrokken" && r.first_contact_at === null)), ...recentLeads].map((i) => ({
      dueAt: i.due_at,
      firstContactAt: i.first_contact_at,
    })),
    now,
  );
  return {
    requestsByStatus: requests.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {}),
    leadsByStage: leads.reduce<Record<string, number>>((acc, l) => ({ ...acc, [l.stage]: (acc[l.stage] ?? 0) + 1 }), {}),
    scansStarted: scans.filter((s) => s.started_at >= since).length,
    scansCompleted: scans.filter((s) => s.completed_at !== null && s.completed_at >= since).length,
    median: median(contacted.map((i) => workingDaysBetween(new Date(i.created_at), new Date(i.first_contact_at!)))),
    contacted: contacted.length,
    norm,
    openRequests: requests.filter((r) => !["afgewezen", "afgerond", "ingetrokken"].includes(r.status)).length,
    openLeads: leads.filter((l) => l.stage !== "afgerond").length,
  };
}

const nonZero = (rows: { count: number; stage?: string; status?: string }[], key: "stage" | "status") =>
  Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r[key]!, r.count]));

describe("the coordinator's dashboard", () => {
  it("shows the region's figures, matching direct counts", async () => {
    const data = await dashboard(staff("coordinator", "Rijnmond").email);
    const expected = await expectedFigures("Rijnmond");
    expect(data.region.wspName).toMatch(/Rijnmond/);
    expect(nonZero(data.requests, "status")).toEqual(expected.requestsByStatus);
    expect(nonZero(data.leads, "stage")).toEqual(expected.leadsByStage);
    expect(data.leads.map((s) => s.label)).toEqual(["Nieuw", "Contact opgenomen", "Gesprek gepland", "Gesprek gevoerd", "Acties lopen", "Afgerond"]);
    expect(data.scans).toHaveLength(12);
    expect(data.scans.reduce((n, m) => n + m.started, 0)).toBe(expected.scansStarted);
    expect(data.scans.reduce((n, m) => n + m.completed, 0)).toBe(expected.scansCompleted);
    expect(expected.scansCompleted).toBeGreaterThan(10);
    expect(data.firstContact).toEqual({ medianDays: expected.median, count: expected.contacted });
    expect(expected.contacted).toBeGreaterThan(0);
    expect(data.norm).toEqual(expected.norm);
    expect(data.norm.withinNorm + data.norm.missed).toBeGreaterThan(0);
    const open = data.openWork.reduce((acc, w) => ({ requests: acc.requests + w.requests, leads: acc.leads + w.leads }), { requests: 0, leads: 0 });
    expect(open).toEqual({ requests: expected.openRequests, leads: expected.openLeads });
    expect(data.openWork.map((w) => w.name)).toEqual(expect.arrayContaining(["Fatima El Amrani", "Joost de Vries", "Niet toegewezen"]));
    expect(data.scans[0]!.label).toMatch(/^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/);
  });

  it("names stages, statuses, months, rows and messages in English for a user who chose English", async () => {
    const data = await dashboard(staff("coordinator", "Rijnmond").email, "/wsp/dashboard?overgedragen=2", englishCookieHeader);
    expect(data.leads.map((s) => s.label)).toEqual(["New", "Contact made", "Meeting planned", "Meeting held", "Actions in progress", "Completed"]);
    expect(data.requests.find((s) => s.status === "toegekend")?.label).toBe("Granted");
    expect(data.scans[0]!.label).toMatch(/^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    expect(data.openWork.map((w) => w.name)).toContain("Not assigned");
    expect(data.message).toBe("The work has been handed over: 2 items.");
  });

  it("shows this year's budget per instrument with what is granted and left", async () => {
    const data = await dashboard(staff("coordinator", "Rijnmond").email);
    const polis = data.budgets.find((b) => b.name === "Less-Risk-polis")!;
    // The demo's active polis reserved € 500 of the polis and € 1000 of the jobcoach voucher.
    expect(polis).toMatchObject({ budgetCents: 2_500_000, reservedCents: 50_000, leftCents: 2_450_000, grants: 1, amountPerGrantCents: 50_000 });
    expect(data.budgets.find((b) => b.instrumentId === "jobcoach-voucher")).toMatchObject({ reservedCents: 100_000, grants: 1 });
    expect(data.budgets.map((b) => b.instrumentId)).not.toContain("loonkostensubsidie");
    expect(data.year).toBe(new Date().getUTCFullYear());
  });

  it("shows the Zuid-Limburg coordinator only Zuid-Limburg", async () => {
    const data = await dashboard(staff("coordinator", "Zuid-Limburg").email);
    const expected = await expectedFigures("Zuid-Limburg");
    const rijnmond = await expectedFigures("Rijnmond");
    expect(nonZero(data.requests, "status")).toEqual(expected.requestsByStatus);
    expect(nonZero(data.leads, "stage")).toEqual(expected.leadsByStage);
    expect(nonZero(data.leads, "stage")).not.toEqual(rijnmond.leadsByStage);
    expect(data.scans.reduce((n, m) => n + m.started, 0)).toBe(expected.scansStarted);
    expect(data.norm).toEqual(expected.norm);
    const text = JSON.stringify(data);
    for (const name of [
      ...demoEmployers.filter((e) => e.regionName === "Rijnmond").map((e) => e.name),
      ...demoStaff.filter((s) => s.regionName === "Rijnmond").map((s) => s.name),
      "Rijnmond",
    ]) {
      expect(text).not.toContain(name);
    }
    // Nothing of Rijnmond's polis grant.
    expect(data.budgets.find((b) => b.instrumentId === "less-risk-polis")).toMatchObject({ reservedCents: 0, grants: 0 });
  });

  it("answers 403 to an accountmanager, for the page and for changes", async () => {
    const am = staff("accountmanager", "Rijnmond").email;
    const cookie = await staffCookie(am);
    expect((await settle(() => loader(args(getRequest("/wsp/dashboard", { Cookie: cookie }))))).status).toBe(403);
    expect((await post(am, { intent: "budget", instrumentId: "less-risk-polis", budget: "1", amountPerGrant: "1" })).status).toBe(403);
    const to = await userId(staff("accountmanager", "Rijnmond").email);
    const from = await userId(demoStaff.find((s) => s.key === "am-rijnmond-2")!.email);
    expect((await post(am, { intent: "overdragen", fromUserId: from, toUserId: to })).status).toBe(403);
  });

  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const res = await settle(() => loader(args(getRequest("/wsp/dashboard"))));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toMatch(/^\/inloggen/);
  });
});

describe("budget management", () => {
  const coordinator = () => staff("coordinator", "Rijnmond").email;
  const budgetRow = async () =>
    db()
      .selectFrom("region_instruments")
      .select(["budget_cents", "amount_per_grant_cents"])
      .where("region_id", "=", await regionId("Rijnmond"))
      .where("instrument_id", "=", "less-risk-polis")
      .where("year", "=", new Date().getUTCFullYear())
      .executeTakeFirstOrThrow();
  const budgetAudits = async () => db().selectFrom("audit_events").selectAll().where("action", "=", "budget-change").execute();

  it("refuses a budget below what is already granted, and changes nothing", async () => {
    const before = await budgetRow();
    const res = await post(coordinator(), { intent: "budget", instrumentId: "less-risk-polis", budget: "100", amountPerGrant: "500" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string>; instrumentId: string };
    expect(body.instrumentId).toBe("less-risk-polis");
    expect(nlError(body.errors.budget)).toMatch(/^Het budget kan niet lager zijn dan wat al is toegekend \(€\s500,00\)\.$/);
    expect(await budgetRow()).toEqual(before);
    expect(await budgetAudits()).toEqual([]);
  });

  it("refuses amounts that are not amounts, with Dutch messages next to the field", async () => {
    const res = await post(coordinator(), { intent: "budget", instrumentId: "less-risk-polis", budget: "veel", amountPerGrant: "0" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string> };
    expect(nlError(body.errors.budget)).toMatch(/Vul een bedrag in euro in/);
    expect(nlError(body.errors.amountPerGrant)).toMatch(/meer dan € 0/);
    expect((await post(coordinator(), { intent: "budget", instrumentId: "less-risk-polis", budget: "", amountPerGrant: "500" })).status).toBe(400);
  });

  it("answers 404 for an instrument that has no regional budget", async () => {
    expect((await post(coordinator(), { intent: "budget", instrumentId: "loonkostensubsidie", budget: "1000", amountPerGrant: "10" })).status).toBe(404);
    expect((await post(coordinator(), { intent: "budget", instrumentId: "bestaat-niet", budget: "1000", amountPerGrant: "10" })).status).toBe(404);
  });

  it("stores a valid change in cents, for the own region only, and records it", async () => {
    const limburgBefore = await db()
      .selectFrom("region_instruments")
      .select(["budget_cents"])
      .where("region_id", "=", await regionId("Zuid-Limburg"))
      .where("instrument_id", "=", "less-risk-polis")
      .executeTakeFirstOrThrow();
    const res = await post(coordinator(), { intent: "budget", instrumentId: "less-risk-polis", budget: "30.000,50", amountPerGrant: "600" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/wsp/dashboard?opgeslagen=less-risk-polis");
    expect(await budgetRow()).toEqual({ budget_cents: 3_000_050, amount_per_grant_cents: 60_000 });
    const limburgAfter = await db()
      .selectFrom("region_instruments")
      .select(["budget_cents"])
      .where("region_id", "=", await regionId("Zuid-Limburg"))
      .where("instrument_id", "=", "less-risk-polis")
      .executeTakeFirstOrThrow();
    expect(limburgAfter).toEqual(limburgBefore);
    const audits = await budgetAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actor_id: await userId(coordinator()),
      actor_role: "coordinator",
      subject_id: "less-risk-polis",
      region_id: await regionId("Rijnmond"),
    });
    expect(JSON.parse(audits[0]!.details!)).toMatchObject({ to: { budgetCents: 3_000_050, amountPerGrantCents: 60_000 }, from: { budgetCents: 2_500_000 } });

    const data = await dashboard(coordinator());
    expect(data.message).toBeNull();
    expect(data.budgets.find((b) => b.instrumentId === "less-risk-polis")).toMatchObject({ budgetCents: 3_000_050, leftCents: 2_950_050 });
  });

  it("a budget exactly equal to what is granted is allowed", async () => {
    const res = await post(coordinator(), { intent: "budget", instrumentId: "less-risk-polis", budget: "500", amountPerGrant: "500" });
    expect(res.status).toBe(302);
    expect((await budgetRow()).budget_cents).toBe(50_000);
  });
});

describe("handing over work", () => {
  const coordinator = () => staff("coordinator", "Rijnmond").email;

  async function workOf(id: string) {
    const requests = await db().selectFrom("requests").select(["id", "status"]).where("assigned_to", "=", id).execute();
    const leads = await db().selectFrom("leads").select(["scan_id", "stage"]).where("assigned_to", "=", id).execute();
    const closed = ["afgewezen", "afgerond", "ingetrokken"];
    return {
      openRequests: requests.filter((r) => !closed.includes(r.status)).map((r) => r.id).sort(),
      closedRequests: requests.filter((r) => closed.includes(r.status)).map((r) => r.id).sort(),
      openLeads: leads.filter((l) => l.stage !== "afgerond").map((l) => l.scan_id).sort(),
      closedLeads: leads.filter((l) => l.stage === "afgerond").map((l) => l.scan_id).sort(),
    };
  }

  it("refuses a colleague of another region with 404 and changes nothing", async () => {
    const fatima = await userId(staff("accountmanager", "Rijnmond").email);
    const ruud = await userId(staff("accountmanager", "Zuid-Limburg").email);
    const before = await workOf(fatima);
    expect((await post(coordinator(), { intent: "overdragen", fromUserId: fatima, toUserId: ruud })).status).toBe(404);
    expect((await post(coordinator(), { intent: "overdragen", fromUserId: ruud, toUserId: fatima })).status).toBe(404);
    const limburgCoordinator = await userId(staff("coordinator", "Zuid-Limburg").email);
    expect((await post(coordinator(), { intent: "overdragen", fromUserId: fatima, toUserId: limburgCoordinator })).status).toBe(404);
    expect(await workOf(fatima)).toEqual(before);
  });

  it("refuses the same colleague twice or nobody, with a message", async () => {
    const fatima = await userId(staff("accountmanager", "Rijnmond").email);
    const same = await post(coordinator(), { intent: "overdragen", fromUserId: fatima, toUserId: fatima });
    expect(same.status).toBe(400);
    expect(nlError(((await same.json()) as { errors: Record<string, string> }).errors.toUserId)).toMatch(/andere collega/);
    const empty = await post(coordinator(), { intent: "overdragen", fromUserId: fatima, toUserId: "" });
    expect(nlError(((await empty.json()) as { errors: Record<string, string> }).errors.toUserId)).toBe("Kies wie het werk krijgt.");
  });

  it("moves only the open requests and leads to the colleague, and records each", async () => {
    const fatima = await userId(staff("accountmanager", "Rijnmond").email);
    const joost = await userId(demoStaff.find((s) => s.key === "am-rijnmond-2")!.email);
    // Make sure Fatima also has closed work that must stay hers.
    const openLead = await db().selectFrom("leads").select("scan_id").where("assigned_to", "=", fatima).where("stage", "!=", "afgerond").executeTakeFirstOrThrow();
    await db().updateTable("leads").set({ stage: "afgerond" }).where("scan_id", "=", openLead.scan_id).execute();
    const before = await workOf(fatima);
    const joostBefore = await workOf(joost);
    const unsharedOpen = await db()
      .selectFrom("leads as l")
      .innerJoin("scans as s", "s.id", "l.scan_id")
      .select("l.scan_id")
      .where("l.assigned_to", "=", fatima)
      .where("l.stage", "!=", "afgerond")
      .where("s.shared_with_wsp", "=", 0)
      .execute();
    expect(before.openRequests.length + before.openLeads.length).toBeGreaterThan(0);
    expect(before.closedLeads.length).toBeGreaterThan(0);
    const limburg = await db().selectFrom("leads").select(["scan_id", "assigned_to"]).where("region_id", "=", await regionId("Zuid-Limburg")).execute();

    const res = await post(coordinator(), { intent: "overdragen", fromUserId: fatima, toUserId: joost });
    expect(res.status).toBe(302);
    const moved = before.openRequests.length + before.openLeads.length - unsharedOpen.length;
    expect(res.headers.get("Location")).toBe(`/wsp/dashboard?overgedragen=${moved}`);

    const after = await workOf(fatima);
    expect(after.openRequests).toEqual([]);
    expect(after.openLeads).toEqual(unsharedOpen.map((l) => l.scan_id).sort());
    expect(after.closedRequests).toEqual(before.closedRequests);
    expect(after.closedLeads).toEqual(before.closedLeads);
    const joostAfter = await workOf(joost);
    expect(joostAfter.openRequests).toEqual([...joostBefore.openRequests, ...before.openRequests].sort());
    expect(joostAfter.closedLeads).toEqual(joostBefore.closedLeads);
    expect(await db().selectFrom("leads").select(["scan_id", "assigned_to"]).where("region_id", "=", await regionId("Zuid-Limburg")).execute()).toEqual(limburg);

    const audits = await db().selectFrom("audit_events").select(["subject_type", "subject_id", "details"]).where("action", "=", "reassign").execute();
    expect(audits).toHaveLength(moved);
    expect(audits.map((a) => a.subject_id).sort()).toEqual([...before.openRequests, ...before.openLeads.filter((id) => !unsharedOpen.some((u) => u.scan_id === id))].sort());
    expect(JSON.parse(audits[0]!.details!)).toMatchObject({ from: fatima, to: joost });

    const data = await dashboard(coordinator());
    expect(data.openWork.find((w) => w.name === "Fatima El Amrani")).toMatchObject({ requests: 0, leads: 0 });
    const cookie = await staffCookie(coordinator());
    const again = await settle(() => loader(args(getRequest(`/wsp/dashboard?overgedragen=${moved}`, { Cookie: cookie }))));
    expect(((await again.json()) as Data).message).toBe(`Het werk is overgedragen: ${moved} ${moved === 1 ? "item" : "items"}.`);
  });
});
