// Frozen: never edit a migration that has shipped; add a new one instead.
// Indexes found missing by `npm run bench` (50,000 employers, 100,000 scans); see README "Prestaties meten".
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // The report looks up the employer's previous completed scan; without this index the
  // planner walked scans_status_idx over every completed scan in the country.
  await db.schema
    .createIndex("scans_employer_status_completed_idx")
    .on("scans")
    .columns(["employer_id", "status", "completed_at"])
    .execute();
  // Inbox, dashboard and digest join leads to scans only to read shared_with_wsp; scans rows
  // are large (result_json), so read it from an index instead of the row.
  await db.schema.createIndex("scans_id_shared_idx").on("scans").columns(["id", "shared_with_wsp"]).execute();
  // The dashboard's scans per month reads two timestamps of one region's scans.
  await db.schema.createIndex("scans_region_started_idx").on("scans").columns(["region_id", "started_at", "completed_at"]).execute();
  // The daily digest (and "Mijn werk") select work by assignee; without these, every
  // accountmanager's digest read all leads and all requests.
  await db.schema.createIndex("leads_assigned_idx").on("leads").columns(["assigned_to", "due_at"]).execute();
  await db.schema.createIndex("requests_assigned_idx").on("requests").columns(["assigned_to", "due_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of ["requests_assigned_idx", "leads_assigned_idx", "scans_region_started_idx", "scans_id_shared_idx", "scans_employer_status_completed_idx"]) {
    await db.schema.dropIndex(name).ifExists().execute();
  }
}
