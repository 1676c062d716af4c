// Frozen: never edit a migration that has shipped; add a new one instead.
import type { Kysely } from "kysely";
import { sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // The language a user chose ("nl" or "en"); e-mails to them are sent in it.
  await db.schema
    .alterTable("users")
    .addColumn("locale", "text", (c) => c.notNull().defaultTo(sql`'nl'`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("locale").execute();
}
