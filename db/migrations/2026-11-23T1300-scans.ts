// Frozen: never edit a migration that has shipped; add a new one instead.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("questionnaire_versions")
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("definition_json", "text", (c) => c.notNull())
    .addColumn("checksum", "text", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("retired_at", "text")
    .execute();

  await db.schema
    .createTable("scans")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("employer_id", "text", (c) => c.notNull().references("employers.id").onDelete("cascade"))
    .addColumn("questionnaire_version", "integer", (c) =>
      c.notNull().references("questionnaire_versions.version"),
    )
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("campaign_code", "text")
    .addColumn("start_key", "text", (c) => c.unique())
    .addColumn("sector_id", "text", (c) => c.notNull())
    .addColumn("fte", "integer", (c) => c.notNull())
    .addColumn("region_id", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("completed_at", "text")
    .addColumn("overall_score", "integer")
    .addColumn("result_json", "text")
    .execute();
  await db.schema.createIndex("scans_employer_idx").on("scans").columns(["employer_id", "started_at"]).execute();
  await db.schema.createIndex("scans_status_idx").on("scans").columns(["status", "updated_at"]).execute();

  await db.schema
    .createTable("scan_answers")
    .addColumn("scan_id", "text", (c) => c.notNull().references("scans.id").onDelete("cascade"))
    .addColumn("question_id", "text", (c) => c.notNull())
    .addColumn("option_id", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("scan_answers_pk", ["scan_id", "question_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("scan_answers").ifExists().execute();
  await db.schema.dropTable("scans").ifExists().execute();
  await db.schema.dropTable("questionnaire_versions").ifExists().execute();
}
