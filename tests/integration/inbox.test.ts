import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStaff } from "~db/seed/demo";
import { amsterdamDate } from "~/domain/working-days";
import { setScanSharing, withdrawScanConsent } from "~/models/consent.server";
import { listInbox, type InboxFilter } from "~/models/inbox.server";
import { regionDashboard } from "~/models/dashboard.server";
import { loader as inboxLoader } from "~/routes/wsp._index";
import { db } from "~/utils/db.server";
import { staffCookie } from "../support/auth";
import { setupDatabase, teardownDatabase } from "../support/db";
import { args, getRequest, settle } from "../support/requests";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const regionId = async (name: string) => (await db().selectFrom("regions").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
const CLOSED_REQUEST = ["afgewezen", "afgerond", "ingetrokken"];

interface Item {
  id: string;
  kind: string;
  type: string;
  status: string;
  due_at: string;
  first_contact_at: string | null;
  assigned_to: string | null;
  employer_name: string;
  created_at: string;
  closed: number;
}

/** The region's work read the plain way: every lead (of a scan shared with the WSP, read from the scan) and request. */
async function everything(region: string): Promise<Item[]> {
  const requests = await db()
    .selectFrom("requests as r")
    .innerJoin("employers as e", "e.id", "r.employer_id")
    .select(["r.id", "r.type", "r.status", "r.due_at", "r.first_contact_at", "r.assigned_to", "e.name as employer_name", "r.created_at"])
    .where("r.region_id", "=", region)
    .execute();
  const leads = await db()
    .selectFrom("leads as l")
    .innerJoin("scans as s", "s.id", "l.scan_id")
    .innerJoin("employers as e", "e.id", "l.employer_id")
    .select(["l.scan_id as id", "l.stage as status", "l.due_at", "l.first_contact_at", "l.assigned_to", "e.name as employer_name", "l.created_at"])
    .where("l.region_id", "=", region)
    .where("s.shared_with_wsp", "=", 1)
    .execute();
  return [
    ...requests.map((r) => ({ ...r, kind: "request", closed: CLOSED_REQUEST.includes(r.status) ? 1 : 0 })),
    ...leads.map((l) => ({ ...l, kind: "lead", type: "lead", closed: l.status === "afgerond" ? 1 : 0 })),
  ];
}

type Sort = "due" | "created" | "company";
/** Company names in the database's own order (its collation), as zero-padded ranks that sort as text. */
const nameRank = new Map<string, string>();
const rank = (name: string) => nameRank.get(name) ?? "?";
const sortKey: Record<Sort, (i: Item) => string> = {
  due: (i) => `${i.first_contact_at === null ? 0 : 1}|${i.due_at}|${rank(i.employer_name)}`,
  // Newest first: compare the negated order by sorting on the key descending (below).
  created: (i) => i.created_at,
  company: (i) => `${rank(i.employer_name)}|${i.due_at}`,
};

function expected(items: Item[], filter: InboxFilter, sort: Sort, me: string, covered: string[], now: Date) {
  const shown = items.filter(
    (i) =>
      (!filter.mine || i.assigned_to === me || (i.assigned_to !== null && covered.includes(i.assigned_to))) &&
      (!filter.unassigned || i.assigned_to === null) &&
      (!filter.type || i.type === filter.type) &&
      (!filter.overdue || (i.due_at < now.toISOString() && i.first_contact_at === null)) &&
      (filter.showClosed || i.closed === 0),
  );
  const key = sortKey[sort];
  return shown.sort((a, b) => (sort === "created" ? key(b).localeCompare(key(a)) : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe("the inbox query", () => {
  it("shows exactly the region's open work, page by page, in every filter and sort order", async () => {
    const rijnmond = await regionId("Rijnmond");
    const names = await db().selectFrom("employers").select("name").distinct().orderBy("name").execute();
    for (const [k, { name }] of names.entries()) nameRank.set(name, String(k).padStart(6, "0"));
    const staff = await db().selectFrom("users").select("id").where("region_id", "=", rijnmond).where("role", "=", "accountmanager").orderBy("email").execute();
    const me = staff[0]!.id;
    const leads = await db().selectFrom("leads").select("scan_id").where("region_id", "=", rijnmond).orderBy("scan_id").execute();
    const requests = await db().selectFrom("requests").select("id").where("region_id", "=", rijnmond).orderBy("id").execute();
    expect(leads.length + requests.length).toBeGreaterThan(8);
    // Few distinct due dates and creation times, so that the sort keys tie often, also across a page's end.
    const instants = ["2026-11-10T22:59:59.999Z", "2026-11-12T22:59:59.999Z", "2026-11-20T22:59:59.999Z", "2026-12-01T22:59:59.999Z"];
    const now = new Date("2026-11-15T12:00:00.000Z");
    // Colleagues away today whose work is "mine" too.
    const covered = (
      await db().selectFrom("users").select("id").where("backup_user_id", "=", me).where("absent_until", ">=", amsterdamDate(now)).execute()
    ).map((u) => u.id);
    const state = fc.record({
      due: fc.constantFrom(...instants),
      created: fc.constantFrom(...instants),
      contacted: fc.boolean(),
      assigned: fc.constantFrom<string | null>(null, ...staff.map((s) => s.id)),
      closed: fc.boolean(),
    });
    const filters: InboxFilter[] = [{}, { mine: true }, { unassigned: true }, { overdue: true }, { type: "lead" }, { type: "gesprek" }, { showClosed: true }];
    await fc.assert(
      fc.asyncProperty(
        fc.array(state, { minLength: leads.length, maxLength: leads.length }),
        fc.array(state, { minLength: requests.length, maxLength: requests.length }),
        fc.integer({ min: 1, max: 4 }),
        async (leadStates, requestStates, pageSize) => {
          const columns = (s: (typeof leadStates)[number]) => ({
            due_at: s.due,
            created_at: s.created,
            first_contact_at: s.contacted ? s.created : null,
            assigned_to: s.assigned,
          });
          for (const [k, lead] of leads.entries()) {
            const s = leadStates[k]!;
            await db().updateTable("leads").set({ ...columns(s), stage: s.closed ? "afgerond" : "nieuw" }).where("scan_id", "=", lead.scan_id).execute();
          }
          for (const [k, request] of requests.entries()) {
            const s = requestStates[k]!;
            await db().updateTable("requests").set({ ...columns(s), status: s.closed ? "afgerond" : "ingediend" }).where("id", "=", request.id).execute();
          }
          const items = await everything(rijnmond);
          for (const filter of filters) {
            for (const sort of ["due", "created", "company"] as const) {
              const want = expected([...items], filter, sort, me, covered, now);
              const seen: Item[] = [];
              for (let page = 1; page <= Math.ceil(want.length / pageSize) + 1; page++) {
                const { total, rows } = await listInbox({ regionId: rijnmond, userId: me, filter, sort, page, now, pageSize });
                expect(total).toBe(want.length);
                expect(rows.length).toBeLessThanOrEqual(pageSize);
                seen.push(...(rows as Item[]));
              }
              // Every item once; the order is the sort order (items with equal sort keys may swap).
              expect(seen.map((i) => `${i.kind}:${i.id}`).sort()).toEqual(want.map((i) => `${i.kind}:${i.id}`).sort());
              expect(seen.map(sortKey[sort])).toEqual(want.map(sortKey[sort]));
            }
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 180_000);
});

describe("withdrawing consent to share", () => {
  it("on the report or the privacy page hides the lead from the inbox and the dashboard; sharing again brings it back with its stage", async () => {
    const rijnmond = await regionId("Rijnmond");
    const lead = await db()
      .selectFrom("leads as l")
      .innerJoin("scans as s", "s.id", "l.scan_id")
      .innerJoin("users as u", "u.employer_id", "s.employer_id")
      .select(["l.scan_id", "s.employer_id", "s.region_id", "u.id as userId"])
      .where("l.region_id", "=", rijnmond)
      .where("s.shared_with_wsp", "=", 1)
      .executeTakeFirstOrThrow();
    await db().updateTable("leads").set({ stage: "gesprek_gepland", first_contact_at: null, due_at: "2026-01-01T22:59:59.999Z" }).where("scan_id", "=", lead.scan_id).execute();
    const manager = demoStaff.find((s) => s.role === "accountmanager" && s.regionName === "Rijnmond")!.email;
    const cookie = await staffCookie(manager);
    const inboxIds = async () => {
      const res = await settle(() => inboxLoader(args(getRequest("/wsp?type=lead&afgesloten=ja", { Cookie: cookie }))));
      expect(res.status).toBe(200);
      return ((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id);
    };
    const planned = async () => (await regionDashboard(rijnmond, new Date())).leadsByStage.find((s) => s.stage === "gesprek_gepland")!.count;
    const share = (wsp: boolean) => setScanSharing({ scan: { id: lead.scan_id, employer_id: lead.employer_id, region_id: lead.region_id }, userId: lead.userId, wsp, locale: "nl" });

    // Overdue and waiting for first contact: first on the first page.
    expect(await inboxIds()).toContain(lead.scan_id);
    const plannedBefore = await planned();

    await share(false);
    expect(await inboxIds()).not.toContain(lead.scan_id);
    expect(await planned()).toBe(plannedBefore - 1);

    await share(true);
    expect(await inboxIds()).toContain(lead.scan_id);
    expect(await planned()).toBe(plannedBefore);
    const after = await db().selectFrom("leads").select("stage").where("scan_id", "=", lead.scan_id).executeTakeFirstOrThrow();
    expect(after.stage).toBe("gesprek_gepland");

    // Withdrawn on "Mijn gegevens".
    expect(await withdrawScanConsent({ employerId: lead.employer_id, scanId: lead.scan_id, party: "wsp", userId: lead.userId, locale: "nl" })).toBe("withdrawn");
    expect(await inboxIds()).not.toContain(lead.scan_id);
    expect(await planned()).toBe(plannedBefore - 1);
  });
});
