// Frozen: never edit a migration that has shipped; add a new one instead.
// Migrations do not import application code.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("regions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("wsp_name", "text", (c) => c.notNull())
    .addColumn("wsp_email", "text", (c) => c.notNull())
    .addColumn("wsp_phone", "text", (c) => c.notNull())
    .addColumn("service_norm_days", "integer", (c) => c.notNull().defaultTo(2))
    .addColumn("demo_contact", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sectors")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("municipalities")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("region_id", "text", (c) => c.notNull().references("regions.id"))
    .execute();
  await db.schema.createIndex("municipalities_region_idx").on("municipalities").column("region_id").execute();
  await db.schema.createIndex("municipalities_name_idx").on("municipalities").column("name").execute();

  await db.schema
    .createTable("organisations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("region_id", "text", (c) => c.references("regions.id"))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("phone", "text")
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("region_id", "text", (c) => c.references("regions.id"))
    .addColumn("organisation_id", "text", (c) => c.references("organisations.id"))
    .addColumn("employer_id", "text")
    .addColumn("backup_user_id", "text")
    .addColumn("password_hash", "text")
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("last_login_at", "text")
    .execute();
  await db.schema.createIndex("users_region_role_idx").on("users").columns(["region_id", "role"]).execute();
  await db.schema.createIndex("users_employer_idx").on("users").column("employer_id").execute();

  await db.schema
    .createTable("employers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kvk", "text", (c) => c.notNull().unique())
    .addColumn("sector_id", "text", (c) => c.notNull().references("sectors.id"))
    .addColumn("fte", "integer", (c) => c.notNull())
    .addColumn("municipality_code", "text", (c) => c.references("municipalities.code"))
    .addColumn("region_id", "text", (c) => c.notNull().references("regions.id"))
    .addColumn("contact_name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("phone", "text")
    .addColumn("account_manager_id", "text", (c) => c.references("users.id"))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("employers_region_idx").on("employers").column("region_id").execute();
  await db.schema.createIndex("employers_email_idx").on("employers").column("email").execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("login_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("redirect_to", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();

  await db.schema
    .createTable("mail_outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text_body", "text", (c) => c.notNull())
    .addColumn("html_body", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("locked_until", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .execute();
  await db.schema
    .createIndex("mail_outbox_due_idx")
    .on("mail_outbox")
    .columns(["status", "next_attempt_at"])
    .execute();

  await db.schema
    .createTable("app_meta")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "app_meta",
    "mail_outbox",
    "login_tokens",
    "sessions",
    "employers",
    "users",
    "organisations",
    "municipalities",
    "sectors",
    "regions",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
