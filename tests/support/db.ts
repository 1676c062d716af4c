import { rmSync } from "node:fs";
import { isPostgresUrl, sqlitePathFromUrl } from "~db/connection";
import { migrateToLatest } from "~db/migrate";
import { seedDemo, seedReference } from "~db/seed/index";
import { closeDb, db } from "~/utils/db.server";
import { createDatabase, dropDatabase } from "./postgres";

const databaseUrl = () => process.env.DATABASE_URL ?? "";

/** Migrates this test file's database (see tests/setup/test-env.ts) and optionally seeds it. */
export async function setupDatabase(options: { reference?: boolean; demo?: boolean } = {}) {
  if (isPostgresUrl(databaseUrl())) await createDatabase(databaseUrl());
  await migrateToLatest(db());
  if (options.reference || options.demo) await seedReference(db());
  if (options.demo) await seedDemo(db());
  return db();
}

export async function teardownDatabase() {
  await closeDb();
  if (isPostgresUrl(databaseUrl())) {
    await dropDatabase(databaseUrl());
    return;
  }
  const path = sqlitePathFromUrl(databaseUrl());
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
}

export async function countRows(table: "municipalities" | "regions" | "sectors" | "users" | "employers" | "organisations" | "mail_outbox" | "sessions" | "login_tokens" | "requests" | "scans") {
  const row = await db()
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
