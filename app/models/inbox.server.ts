/**
 * The accountmanager's inbox: leads (completed scans shared with the WSP) and
 * requests of one region, in one list with one due date each.
 */
import { sql } from "kysely";
import { LEAD_STAGES } from "~/content/lead-stages";
import { CASE_STATUSES, isClosed } from "~/domain/case-status";
import { amsterdamDate } from "~/domain/working-days";
import { db } from "~/utils/db.server";

import type { InboxQuery } from "~/schemas/wsp";

export const INBOX_PAGE_SIZE = 25;

export interface InboxFilter {
  mine?: boolean;
  unassigned?: boolean;
  type?: string;
  status?: string;
  overdue?: boolean;
  showClosed?: boolean;
}

/** The filter chosen in the inbox's query string (the page and its CSV export read the same one). */
export function inboxFilterFrom(query: InboxQuery): InboxFilter {
  return {
    mine: query.filter === "mijn",
    unassigned: query.filter === "niet-toegewezen",
    overdue: query.filter === "te-laat",
    type: query.type || undefined,
    showClosed: query.afgesloten === "ja",
  };
}

const OPEN_REQUEST_STATUSES = CASE_STATUSES.filter((s) => !isClosed(s));
const OPEN_LEAD_STAGES = LEAD_STAGES.filter((s) => s !== "afgerond");

/**
 * A region's work as narrow rows, without joins: every column comes from the covering
 * indexes leads_region_work_idx and requests_region_work_idx, so filtering, counting and
 * finding a page never read a lead, request, scan or employer row. Open work only is
 * found by seeking the open statuses in those indexes, so closed work is not read at all.
 */
function workItems(regionId: string, openOnly: boolean) {
  const requests = db()
    .selectFrom("requests as r")
    .select([
      "r.id as id",
      sql<string>`'request'`.as("kind"),
      "r.type as type",
      "r.status as status",
      "r.due_at as due_at",
      "r.first_contact_at as first_contact_at",
      "r.assigned_to as assigned_to",
      "r.employer_id as employer_id",
      "r.created_at as created_at",
      sql<number>`case when r.status in ('afgewezen', 'afgerond', 'ingetrokken') then 1 else 0 end`.as("closed"),
      sql<number>`case when r.first_contact_at is null then 0 else 1 end`.as("contacted"),
    ])
    .where("r.region_id", "=", regionId)
    .$if(openOnly, (qb) => qb.where("r.status", "in", OPEN_REQUEST_STATUSES));
  const leads = db()
    .selectFrom("leads as l")
    .select([
      "l.scan_id as id",
      sql<string>`'lead'`.as("kind"),
      sql<string>`'lead'`.as("type"),
      "l.stage as status",
      "l.due_at as due_at",
      "l.first_contact_at as first_contact_at",
      "l.assigned_to as assigned_to",
      "l.employer_id as employer_id",
      "l.created_at as created_at",
      sql<number>`case when l.stage = 'afgerond' then 1 else 0 end`.as("closed"),
      sql<number>`case when l.first_contact_at is null then 0 else 1 end`.as("contacted"),
    ])
    .where("l.region_id", "=", regionId)
    .where("l.shared", "=", 1)
    .$if(openOnly, (qb) => qb.where("l.stage", "in", OPEN_LEAD_STAGES));
  return db().selectFrom(requests.unionAll(leads).as("w"));
}

export async function listInbox(input: {
  regionId: string;
  userId: string;
  filter: InboxFilter;
  sort: "due" | "created" | "company";
  page: number;
  now: Date;
  pageSize?: number;
}) {
  const pageSize = input.pageSize ?? INBOX_PAGE_SIZE;
  const offset = (input.page - 1) * pageSize;
  const f = input.filter;
  let q = workItems(input.regionId, !f.showClosed && !f.status);
  if (f.mine) {
    // My work includes the work of colleagues I cover while they are away.
    const today = amsterdamDate(input.now);
    const covered = db()
      .selectFrom("users")
      .select("id")
      .where("backup_user_id", "=", input.userId)
      .where("absent_until", ">=", today);
    q = q.where((eb) => eb.or([eb("w.assigned_to", "=", input.userId), eb("w.assigned_to", "in", covered)]));
  }
  if (f.unassigned) q = q.where("w.assigned_to", "is", null);
  if (f.type) q = q.where("w.type", "=", f.type);
  if (f.status) q = q.where("w.status", "=", f.status);
  if (f.overdue) q = q.where("w.due_at", "<", input.now.toISOString()).where("w.first_contact_at", "is", null);
  const total = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();

  // The page is found on the narrow rows first: the sort key of the last item of this page
  // (without the company name, which needs the employer) bounds the rows that can be on it,
  // so only those are joined to employers and sorted in full. Ties at the bound are all kept.
  if (input.sort === "due") {
    // Work still waiting for first contact comes first, the most urgent on top.
    const bound = await q.select(["w.contacted", "w.due_at"]).orderBy("w.contacted").orderBy("w.due_at").limit(1).offset(offset + pageSize - 1).executeTakeFirst();
    if (bound) {
      q = q.where((eb) =>
        eb.or([eb("w.contacted", "<", bound.contacted), eb.and([eb("w.contacted", "=", bound.contacted), eb("w.due_at", "<=", bound.due_at)])]),
      );
    }
  } else if (input.sort === "created") {
    const bound = await q.select("w.created_at").orderBy("w.created_at", "desc").limit(1).offset(offset + pageSize - 1).executeTakeFirst();
    if (bound) q = q.where("w.created_at", ">=", bound.created_at);
  }
  const joined = q
    .innerJoin("employers as e", "e.id", "w.employer_id")
    .leftJoin("users as u", "u.id", "w.assigned_to")
    .select([
      "w.id",
      "w.kind",
      "w.type",
      "w.status",
      "w.due_at",
      "w.first_contact_at",
      "w.assigned_to",
      "u.name as assignee_name",
      "w.employer_id",
      "e.name as employer_name",
      "w.created_at",
      "w.closed",
    ]);
  const ordered =
    input.sort === "company"
      ? joined.orderBy("e.name").orderBy("w.due_at")
      : input.sort === "created"
        ? joined.orderBy("w.created_at", "desc")
        : joined.orderBy("w.contacted").orderBy("w.due_at").orderBy("e.name");
  // Kind and id last, so that items with equal sort keys keep one order from page to page
  // (PostgreSQL does not keep ties in the same order across LIMIT/OFFSET queries).
  const rows = await ordered.orderBy("w.kind").orderBy("w.id").limit(pageSize).offset(offset).execute();
  return { total: Number(total.n), rows };
}

/** Until when a staff member is away (a date, inclusive; null when present) and who covers for them. */
export async function absenceOf(userId: string): Promise<{ until: string | null; backup: string | null }> {
  const me = await db()
    .selectFrom("users as u")
    .leftJoin("users as b", "b.id", "u.backup_user_id")
    .select(["u.absent_until", "b.name as backup_name"])
    .where("u.id", "=", userId)
    .executeTakeFirst();
  return { until: me?.absent_until ?? null, backup: me?.backup_name ?? null };
}
