// Frozen: never edit a migration that has shipped; add a new one instead.
// What profiling `npm run bench` showed (see README "Prestaties meten"): the inbox, the dashboard
// and the daily digest joined every lead to its (large) scan row only to read shared_with_wsp,
// and then read whole lead and request rows to filter, count and sort a region's work.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Whether the lead's scan is still shared with the WSP, kept on the lead by the same
  // transaction that records the employer's choice (app/models/consent.server.ts).
  await db.schema
    .alterTable("leads")
    .addColumn("shared", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await sql`update leads set shared = 0 where scan_id in (select id from scans where shared_with_wsp = 0)`.execute(db);

  // Covering indexes for a region's work: every column the inbox filters, counts and sorts on
  // and the dashboard counts, so neither reads a lead or request row it does not show.
  await db.schema
    .createIndex("leads_region_work_idx")
    .on("leads")
    .columns(["region_id", "shared", "stage", "due_at", "first_contact_at", "assigned_to", "created_at", "employer_id", "scan_id"])
    .execute();
  await db.schema
    .createIndex("requests_region_work_idx")
    .on("requests")
    .columns(["region_id", "status", "due_at", "first_contact_at", "assigned_to", "type", "created_at", "employer_id", "id"])
    .execute();
  // The dashboard counts a region's scans per month over index ranges: started_at has
  // scans_region_started_idx, completed_at gets its own.
  await db.schema.createIndex("scans_region_completed_idx").on("scans").columns(["region_id", "completed_at"]).execute();
  // The old lead index is a prefix of the new one.
  await db.schema.dropIndex("leads_region_idx").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex("leads_region_idx").on("leads").columns(["region_id", "stage", "due_at"]).execute();
  await db.schema.dropIndex("scans_region_completed_idx").execute();
  await db.schema.dropIndex("requests_region_work_idx").execute();
  await db.schema.dropIndex("leads_region_work_idx").execute();
  await db.schema.alterTable("leads").dropColumn("shared").execute();
}
