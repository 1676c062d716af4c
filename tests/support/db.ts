import { rmSync } from "node:fs";
import { sqlitePathFromUrl } from "~db/connection";
import { migrateToLatest } from "~db/migrate";
import { seedDemo, seedReference } from "~db/seed/index";
import { closeDb, db } from "~/utils/db.server";

/** Migrates this test file's database (see tests/setup/test-env.ts) and optionally seeds it. */
export async function setupDatabase(options: { reference?: boolean; demo?: boolean } = {}) {
  await migrateToLatest(db());
  if (options.reference || options.demo) await seedReference(db());
  if (options.demo) await seedDemo(db());
  return db();
}

export async function teardownDatabase() {
  await closeDb();
  const path = sqlitePathFromUrl(process.env.DATABASE_URL ?? "");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
}

export async function countRows(table: "municipalities" | "regions" | "sectors" | "users" | "employers" | "organisations" | "mail_outbox" | "sessions" | "login_tokens" | "requests" | "scans") {
  const row = await db()
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
