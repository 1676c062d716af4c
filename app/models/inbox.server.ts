/**
 * The accountmanager's inbox: leads (completed scans shared with the WSP) and
 * requests of one region, in one list with one due date each.
 */
import { sql } from "kysely";
import { amsterdamDate } from "~/domain/working-days";
import { db } from "~/utils/db.server";

export const INBOX_PAGE_SIZE = 25;

export interface InboxFilter {
  mine?: boolean;
  unassigned?: boolean;
  type?: string;
  status?: string;
  overdue?: boolean;
  showClosed?: boolean;
}

function workItems(regionId: string) {
  const requests = db()
    .selectFrom("requests as r")
    .innerJoin("employers as e", "e.id", "r.employer_id")
    .leftJoin("users as u", "u.id", "r.assigned_to")
    .select([
      "r.id as id",
      sql<string>`'request'`.as("kind"),
      "r.type as type",
      "r.status as status",
      "r.due_at as due_at",
      "r.first_contact_at as first_contact_at",
      "r.assigned_to as assigned_to",
      "u.name as assignee_name",
      "e.id as employer_id",
      "e.name as employer_name",
      "r.created_at as created_at",
      sql<number>`case when r.status in ('afgewezen', 'afgerond', 'ingetrokken') then 1 else 0 end`.as("closed"),
    ])
    .where("r.region_id", "=", regionId);
  const leads = db()
    .selectFrom("leads as l")
    .innerJoin("scans as s", "s.id", "l.scan_id")
    .innerJoin("employers as e", "e.id", "l.employer_id")
    .leftJoin("users as u", "u.id", "l.assigned_to")
    .select([
      "l.scan_id as id",
      sql<string>`'lead'`.as("kind"),
      sql<string>`'lead'`.as("type"),
      "l.stage as status",
      "l.due_at as due_at",
      "l.first_contact_at as first_contact_at",
      "l.assigned_to as assigned_to",
      "u.name as assignee_name",
      "e.id as employer_id",
      "e.name as employer_name",
      "l.created_at as created_at",
      sql<number>`case when l.stage = 'afgerond' then 1 else 0 end`.as("closed"),
    ])
    .where("l.region_id", "=", regionId)
    .where("s.shared_with_wsp", "=", 1);
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
  let q = workItems(input.regionId);
  const f = input.filter;
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
  if (!f.showClosed && !f.status) q = q.where("w.closed", "=", 0);
  const total = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const ordered =
    input.sort === "company"
      ? q.orderBy("w.employer_name").orderBy("w.due_at")
      : input.sort === "created"
        ? q.orderBy("w.created_at", "desc")
        : // Work still waiting for first contact comes first, the most urgent on top.
          q
            .orderBy(sql`case when w.first_contact_at is null then 0 else 1 end`)
            .orderBy("w.due_at")
            .orderBy("w.employer_name");
  const rows = await ordered
    .selectAll()
    .limit(pageSize)
    .offset((input.page - 1) * pageSize)
    .execute();
  return { total: Number(total.n), rows };
}

