// Frozen: never edit a migration that has shipped; add a new one instead.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("instruments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("conditions", "text", (c) => c.notNull())
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("amount_cents", "integer")
    .addColumn("requestable", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("region_instruments")
    .addColumn("region_id", "text", (c) => c.notNull().references("regions.id"))
    .addColumn("instrument_id", "text", (c) => c.notNull().references("instruments.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("available", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("amount_per_grant_cents", "integer")
    .addColumn("budget_cents", "integer")
    .addPrimaryKeyConstraint("region_instruments_pk", ["region_id", "instrument_id", "year"])
    .execute();

  // Score histograms per comparison group and pillar: exact medians and quartiles
  // without reading the scans (scores are whole numbers 0–100).
  await db.schema
    .createTable("benchmark_counts")
    .addColumn("group_key", "text", (c) => c.notNull())
    .addColumn("pillar_id", "text", (c) => c.notNull())
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("benchmark_counts_pk", ["group_key", "pillar_id", "score"])
    .execute();

  await db.schema.alterTable("scans").addColumn("size_class", "text").execute();
  await db.schema.alterTable("scans").addColumn("in_benchmark", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("scans").addColumn("shared_with_wsp", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .alterTable("scans")
    .addColumn("shared_with_organisation", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("scans").addColumn("sharing_asked_at", "text").execute();
  await db.schema.createIndex("scans_region_shared_idx").on("scans").columns(["region_id", "shared_with_wsp"]).execute();

  // Every consent given or withdrawn, with the version of the text that was shown.
  await db.schema
    .createTable("consents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("employer_id", "text", (c) => c.notNull().references("employers.id").onDelete("cascade"))
    .addColumn("scan_id", "text", (c) => c.references("scans.id").onDelete("cascade"))
    .addColumn("party", "text", (c) => c.notNull())
    .addColumn("party_id", "text", (c) => c.notNull())
    .addColumn("granted", "integer", (c) => c.notNull())
    .addColumn("text_version", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("user_id", "text")
    .execute();
  await db.schema.createIndex("consents_employer_idx").on("consents").columns(["employer_id", "created_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("consents").ifExists().execute();
  await db.schema.dropIndex("scans_region_shared_idx").ifExists().execute();
  for (const column of ["sharing_asked_at", "shared_with_organisation", "shared_with_wsp", "in_benchmark", "size_class"]) {
    await db.schema.alterTable("scans").dropColumn(column).execute();
  }
  await db.schema.dropTable("benchmark_counts").ifExists().execute();
  await db.schema.dropTable("region_instruments").ifExists().execute();
  await db.schema.dropTable("instruments").ifExists().execute();
}
