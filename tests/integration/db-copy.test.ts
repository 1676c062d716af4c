// `npm run db:copy` as an operator runs it (tsx scripts/db-copy.ts): SQLite to
// SQLite always; SQLite → PostgreSQL → SQLite when TEST_POSTGRES_URL is set.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "~db/connection";
import { tableKeys } from "~db/dialect";
import { migrateToLatest } from "~db/migrate";
import { seedDemo, seedReference } from "~db/seed/index";
import { createDatabase, dropDatabase } from "../support/postgres";

const run = promisify(execFile);
const dir = resolve("tests/.tmp/vitest");
const files: string[] = [];

function sqliteUrl(): string {
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/copy-${process.pid}-${randomBytes(4).toString("hex")}.db`;
  files.push(path);
  return `file:${path}`;
}

async function migrated(url: string, seed = false): Promise<void> {
  const handle = openDatabase(url);
  await migrateToLatest(handle.db);
  if (seed) {
    await seedReference(handle.db);
    await seedDemo(handle.db);
  }
  await handle.close();
}

async function dbCopy(from: string, to: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(resolve("node_modules/.bin/tsx"), ["scripts/db-copy.ts", "--from", from, "--to", to]);
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** Every row of every table, in primary-key order. */
async function contents(url: string): Promise<Record<string, unknown[]>> {
  const handle: DatabaseHandle = openDatabase(url);
  try {
    const out: Record<string, unknown[]> = {};
    for (const t of await tableKeys(handle.db)) {
      out[t.table] = await t.primaryKey
        .reduce((q, c) => q.orderBy(c), (handle.db as unknown as Kysely<Record<string, Record<string, unknown>>>).selectFrom(t.table).selectAll())
        .execute();
    }
    return out;
  } finally {
    await handle.close();
  }
}

let demo: string;
let demoContents: Record<string, unknown[]>;
beforeAll(async () => {
  demo = sqliteUrl();
  await migrated(demo, true);
  demoContents = await contents(demo);
}, 60_000);
afterAll(() => {
  for (const f of files) for (const suffix of ["", "-wal", "-shm"]) rmSync(f + suffix, { force: true });
});

describe("npm run db:copy", () => {
  it("copies every table in foreign-key order, prints the row counts, and the copy holds the same rows", async () => {
    const target = sqliteUrl();
    await migrated(target);
    const result = await dbCopy(demo, target);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/employers\s+\d+ rijen/);
    expect(result.out).toMatch(/aantallen per tabel gecontroleerd/);
    expect(result.out.indexOf("regions")).toBeLessThan(result.out.indexOf("employers"));
    expect(demoContents.employers!.length).toBeGreaterThan(0);
    expect(demoContents.requests!.length).toBeGreaterThan(0);
    expect(await contents(target)).toEqual(demoContents);
  }, 60_000);

  it("refuses a target that is not empty, or not migrated, and writes nothing", async () => {
    const seeded = sqliteUrl();
    await migrated(seeded);
    const handle = openDatabase(seeded);
    await seedReference(handle.db);
    await handle.close();
    const before = await contents(seeded);
    const notEmpty = await dbCopy(demo, seeded);
    expect(notEmpty.code).not.toBe(0);
    expect(notEmpty.out).toMatch(/Geweigerd: Het doel is niet leeg \(.*regions/);
    expect(await contents(seeded)).toEqual(before);

    const bare = sqliteUrl();
    const notMigrated = await dbCopy(demo, bare);
    expect(notMigrated.code).not.toBe(0);
    expect(notMigrated.out).toMatch(/Geweigerd: Het doel .* mist migraties/);
  }, 60_000);
});

const postgres = process.env.TEST_POSTGRES_URL;
describe.skipIf(!postgres)("npm run db:copy with PostgreSQL", () => {
  const target = process.env.DATABASE_URL!;
  afterAll(() => dropDatabase(target));

  it("moves a region's SQLite data to PostgreSQL and back without losing or changing a row", async () => {
    await createDatabase(target);
    await migrated(target);
    const there = await dbCopy(demo, target);
    expect(there.code).toBe(0);
    expect(there.out).toContain("naar postgres (postgres://");
    expect(there.out).not.toMatch(/postgres:\/\/[^\s)]*@/); // no credentials in the output
    const onPostgres = await contents(target);
    for (const [table, rows] of Object.entries(demoContents)) expect([table, onPostgres[table]?.length]).toEqual([table, rows.length]);
    expect(onPostgres.employers).toEqual(demoContents.employers);
    expect(onPostgres.region_instruments).toEqual(demoContents.region_instruments);

    const back = sqliteUrl();
    await migrated(back);
    expect((await dbCopy(target, back)).code).toBe(0);
    expect(await contents(back)).toEqual(demoContents);
  }, 60_000);
});
