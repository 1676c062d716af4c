// The data set behind `npm run bench`, made small: it must be shaped like real
// data (so pages do their real work) and the same on every run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestDefinition } from "~/content/questionnaire";
import { canTransition, holdsBudget, type CaseStatus, type CaseType } from "~/domain/case-status";
import { scoreScan } from "~/domain/scoring";
import { loadAnswers } from "~/models/scan.server";
import { loader as reportLoader } from "~/routes/rapport.$scanId";
import { action as pillarAction } from "~/routes/scan.$scanId.$pillarId";
import { loader as inboxLoader } from "~/routes/wsp._index";
import { loader as pingLoader } from "~/routes/ping";
import { db } from "~/utils/db.server";
import { newSession, sessionCookieHeader } from "~/utils/session.server";
import { openDatabase } from "~db/connection";
import { migrateToLatest } from "~db/migrate";
import { BIG_REGION_NAME, seedBench, type BenchSize } from "~db/seed/bench";
import { generateAnswers, prng } from "~db/seed/generate";
import { seedReference } from "~db/seed/index";
import { setupDatabase, teardownDatabase } from "../support/db";
import { args, formRequest, getRequest } from "../support/requests";

const size: BenchSize = { employers: 120, completedScans: 260, requests: 150, inProgressScans: 10 };
const now = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  await setupDatabase({ reference: true });
  await seedBench(db(), size, now);
});
afterAll(teardownDatabase);

const count = async (query: Promise<{ n: number | string | bigint }>) => Number((await query).n);

async function signIn(userId: string, role: "employer" | "accountmanager") {
  const { token, row } = newSession({ id: userId, role }, new Date());
  await db().insertInto("sessions").values(row).execute();
  return sessionCookieHeader(token);
}

describe("bench data set", () => {
  it("has the asked numbers of employers, completed scans, scans in progress and requests, over all 35 regions", async () => {
    expect(await count(db().selectFrom("employers").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow())).toBe(120);
    const scans = await db().selectFrom("scans").select(["status", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("status").execute();
    expect(Object.fromEntries(scans.map((s) => [s.status, Number(s.n)]))).toEqual({ completed: 260, in_progress: 10 });
    expect(await count(db().selectFrom("requests").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow())).toBe(150);
    const regions = await db().selectFrom("employers").select((eb) => eb.fn.count<number>("region_id").distinct().as("n")).executeTakeFirstOrThrow();
    expect(Number(regions.n)).toBe(35);
  });

  it("keeps results that follow from the stored answers, and peer histograms of each employer's latest scan", async () => {
    const definition = latestDefinition();
    const sample = await db().selectFrom("scans").select(["id", "result_json"]).where("status", "=", "completed").limit(20).execute();
    for (const scan of sample) {
      expect(JSON.parse(scan.result_json!)).toEqual(scoreScan(definition, await loadAnswers(scan.id)));
    }
    const latest = await db()
      .selectFrom("scans")
      .select(["employer_id", (eb) => eb.fn.max("completed_at").as("last"), (eb) => eb.fn.sum<number>("in_benchmark").as("counted")])
      .where("status", "=", "completed")
      .groupBy("employer_id")
      .execute();
    expect(latest).toHaveLength(120);
    expect(latest.every((l) => Number(l.counted) === 1)).toBe(true);
    // Per sector and size class, each pillar's histogram holds exactly the scans counted in that group.
    const groups = await db()
      .selectFrom("scans")
      .select(["sector_id", "size_class", (eb) => eb.fn.countAll<number>().as("n")])
      .where("in_benchmark", "=", 1)
      .groupBy(["sector_id", "size_class"])
      .execute();
    const sums = await db()
      .selectFrom("benchmark_counts")
      .select(["group_key", "pillar_id", (eb) => eb.fn.sum<number>("count").as("total")])
      .groupBy(["group_key", "pillar_id"])
      .execute();
    for (const g of groups) {
      const totals = sums.filter((s) => s.group_key === `sector:${g.sector_id}|size:${g.size_class}`).map((s) => Number(s.total));
      expect(totals).toHaveLength(5);
      for (const t of totals) expect(t).toBeLessThanOrEqual(Number(g.n));
    }
    expect(sums.filter((s) => s.group_key === "all").reduce((a, s) => Math.max(a, Number(s.total)), 0)).toBe(120);
  });

  it("has a lead and a consent for every shared scan, and none for the others", async () => {
    const shared = await db().selectFrom("scans").select("id").where("shared_with_wsp", "=", 1).execute();
    const leads = await db().selectFrom("leads").select("scan_id").execute();
    const consents = await db().selectFrom("consents").select("scan_id").where("party", "=", "wsp").where("granted", "=", 1).execute();
    const ids = shared.map((s) => s.id).sort();
    expect(shared.length).toBeGreaterThan(0);
    expect(leads.map((l) => l.scan_id).sort()).toEqual(ids);
    expect(consents.map((c) => c.scan_id).sort()).toEqual(ids);
  });

  it("builds every request's history from allowed status changes, with the budget held only while granted", async () => {
    const requests = await db().selectFrom("requests").select(["id", "type", "status"]).execute();
    const events = await db().selectFrom("request_events").select(["request_id", "at", "actor_role", "from_status", "to_status"]).orderBy("at").execute();
    const ledger = await db().selectFrom("budget_ledger").select(["request_id", "amount_cents"]).execute();
    let granted = 0;
    for (const r of requests) {
      const history = events.filter((e) => e.request_id === r.id);
      expect(history[0]).toMatchObject({ from_status: null, to_status: "ingediend", actor_role: "employer" });
      for (const e of history.slice(1)) {
        expect(canTransition(r.type as CaseType, e.from_status as CaseStatus, e.to_status as CaseStatus, e.actor_role as "wsp" | "employer")).toBe(true);
      }
      expect(history[history.length - 1]!.to_status).toBe(r.status);
      const held = ledger.filter((l) => l.request_id === r.id).reduce((sum, l) => sum + l.amount_cents, 0);
      const needsBudget = r.type !== "gesprek";
      expect(held > 0).toBe(needsBudget && holdsBudget(r.status as CaseStatus));
      if (held > 0) granted++;
    }
    expect(granted).toBeGreaterThan(0);
  });

  it("is the same data on every run", async () => {
    const snapshot = async () => {
      const handle = openDatabase("file::memory:");
      await migrateToLatest(handle.db);
      await seedReference(handle.db);
      await seedBench(handle.db, { employers: 30, completedScans: 45, requests: 20, inProgressScans: 3 }, now);
      const scans = await handle.db.selectFrom("scans").select(["id", "employer_id", "result_json", "completed_at"]).orderBy("id").execute();
      const requests = await handle.db.selectFrom("requests").select(["id", "status", "created_at"]).orderBy("id").execute();
      await handle.close();
      return { scans, requests };
    };
    const first = await snapshot();
    expect(first.scans).toHaveLength(48);
    expect(await snapshot()).toEqual(first);
  });
});

describe("pages on the bench data", () => {
  it("shows an employer's report with a comparison with peers", async () => {
    const scan = await db()
      .selectFrom("scans as s")
      .innerJoin("users as u", "u.employer_id", "s.employer_id")
      .select(["s.id", "u.id as userId"])
      .where("s.in_benchmark", "=", 1)
      .executeTakeFirstOrThrow();
    const cookie = await signIn(scan.userId, "employer");
    const data = await (await reportLoader(args(getRequest(`/rapport/${scan.id}`, { Cookie: cookie }), { scanId: scan.id }))).json();
    expect(data.isOwner).toBe(true);
    expect(data.view.comparison.level).not.toBe("none");
    expect(data.view.opportunities.length).toBeGreaterThan(0);
  });

  it("saves a pillar page of a scan in progress and goes on to the next one", async () => {
    const definition = latestDefinition();
    const scan = await db()
      .selectFrom("scans as s")
      .innerJoin("users as u", "u.employer_id", "s.employer_id")
      .select(["s.id", "u.id as userId"])
      .where("s.status", "=", "in_progress")
      .executeTakeFirstOrThrow();
    const cookie = await signIn(scan.userId, "employer");
    const [pillar, next] = definition.pillars.slice(2, 4);
    const answers = generateAnswers(definition, prng(1), 0.5);
    const fields = Object.fromEntries(pillar!.questions.map((q) => [q.id, answers[q.id]!]));
    const res = await pillarAction(args(formRequest(`/scan/${scan.id}/${pillar!.id}`, { ...fields, intent: "next" }, { Cookie: cookie }), { scanId: scan.id, pillarId: pillar!.id }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/scan/${scan.id}/${next!.id}`);
    expect(await loadAnswers(scan.id)).toMatchObject(fields);
  });

  it("fills the inbox of an accountmanager in the big region", async () => {
    const am = await db()
      .selectFrom("users as u")
      .innerJoin("regions as r", "r.id", "u.region_id")
      .select("u.id")
      .where("r.name", "=", BIG_REGION_NAME)
      .where("u.role", "=", "accountmanager")
      .executeTakeFirstOrThrow();
    const cookie = await signIn(am.id, "accountmanager");
    const data = await (await inboxLoader(args(getRequest("/wsp", { Cookie: cookie })))).json();
    expect(data.total).toBeGreaterThan(0);
    expect(data.items.length).toBeGreaterThan(0);
  });

  it("has a bare route that answers without a session or database", async () => {
    const res = pingLoader();
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
  });
});
