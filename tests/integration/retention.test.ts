import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEmployers } from "~db/seed/demo";
import { DEFAULT_RETENTION } from "~/domain/retention";
import { dailyRunSummary, runDailyJobs } from "~/models/daily-job.server";
import { db } from "~/utils/db.server";
import { newId, newToken } from "~/utils/ids.server";
import { setupDatabase, teardownDatabase } from "../support/db";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const now = new Date("2027-03-01T06:00:00.000Z");
const DAY = 24 * 3600_000;
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

async function employer() {
  return db().selectFrom("employers").selectAll().where("kvk", "=", demoEmployers[0]!.kvk).executeTakeFirstOrThrow();
}

async function addScan(status: "in_progress" | "completed", updatedAt: string) {
  const e = await employer();
  const id = newId();
  await db()
    .insertInto("scans")
    .values({
      id,
      employer_id: e.id,
      questionnaire_version: 1,
      status,
      campaign_code: null,
      start_key: null,
      sector_id: e.sector_id,
      fte: e.fte,
      region_id: e.region_id,
      started_at: updatedAt,
      updated_at: updatedAt,
      completed_at: status === "completed" ? updatedAt : null,
      overall_score: null,
      result_json: null,
      size_class: null,
      sharing_asked_at: null,
      campaign_id: null,
    })
    .execute();
  await db().insertInto("scan_answers").values({ scan_id: id, question_id: "q1", option_id: "a", updated_at: updatedAt }).execute();
  return id;
}

async function addRequest(closedAt: string | null) {
  const e = await employer();
  const id = newId();
  await db()
    .insertInto("requests")
    .values({
      id,
      employer_id: e.id,
      region_id: e.region_id,
      type: "less-risk-polis",
      status: closedAt ? "afgerond" : "actief",
      submission_key: newToken(),
      details_json: JSON.stringify({ wantsPolis: "ja", candidateInitials: "R.T.", role: "Inpakker", startDate: "2024-01-08" }),
      parent_request_id: null,
      scan_id: null,
      assigned_to: null,
      due_at: ago(1000 * DAY),
      first_contact_at: null,
      decided_at: ago(1000 * DAY),
      decision_reason: "Kandidaat R.T. past goed.",
      closed_at: closedAt,
      created_by: null,
      created_at: ago(1000 * DAY),
      updated_at: closedAt ?? ago(1000 * DAY),
    })
    .execute();
  await db()
    .insertInto("request_events")
    .values({ id: newId(), request_id: id, at: ago(1000 * DAY), actor_id: null, actor_role: "wsp", kind: "note", from_status: null, to_status: null, note: "R.T. begint maandag." })
    .execute();
  return id;
}

describe("the daily job applies the retention periods", () => {
  it("deletes unfinished scans older than 90 days and anonymises requests closed more than 730 days ago, exactly at the boundaries", async () => {
    const scanDue = await addScan("in_progress", ago(90 * DAY + 1));
    const scanAtBoundary = await addScan("in_progress", ago(90 * DAY));
    const oldCompleted = await addScan("completed", ago(400 * DAY));
    const requestDue = await addRequest(ago(730 * DAY + 1));
    const requestAtBoundary = await addRequest(ago(730 * DAY));
    const openRequest = await addRequest(null);
    await db().insertInto("rate_limits").values({ key: "test", window_start: ago(2 * DAY), count: 3 }).execute();
    const scansBefore = await db().selectFrom("scans").select("id").where("status", "=", "in_progress").where("updated_at", "<", ago(90 * DAY)).execute();
    expect(scansBefore.map((s) => s.id)).toContain(scanDue);

    const run = await runDailyJobs(db(), now, "http://localhost:3000", DEFAULT_RETENTION);
    expect(run.retention).toEqual({ scansDeleted: scansBefore.length, requestsAnonymised: 1 });
    expect(run.rateLimitsPruned).toBeGreaterThanOrEqual(1);
    expect(dailyRunSummary(run)).toContain(`${scansBefore.length} onafgemaakte scans verwijderd, 1 afgesloten aanvragen anoniem gemaakt`);

    const scans = (await db().selectFrom("scans").select("id").where("id", "in", [scanDue, scanAtBoundary, oldCompleted]).execute()).map((s) => s.id);
    expect(scans.sort()).toEqual([scanAtBoundary, oldCompleted].sort());
    expect(await db().selectFrom("scan_answers").select("scan_id").where("scan_id", "=", scanDue).execute()).toEqual([]);

    const rows = await db().selectFrom("requests").selectAll().where("id", "in", [requestDue, requestAtBoundary, openRequest]).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(JSON.parse(byId.get(requestDue)!.details_json)).toEqual({ wantsPolis: "ja" });
    expect(byId.get(requestDue)).toMatchObject({ decision_reason: null, anonymised_at: now.toISOString() });
    for (const kept of [requestAtBoundary, openRequest]) {
      expect(JSON.parse(byId.get(kept)!.details_json)).toMatchObject({ candidateInitials: "R.T." });
      expect(byId.get(kept)).toMatchObject({ decision_reason: "Kandidaat R.T. past goed.", anonymised_at: null });
    }
    const notes = await db().selectFrom("request_events").select(["request_id", "note"]).where("kind", "=", "note").where("request_id", "in", [requestDue, requestAtBoundary]).execute();
    expect(notes.find((n) => n.request_id === requestDue)?.note).toBeNull();
    expect(notes.find((n) => n.request_id === requestAtBoundary)?.note).toBe("R.T. begint maandag.");

    // A second run the same day has nothing left to do; a day later the boundary cases are due.
    expect((await runDailyJobs(db(), now, "http://localhost:3000", DEFAULT_RETENTION)).retention).toEqual({ scansDeleted: 0, requestsAnonymised: 0 });
    const tomorrow = new Date(now.getTime() + DAY);
    expect((await runDailyJobs(db(), tomorrow, "http://localhost:3000", DEFAULT_RETENTION)).retention).toEqual({ scansDeleted: 1, requestsAnonymised: 1 });
  });

  it("follows the configured periods", async () => {
    const scan = await addScan("in_progress", ago(8 * DAY));
    const request = await addRequest(ago(31 * DAY));
    const run = await runDailyJobs(db(), now, "http://localhost:3000", { unfinishedScanDays: 7, closedRequestDays: 30 });
    expect(run.retention.scansDeleted).toBeGreaterThanOrEqual(1);
    expect(await db().selectFrom("scans").select("id").where("id", "=", scan).executeTakeFirst()).toBeUndefined();
    expect((await db().selectFrom("requests").select("anonymised_at").where("id", "=", request).executeTakeFirstOrThrow()).anonymised_at).toBe(now.toISOString());
  });
});
