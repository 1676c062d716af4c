// Frozen: never edit a migration that has shipped; add a new one instead.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // When a request lost its personal data (retention or a deleted account); null while it still has them.
  await db.schema.alterTable("requests").addColumn("anonymised_at", "text").execute();
  await db.schema.createIndex("requests_closed_idx").on("requests").columns(["closed_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("requests_closed_idx").execute();
  await db.schema.alterTable("requests").dropColumn("anonymised_at").execute();
}
