// Frozen: never edit a migration that has shipped; add a new one instead.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Requests to the WSP are cases: a type, a status, a due date from the service norm.
  await db.schema
    .createTable("requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("employer_id", "text", (c) => c.notNull().references("employers.id").onDelete("cascade"))
    .addColumn("region_id", "text", (c) => c.notNull().references("regions.id"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("submission_key", "text", (c) => c.notNull())
    .addColumn("details_json", "text", (c) => c.notNull())
    .addColumn("parent_request_id", "text", (c) => c.references("requests.id"))
    .addColumn("scan_id", "text", (c) => c.references("scans.id"))
    .addColumn("assigned_to", "text", (c) => c.references("users.id"))
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("first_contact_at", "text")
    .addColumn("decided_at", "text")
    .addColumn("decision_reason", "text")
    .addColumn("closed_at", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("requests_submission_key_uq", ["employer_id", "submission_key"])
    .execute();
  await db.schema.createIndex("requests_region_status_idx").on("requests").columns(["region_id", "status", "due_at"]).execute();
  await db.schema.createIndex("requests_employer_idx").on("requests").columns(["employer_id", "created_at"]).execute();

  // Append-only history of every case: who, when, what, from → to, note.
  await db.schema
    .createTable("request_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("request_id", "text", (c) => c.notNull().references("requests.id").onDelete("cascade"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("actor_role", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text")
    .addColumn("note", "text")
    .execute();
  await db.schema.createIndex("request_events_request_idx").on("request_events").columns(["request_id", "at"]).execute();

  // Budget ledger: a reservation when granted (+), a release when rejected or withdrawn (−).
  await db.schema
    .createTable("budget_ledger")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("region_id", "text", (c) => c.notNull().references("regions.id"))
    .addColumn("instrument_id", "text", (c) => c.notNull().references("instruments.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("request_id", "text", (c) => c.notNull().references("requests.id").onDelete("cascade"))
    .addColumn("amount_cents", "integer", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("budget_ledger_budget_idx")
    .on("budget_ledger")
    .columns(["region_id", "instrument_id", "year"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("budget_ledger").ifExists().execute();
  await db.schema.dropTable("request_events").ifExists().execute();
  await db.schema.dropTable("requests").ifExists().execute();
}
