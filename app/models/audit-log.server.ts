import { db } from "~/utils/db.server";

export interface AuditFilter {
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  regionId: string;
  from: string;
  to: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** The audit log for administrators: newest first, filtered, one page at a time. */
export async function searchAuditLog(filter: AuditFilter, endOfTo: string | null, startOfFrom: string | null) {
  let query = db().selectFrom("audit_events as a").leftJoin("users as u", "u.id", "a.actor_id").leftJoin("regions as r", "r.id", "a.region_id");
  if (filter.actor) query = query.where((eb) => eb.or([eb("u.email", "=", filter.actor.toLowerCase()), eb("u.name", "=", filter.actor)]));
  if (filter.action) query = query.where("a.action", "=", filter.action);
  if (filter.subjectType) query = query.where("a.subject_type", "=", filter.subjectType);
  if (filter.subjectId) query = query.where("a.subject_id", "=", filter.subjectId);
  if (filter.regionId) query = query.where("a.region_id", "=", filter.regionId);
  if (startOfFrom) query = query.where("a.at", ">=", startOfFrom);
  if (endOfTo) query = query.where("a.at", "<=", endOfTo);
  const [rows, total] = await Promise.all([
    query
      .select(["a.id", "a.at", "a.actor_role", "a.action", "a.subject_type", "a.subject_id", "a.details", "u.name as actor_name", "u.email as actor_email", "r.name as region_name"])
      .orderBy("a.at", "desc")
      .orderBy("a.id")
      .limit(AUDIT_PAGE_SIZE)
      .offset((filter.page - 1) * AUDIT_PAGE_SIZE)
      .execute(),
    query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** The values the filters offer. */
export async function auditFilterChoices() {
  const [actions, subjectTypes, regions] = await Promise.all([
    db().selectFrom("audit_events").select("action").distinct().orderBy("action").execute(),
    db().selectFrom("audit_events").select("subject_type").distinct().orderBy("subject_type").execute(),
    db().selectFrom("regions").select(["id", "name"]).orderBy("name").execute(),
  ]);
  return {
    actions: actions.map((a) => a.action),
    subjectTypes: subjectTypes.map((s) => s.subject_type),
    regions: regions.map((r) => ({ value: r.id, label: r.name })),
  };
}
