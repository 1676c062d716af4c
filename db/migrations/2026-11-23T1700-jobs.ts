// Frozen: never edit a migration that has shipped; add a new one instead.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per unit of scheduled work done (e.g. one digest per person per day),
  // so that a job run twice — or by two app instances — does it once.
  await db.schema
    .createTable("job_runs")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("job_runs").ifExists().execute();
}
