// The database layer's write path (docs/decisions/0018-http-layer-and-write-lock.md): statements run
// at once in one transaction, kept compiled queries, and — on SQLite — waiting for another
// process's write lock instead of failing with SQLITE_BUSY or sleeping inside SQLite.
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgresUrl, sqlitePathFromUrl } from "~db/connection";
import { preparedQuery } from "~db/prepared";
import { db, dbHandle } from "~/utils/db.server";
import { setupDatabase, teardownDatabase } from "../support/db";

const onSqlite = !isPostgresUrl(process.env.DATABASE_URL ?? "");

beforeAll(async () => {
  await setupDatabase({ reference: true });
});
afterAll(teardownDatabase);

const regionByName = preparedQuery(["name"], (db, v) => db.selectFrom("regions").select(["id", "name"]).where("name", "=", v.name));
const sectorInsert = (id: string, name: string) => db().insertInto("sectors").values({ id, name, sort_order: 900 }).compile();
const sectorCodes = async () => (await db().selectFrom("sectors").select("id").where("id", "like", "T-%").orderBy("id").execute()).map((r) => r.id);

describe("preparedQuery", () => {
  it("returns what the same query built anew returns, for each new value", async () => {
    const regions = await db().selectFrom("regions").select(["id", "name"]).orderBy("name").limit(3).execute();
    expect(regions).toHaveLength(3);
    for (const region of regions) expect(await regionByName(db(), { name: region.name })).toEqual([region]);
    expect(await regionByName(db(), { name: "bestaat niet" })).toEqual([]);
  });

  it("refuses a query that does not use a named value as a parameter", async () => {
    const wrong = preparedQuery(["name"], (db) => db.selectFrom("regions").select("id").where("name", "=", "vast"));
    await expect(wrong(db(), { name: "x" })).rejects.toThrow(/value "name" is not a parameter/);
  });
});

describe("writeAtOnce", () => {
  it("stores all statements together", async () => {
    await dbHandle().writeAtOnce([sectorInsert("T-1", "Een"), sectorInsert("T-2", "Twee")]);
    expect(await sectorCodes()).toEqual(["T-1", "T-2"]);
  });

  it("stores nothing when one statement fails", async () => {
    // T-2 exists: the second insert breaks the primary key, so T-3 is rolled back with it.
    await expect(dbHandle().writeAtOnce([sectorInsert("T-3", "Drie"), sectorInsert("T-2", "Twee")])).rejects.toThrow();
    expect(await sectorCodes()).toEqual(["T-1", "T-2"]);
    // The connection is usable afterwards: no transaction was left open.
    await db().insertInto("sectors").values({ id: "T-4", name: "Vier", sort_order: 900 }).execute();
    expect(await sectorCodes()).toEqual(["T-1", "T-2", "T-4"]);
  });
});

describe.skipIf(!onSqlite)("another process holds SQLite's write lock", () => {
  /** A second connection to the file, as another worker process has, that takes the write lock for `ms`. */
  function holdWriteLock(ms: number): Promise<void> {
    const other = new SQLite(sqlitePathFromUrl(process.env.DATABASE_URL!));
    other.exec("begin immediate");
    return new Promise((resolve) =>
      setTimeout(() => {
        other.exec("commit");
        other.close();
        resolve();
      }, ms),
    );
  }

  it("a transaction, a single statement and writeAtOnce wait for it and then succeed", async () => {
    const released = holdWriteLock(60);
    let releasedAt = 0;
    void released.then(() => (releasedAt = performance.now()));
    const done: number[] = [];
    const stamp = () => done.push(performance.now());
    await Promise.all([
      db()
        .transaction()
        .execute((trx) => trx.insertInto("sectors").values({ id: "T-5", name: "Vijf", sort_order: 900 }).execute())
        .then(stamp),
      db().insertInto("sectors").values({ id: "T-6", name: "Zes", sort_order: 900 }).execute().then(stamp),
      dbHandle().writeAtOnce([sectorInsert("T-7", "Zeven")]).then(stamp),
    ]);
    await released;
    expect(await sectorCodes()).toEqual(["T-1", "T-2", "T-4", "T-5", "T-6", "T-7"]);
    // None of them got through while the lock was held.
    for (const at of done) expect(at).toBeGreaterThanOrEqual(releasedAt);
  });

  it("while it waits, the process goes on: a timer and a read run meanwhile", async () => {
    const released = holdWriteLock(60);
    const events: string[] = [];
    const write = db()
      .insertInto("sectors")
      .values({ id: "T-8", name: "Acht", sort_order: 900 })
      .execute()
      .then(() => events.push("write"));
    await new Promise((r) => setTimeout(r, 20));
    events.push("timer");
    const read = await sql<{ n: number }>`select count(*) as n from sectors`.execute(db());
    events.push("read");
    expect(Number(read.rows[0]!.n)).toBeGreaterThan(0);
    await Promise.all([write, released]);
    expect(events).toEqual(["timer", "read", "write"]);
  });
});
