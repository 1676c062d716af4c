// Frozen: never edit a migration that has shipped; add a new one instead.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A lead: a completed scan shared with the WSP, followed up as a pipeline.
  await db.schema
    .createTable("leads")
    .addColumn("scan_id", "text", (c) => c.primaryKey().references("scans.id").onDelete("cascade"))
    .addColumn("employer_id", "text", (c) => c.notNull().references("employers.id").onDelete("cascade"))
    .addColumn("region_id", "text", (c) => c.notNull().references("regions.id"))
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("assigned_to", "text", (c) => c.references("users.id"))
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("first_contact_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("leads_region_idx").on("leads").columns(["region_id", "stage", "due_at"]).execute();

  // Notes and contact moments (telefoon, bezoek, e-mail) in the employer file.
  await db.schema
    .createTable("employer_notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("employer_id", "text", (c) => c.notNull().references("employers.id").onDelete("cascade"))
    .addColumn("region_id", "text", (c) => c.notNull().references("regions.id"))
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("happened_on", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("employer_notes_employer_idx").on("employer_notes").columns(["employer_id", "happened_on"]).execute();

  // What was promised: follow-up actions with an owner, a due date and a status.
  await db.schema
    .createTable("follow_up_actions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("employer_id", "text", (c) => c.notNull().references("employers.id").onDelete("cascade"))
    .addColumn("region_id", "text", (c) => c.notNull().references("regions.id"))
    .addColumn("owner_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("done_at", "text")
    .execute();
  await db.schema.createIndex("follow_up_actions_region_idx").on("follow_up_actions").columns(["region_id", "status", "due_on"]).execute();

  // Who viewed or changed what, when.
  await db.schema
    .createTable("audit_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("actor_role", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("region_id", "text")
    .addColumn("details", "text")
    .execute();
  await db.schema.createIndex("audit_events_at_idx").on("audit_events").column("at").execute();
  await db.schema.createIndex("audit_events_subject_idx").on("audit_events").columns(["subject_type", "subject_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ["audit_events", "follow_up_actions", "employer_notes", "leads"]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
