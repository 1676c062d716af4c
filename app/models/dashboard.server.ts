/**
 * The coordinator's dashboard: figures for ONE region, counted in SQL with
 * GROUP BY and SUM(CASE …) through Kysely's query builder, so that SQLite and
 * PostgreSQL run the same queries (no dialect-specific SQL here). Month
 * bucketing needs Amsterdam's calendar: TypeScript turns each month into the
 * UTC instants it spans (app/domain/dashboard.ts monthRanges) and SQL counts
 * between them over an index. Working days happen in TypeScript on as few columns as
 * possible: the median reads the two timestamps of items with a first contact
 * in the last 12 months (a median cannot be counted with GROUP BY).
 * Also: changing a budget, and handing open work to a colleague.
 */
import { forUpdate } from "~db/dialect";
import { CASE_STATUSES, isClosed } from "~/domain/case-status";
import { budgetYear, lastMonths, median, monthRanges, monthStartUtc, shareOf, workingDayDurations } from "~/domain/dashboard";
import { LEAD_STAGES } from "~/content/lead-stages";
import { db } from "~/utils/db.server";
import { nowIso } from "~/utils/ids.server";
import { audit } from "./audit.server";

const CLOSED_STATUSES = CASE_STATUSES.filter(isClosed);
const STAFF_ROLES = ["accountmanager", "coordinator"] as const;

/** Leads of the region whose scan is still shared with the WSP (the others are not shown anywhere). */
function sharedLeads(regionId: string) {
  return db().selectFrom("leads as l").where("l.region_id", "=", regionId).where("l.shared", "=", 1);
}

/**
 * Scans started and completed per Amsterdam month: one statement of counts over index ranges
 * (scans_region_started_idx, scans_region_completed_idx), so no scan row is read.
 */
async function scansPerMonth(regionId: string, months: string[]) {
  const ranges = monthRanges(months);
  const row: Record<string, unknown> = await db()
    .selectNoFrom((eb) => {
      const inMonth = (column: "started_at" | "completed_at", range: { from: string; to: string }) =>
        eb
          .selectFrom("scans")
          .select((c) => c.fn.countAll<number>().as("n"))
          .where("region_id", "=", regionId)
          .where(column, ">=", range.from)
          .where(column, "<", range.to);
      return ranges.flatMap((range, i) => [inMonth("started_at", range).as(`started${i}`), inMonth("completed_at", range).as(`completed${i}`)]);
    })
    .executeTakeFirstOrThrow();
  const count = (key: string) => Number(row[key] ?? 0);
  return ranges.map((range, i) => ({ month: range.month, started: count(`started${i}`), completed: count(`completed${i}`) }));
}

async function leadsByStage(regionId: string) {
  const rows = await sharedLeads(regionId)
    .select(["l.stage as stage", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("l.stage")
    .execute();
  return LEAD_STAGES.map((stage) => ({ stage, count: Number(rows.find((r) => r.stage === stage)?.n ?? 0) }));
}

async function requestsByStatus(regionId: string) {
  const rows = await db()
    .selectFrom("requests")
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("region_id", "=", regionId)
    .groupBy("status")
    .execute();
  return CASE_STATUSES.map((status) => ({ status, count: Number(rows.find((r) => r.status === status)?.n ?? 0) }));
}

/** Median working days from creation to first contact, for requests and leads created since `since`. */
async function firstContactMedian(regionId: string, since: string) {
  const requests = await db()
    .selectFrom("requests")
    .select(["created_at as createdAt", "first_contact_at as firstContactAt"])
    .where("region_id", "=", regionId)
    .where("created_at", ">=", since)
    .where("first_contact_at", "is not", null)
    .$narrowType<{ firstContactAt: string }>()
    .execute();
  const leads = await sharedLeads(regionId)
    .select(["l.created_at as createdAt", "l.first_contact_at as firstContactAt"])
    .where("l.created_at", ">=", since)
    .where("l.first_contact_at", "is not", null)
    .$narrowType<{ firstContactAt: string }>()
    .execute();
  const durations = workingDayDurations([...requests, ...leads]);
  return { medianDays: median(durations), count: durations.length };
}

/**
 * Within the service norm: first contact at or before due_at. Missed: first
 * contact later, or none while due_at has passed. Pending (left out): no
 * contact and not due yet. Requests the employer withdrew before any contact
 * are left out too: there was nothing left to handle. ISO text in UTC
 * compares correctly as text.
 */
async function normShare(regionId: string, since: string, now: string) {
  const counts = async (kind: "requests" | "leads") => {
    const base =
      kind === "requests"
        ? db()
            .selectFrom("requests as w")
            .where("w.region_id", "=", regionId)
            .where((eb) => eb.not(eb.and([eb("w.status", "=", "ingetrokken"), eb("w.first_contact_at", "is", null)])))
        : db().selectFrom("leads as w").where("w.region_id", "=", regionId).where("w.shared", "=", 1);
    const row = await base
      .where("w.created_at", ">=", since)
      .select((eb) => [
        eb.fn
          .sum<number>(
            eb
              .case()
              .when(eb.and([eb("w.first_contact_at", "is not", null), eb("w.first_contact_at", "<=", eb.ref("w.due_at"))]))
              .then(1)
              .else(0)
              .end(),
          )
          .as("within"),
        eb.fn
          .sum<number>(
            eb
              .case()
              .when(
                eb.or([
                  eb.and([eb("w.first_contact_at", "is not", null), eb("w.first_contact_at", ">", eb.ref("w.due_at"))]),
                  eb.and([eb("w.first_contact_at", "is", null), eb("w.due_at", "<", now)]),
                ]),
              )
              .then(1)
              .else(0)
              .end(),
          )
          .as("missed"),
        eb.fn
          .sum<number>(
            eb
              .case()
              .when(eb.and([eb("w.first_contact_at", "is", null), eb("w.due_at", ">=", now)]))
              .then(1)
              .else(0)
              .end(),
          )
          .as("pending"),
      ])
      .executeTakeFirstOrThrow();
    return { within: Number(row.within ?? 0), missed: Number(row.missed ?? 0), pending: Number(row.pending ?? 0) };
  };
  const r = await counts("requests");
  const l = await counts("leads");
  const withinNorm = r.within + l.within;
  const missed = r.missed + l.missed;
  return { withinNorm, missed, pending: r.pending + l.pending, share: shareOf(withinNorm, missed) };
}

/** This year's budget per requestable instrument: budget, reserved (net ledger), left and number of grants. */
export async function regionBudgets(regionId: string, year: number) {
  const ledger = db()
    .selectFrom("budget_ledger")
    .select((eb) => [
      "instrument_id",
      eb.fn.sum<number>("amount_cents").as("reserved"),
      // A grant books +amount, a release −amount: grants still standing = entries in − entries out.
      eb.fn
        .sum<number>(eb.case().when("amount_cents", ">", 0).then(1).when("amount_cents", "<", 0).then(-1).else(0).end())
        .as("grants"),
    ])
    .where("region_id", "=", regionId)
    .where("year", "=", year)
    .groupBy("instrument_id")
    .as("l");
  const rows = await db()
    .selectFrom("instruments as i")
    .leftJoin("region_instruments as ri", (join) =>
      join.onRef("ri.instrument_id", "=", "i.id").on("ri.region_id", "=", regionId).on("ri.year", "=", year),
    )
    .leftJoin(ledger, "l.instrument_id", "i.id")
    .select([
      "i.id",
      "i.name",
      "i.amount_cents as defaultAmountCents",
      "ri.budget_cents as budgetCents",
      "ri.amount_per_grant_cents as amountPerGrantCents",
      "l.reserved",
      "l.grants",
    ])
    .where("i.requestable", "=", 1)
    .orderBy("i.sort_order")
    .execute();
  return rows.map((r) => {
    const reservedCents = Number(r.reserved ?? 0);
    const budgetCents = r.budgetCents === null || r.budgetCents === undefined ? null : Number(r.budgetCents);
    return {
      instrumentId: r.id,
      name: r.name,
      /** null: no limit (or not set up for this year). */
      budgetCents,
      amountPerGrantCents: r.amountPerGrantCents ?? r.defaultAmountCents ?? null,
      reservedCents,
      /** Negative when a budget was lowered below what is reserved; null without a limit. */
      leftCents: budgetCents === null ? null : budgetCents - reservedCents,
      grants: Number(r.grants ?? 0),
    };
  });
}

/** Staff of the region: everyone who can hold work (also inactive colleagues), active ones can receive it. */
export async function regionStaffWithInactive(regionId: string) {
  return db()
    .selectFrom("users")
    .select(["id", "name", "role", "active"])
    .where("region_id", "=", regionId)
    .where("role", "in", STAFF_ROLES)
    .orderBy("name")
    .execute();
}

export type OpenWorkGroup = "staff" | "unassigned" | "outside";

/**
 * Open requests and open leads per assignee. `group` tells the rows apart: a
 * colleague ("staff", with `userId` and `name`), the work nobody holds
 * ("unassigned") and the work of staff outside the region ("outside"); the
 * page names the last two in the user's language.
 */
export async function openWork(regionId: string) {
  const requests = await db()
    .selectFrom("requests")
    .select(["assigned_to", (eb) => eb.fn.countAll<number>().as("n")])
    .where("region_id", "=", regionId)
    .where("status", "not in", CLOSED_STATUSES)
    .groupBy("assigned_to")
    .execute();
  const leads = await sharedLeads(regionId)
    .select(["l.assigned_to as assigned_to", (eb) => eb.fn.countAll<number>().as("n")])
    .where("l.stage", "!=", "afgerond")
    .groupBy("l.assigned_to")
    .execute();
  const staff = await regionStaffWithInactive(regionId);
  const count = (rows: { assigned_to: string | null; n: number | string | bigint }[], id: string | null) =>
    Number(rows.find((r) => r.assigned_to === id)?.n ?? 0);
  const rows = staff
    .map((s) => ({
      group: "staff" as OpenWorkGroup,
      userId: s.id as string | null,
      name: s.name,
      active: s.active === 1,
      requests: count(requests, s.id),
      leads: count(leads, s.id),
    }))
    .filter((r) => r.active || r.requests + r.leads > 0);
  const known = new Set<string | null>([...staff.map((s) => s.id), null]);
  const other = (list: typeof requests) => list.filter((r) => !known.has(r.assigned_to)).reduce((sum, r) => sum + Number(r.n), 0);
  rows.push({ group: "unassigned", userId: null, name: "", active: true, requests: count(requests, null), leads: count(leads, null) });
  if (other(requests) + other(leads) > 0) {
    rows.push({ group: "outside", userId: null, name: "", active: false, requests: other(requests), leads: other(leads) });
  }
  return rows;
}

export async function regionDashboard(regionId: string, now: Date) {
  const months = lastMonths(now, 12);
  const since = monthStartUtc(months[0]!);
  const year = budgetYear(now);
  return {
    months,
    since,
    year,
    scansPerMonth: await scansPerMonth(regionId, months),
    leadsByStage: await leadsByStage(regionId),
    requestsByStatus: await requestsByStatus(regionId),
    firstContact: await firstContactMedian(regionId, since),
    norm: await normShare(regionId, since, now.toISOString()),
    budgets: await regionBudgets(regionId, year),
    openWork: await openWork(regionId),
  };
}

export type BudgetChangeResult =
  | { ok: true }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "below-reserved"; reservedCents: number };

/**
 * Sets this year's budget and amount per grant of a requestable instrument for
 * the region, never below what is already reserved. Recorded as an audit event.
 */
export async function changeBudget(input: {
  regionId: string;
  actor: { id: string; role: string };
  instrumentId: string;
  year: number;
  budgetCents: number;
  amountPerGrantCents: number;
}): Promise<BudgetChangeResult> {
  return db()
    .transaction()
    .execute(async (trx): Promise<BudgetChangeResult> => {
      const instrument = await trx
        .selectFrom("instruments")
        .select("id")
        .where("id", "=", input.instrumentId)
        .where("requestable", "=", 1)
        .executeTakeFirst();
      if (!instrument) return { ok: false, reason: "not-found" };
      // Locked first, as a grant does, so no grant reserves between the check and the change.
      const before = await forUpdate(
        trx,
        trx
          .selectFrom("region_instruments")
          .select(["budget_cents", "amount_per_grant_cents"])
          .where("region_id", "=", input.regionId)
          .where("instrument_id", "=", instrument.id)
          .where("year", "=", input.year),
      ).executeTakeFirst();
      const ledger = await trx
        .selectFrom("budget_ledger")
        .select((eb) => eb.fn.sum<number>("amount_cents").as("reserved"))
        .where("region_id", "=", input.regionId)
        .where("instrument_id", "=", instrument.id)
        .where("year", "=", input.year)
        .executeTakeFirst();
      const reservedCents = Number(ledger?.reserved ?? 0);
      if (input.budgetCents < reservedCents) return { ok: false, reason: "below-reserved", reservedCents };
      await trx
        .insertInto("region_instruments")
        .values({
          region_id: input.regionId,
          instrument_id: instrument.id,
          year: input.year,
          available: 1,
          budget_cents: input.budgetCents,
          amount_per_grant_cents: input.amountPerGrantCents,
        })
        .onConflict((oc) =>
          oc.columns(["region_id", "instrument_id", "year"]).doUpdateSet({
            budget_cents: input.budgetCents,
            amount_per_grant_cents: input.amountPerGrantCents,
          }),
        )
        .execute();
      await audit(trx, {
        actor: input.actor,
        action: "budget-change",
        subjectType: "instrument",
        subjectId: instrument.id,
        regionId: input.regionId,
        details: {
          year: input.year,
          from: { budgetCents: before?.budget_cents ?? null, amountPerGrantCents: before?.amount_per_grant_cents ?? null },
          to: { budgetCents: input.budgetCents, amountPerGrantCents: input.amountPerGrantCents },
        },
      });
      return { ok: true };
    });
}

/**
 * Hands all OPEN requests and leads (of still-shared scans) of one colleague to
 * another, both of the region; the receiver must be active. Null when either
 * is not staff of this region (the route answers 404). Every moved item gets
 * an audit event, like a single assignment.
 */
export async function reassignOpenWork(input: {
  regionId: string;
  actor: { id: string; role: string };
  fromUserId: string;
  toUserId: string;
}): Promise<{ requests: number; leads: number } | null> {
  return db()
    .transaction()
    .execute(async (trx) => {
      const staff = (id: string) =>
        trx.selectFrom("users").select(["id", "active"]).where("id", "=", id).where("region_id", "=", input.regionId).where("role", "in", STAFF_ROLES);
      const from = await staff(input.fromUserId).executeTakeFirst();
      const to = await staff(input.toUserId).where("active", "=", 1).executeTakeFirst();
      if (!from || !to) return null;
      const at = nowIso();
      const requestIds = (
        await trx
          .selectFrom("requests")
          .select("id")
          .where("region_id", "=", input.regionId)
          .where("assigned_to", "=", from.id)
          .where("status", "not in", CLOSED_STATUSES)
          .execute()
      ).map((r) => r.id);
      const leadIds = (
        await trx
          .selectFrom("leads")
          .select("scan_id")
          .where("region_id", "=", input.regionId)
          .where("assigned_to", "=", from.id)
          .where("stage", "!=", "afgerond")
          .where("shared", "=", 1)
          .execute()
      ).map((l) => l.scan_id);
      // The same conditions as the selects above, within one transaction (no long id lists in SQL).
      await trx
        .updateTable("requests")
        .set({ assigned_to: to.id, updated_at: at })
        .where("region_id", "=", input.regionId)
        .where("assigned_to", "=", from.id)
        .where("status", "not in", CLOSED_STATUSES)
        .execute();
      await trx
        .updateTable("leads")
        .set({ assigned_to: to.id, updated_at: at })
        .where("region_id", "=", input.regionId)
        .where("assigned_to", "=", from.id)
        .where("stage", "!=", "afgerond")
        .where("shared", "=", 1)
        .execute();
      const details = { from: from.id, to: to.id, handover: true };
      for (const id of requestIds) {
        await audit(trx, { actor: input.actor, action: "reassign", subjectType: "request", subjectId: id, regionId: input.regionId, details });
      }
      for (const id of leadIds) {
        await audit(trx, { actor: input.actor, action: "reassign", subjectType: "lead", subjectId: id, regionId: input.regionId, details });
      }
      return { requests: requestIds.length, leads: leadIds.length };
    });
}
