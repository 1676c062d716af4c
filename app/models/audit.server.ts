import type { Kysely, Transaction } from "kysely";
import type { Database } from "~db/schema";
import { newId, nowIso } from "~/utils/ids.server";

/** Records who viewed or changed what. Details hold ids and choices, never personal data. */
export async function audit(
  database: Kysely<Database> | Transaction<Database>,
  event: {
    /** `id` null: the actor's account no longer exists (e.g. an employer who deleted it). */
    actor: { id: string | null; role: string } | null;
    action: string;
    subjectType: "employer" | "request" | "lead" | "scan" | "export" | "instrument" | "campaign" | "region" | "municipalities" | "questionnaire" | "user";
    subjectId: string;
    regionId?: string | null;
    details?: Record<string, unknown>;
  },
) {
  await database
    .insertInto("audit_events")
    .values({
      id: newId(),
      at: nowIso(),
      actor_id: event.actor?.id ?? null,
      actor_role: event.actor?.role ?? "system",
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      region_id: event.regionId ?? null,
      details: event.details ? JSON.stringify(event.details) : null,
    })
    .execute();
}
