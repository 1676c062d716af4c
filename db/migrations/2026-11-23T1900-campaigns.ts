// Frozen: never edit a migration that has shipped; add a new one instead.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A werkgeversorganisatie promotes the scan with campaigns: a short code, a link and a QR code.
  await db.schema
    .createTable("campaigns")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("starts_on", "text", (c) => c.notNull())
    .addColumn("ends_on", "text", (c) => c.notNull())
    .addColumn("target_region_id", "text", (c) => c.references("regions.id"))
    .addColumn("target_sector_id", "text", (c) => c.references("sectors.id"))
    .addColumn("submission_key", "text", (c) => c.notNull().unique())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("campaigns_organisation_idx").on("campaigns").column("organisation_id").execute();

  // Visits to the campaign link (counted, never tied to a person).
  await db.schema
    .createTable("campaign_visits")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id"))
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("campaign_visits_campaign_idx").on("campaign_visits").columns(["campaign_id", "at"]).execute();

  await db.schema.alterTable("scans").addColumn("campaign_id", "text").execute();
  await db.schema.createIndex("scans_campaign_idx").on("scans").column("campaign_id").execute();

  // One upload or paste of member addresses.
  await db.schema
    .createTable("invitation_batches")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("submission_key", "text", (c) => c.notNull().unique())
    .addColumn("consent_text_version", "text", (c) => c.notNull())
    .addColumn("report_json", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("invitations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("batch_id", "text", (c) => c.notNull().references("invitation_batches.id"))
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("unsubscribe_token_hash", "text", (c) => c.notNull().unique())
    .addColumn("mail_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("invitations_email_idx").on("invitations").columns(["email", "created_at"]).execute();
  await db.schema.createIndex("invitations_campaign_idx").on("invitations").columns(["campaign_id", "created_at"]).execute();

  // Addresses that asked for no more invitations (kept so the wish is respected).
  await db.schema
    .createTable("invitation_optouts")
    .addColumn("email", "text", (c) => c.primaryKey())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("invitation_optouts").execute();
  await db.schema.dropTable("invitations").execute();
  await db.schema.dropTable("invitation_batches").execute();
  await db.schema.dropIndex("scans_campaign_idx").execute();
  await db.schema.alterTable("scans").dropColumn("campaign_id").execute();
  await db.schema.dropTable("campaign_visits").execute();
  await db.schema.dropTable("campaigns").execute();
}
