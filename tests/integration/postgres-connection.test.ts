// On PostgreSQL the server can end a connection that sits idle in the pool (a restart, a
// failover, an administrator). The portal must go on: the pool drops that connection and the
// next query gets a new one. Runs only with TEST_POSTGRES_URL.
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "~db/connection";
import { createDatabase, dropDatabase } from "../support/postgres";

const postgres = process.env.TEST_POSTGRES_URL;

describe.skipIf(!postgres)("a PostgreSQL connection ended by the server", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    await createDatabase(process.env.DATABASE_URL!);
    handle = openDatabase(process.env.DATABASE_URL);
  });
  afterAll(async () => {
    await handle?.close();
    await dropDatabase(process.env.DATABASE_URL!);
  });

  it("does not stop the process, and the next query works on a new connection", async () => {
    const before = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
    const pid = before.rows[0]!.pid;

    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await admin.connect();
    try {
      const ended = await admin.query("select pg_terminate_backend($1) as ended", [pid]);
      expect(ended.rows[0]).toEqual({ ended: true });
    } finally {
      await admin.end();
    }
    // The idle connection learns of its end asynchronously; give it the moment to report it.
    await new Promise((r) => setTimeout(r, 200));

    const after = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
    expect(after.rows[0]!.pid).not.toBe(pid);
  });
});
