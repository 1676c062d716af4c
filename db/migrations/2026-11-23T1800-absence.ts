// Frozen: never edit a migration that has shipped; add a new one instead.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // While an accountmanager is away, their backup covers their employers.
  await db.schema.alterTable("users").addColumn("absent_until", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("absent_until").execute();
}
