// Frozen: never edit a migration that has shipped; add a new one instead.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Second factor for staff. The secret is stored encrypted (AES-256-GCM, key from
  // TOTP_ENCRYPTION_KEY); totp_last_step is the last 30-second step used to sign in, so a
  // code works once. A secret without totp_enabled_at is a set-up in progress.
  await db.schema.alterTable("users").addColumn("totp_secret", "text").execute();
  await db.schema.alterTable("users").addColumn("totp_enabled_at", "text").execute();
  await db.schema.alterTable("users").addColumn("totp_last_step", "integer").execute();

  // Single-use recovery codes, only their SHA-256 is kept.
  await db.schema
    .createTable("recovery_codes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("recovery_codes_user_idx").on("recovery_codes").columns(["user_id", "code_hash"]).execute();

  // A correct password of a user with a second factor: valid 5 minutes, used once.
  // The id is the SHA-256 of the token in the pending cookie.
  await db.schema
    .createTable("sign_in_challenges")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("redirect_to", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sign_in_challenges_expires_idx").on("sign_in_challenges").column("expires_at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("sign_in_challenges").execute();
  await db.schema.dropTable("recovery_codes").execute();
  await db.schema.alterTable("users").dropColumn("totp_last_step").execute();
  await db.schema.alterTable("users").dropColumn("totp_enabled_at").execute();
  await db.schema.alterTable("users").dropColumn("totp_secret").execute();
}
