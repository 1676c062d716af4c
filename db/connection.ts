/**
 * Opens the database named by a URL. SQLite (better-sqlite3) is the embedded
 * default; `postgres://` (or `postgresql://`) URLs use Kysely's PostgreSQL
 * dialect with a `pg` pool (see docs/decisions/0011-postgresql.md).
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import {
  type CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from "kysely";
import pg from "pg";
import type { Database } from "./schema";
import { withStatementCache } from "./sqlite-statements";

export const defaultDatabaseUrl = "file:./data/portal.db";

export type DatabaseKind = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Human-readable location without credentials, safe to log. */
  location: string;
  close(): Promise<void>;
  /**
   * Runs these statements in one transaction, with nothing else of this process in between. On
   * SQLite this is synchronous, so the write lock that all worker processes share is held only
   * while the statements run; in a Kysely transaction, other requests' work runs at every await
   * while the lock is held (docs/decisions/0018-http-layer-and-write-lock.md).
   */
  writeAtOnce(queries: readonly CompiledQuery[]): Promise<void>;
  /** SQLite: copies what the write-ahead log holds into the database file, without waiting for anyone (PASSIVE). */
  checkpoint(): void;
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

export function sqlitePathFromUrl(url: string): string {
  const path = url.replace(/^(file|sqlite):(\/\/)?/, "");
  if (path === ":memory:") return path;
  return resolve(path);
}

/** postgres://user:secret@host:5432/portal?sslmode=… → postgres://host:5432/portal */
export function postgresLocation(url: string): string {
  const u = new URL(url);
  return `postgres://${u.host}${u.pathname}`;
}

// count(*) and sum() of integers come back as int8 (bigint), which pg returns
// as a string. Our counts and cent amounts stay far below 2^53, so this pool
// parses int8 as a number; models still wrap aggregates in Number().
const INT8_OID = 20;
const pgTypes = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? "text"),
};

function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    types: pgTypes,
  });
  // An idle connection that the server ends (a restart, a failover, an administrator) reports its
  // error on the pool; without a listener that error would stop the whole process. The pool drops
  // the connection and opens a new one when it is needed.
  pool.on("error", (error: Error & { code?: string }) => {
    console.error(JSON.stringify({ time: new Date().toISOString(), level: "warn", msg: "idle database connection lost", code: error.code }));
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "postgres",
    location: postgresLocation(url),
    close: () => db.destroy(),
    checkpoint: () => {},
    writeAtOnce: (queries) =>
      db.transaction().execute(async (trx) => {
        for (const query of queries) await trx.executeQuery(query);
      }),
  };
}

/** How long a statement or transaction waits for another process's write lock before it fails. */
const WRITE_LOCK_TIMEOUT_MS = 5_000;
/** How long it tries again at every turn of the event loop, keeping the connection, before it waits longer between tries and gives the connection back. */
const WRITE_LOCK_EVERY_TURN_MS = 2;

const isBusy = (error: unknown) => error instanceof SQLite.SqliteError && error.code === "SQLITE_BUSY";

/**
 * SQLite with several processes on one file (the worker processes of scripts/start.mjs).
 *
 * - Transactions take the write lock when they begin ("begin immediate"). A transaction that read
 *   first under a plain "begin" could not take the write lock after another process wrote, and
 *   would fail with SQLITE_BUSY instead of waiting.
 * - The connection has busy_timeout 0: waiting for another process's write lock happens here
 *   (`#whileLocked`), not in SQLite's busy handler. A statement outside a transaction that found
 *   the database locked has changed nothing and is run again. Waiting longer than 2 ms, it gives
 *   the connection to this process's other queries meanwhile
 *   (docs/decisions/0018-http-layer-and-write-lock.md).
 */
class ImmediateSqliteDriver extends SqliteDriver {
  readonly #sqlite: SQLite.Database;
  readonly #statements: SqliteDatabase;
  #connection: DatabaseConnection | undefined;
  constructor(config: SqliteDialectConfig & { database: SqliteDatabase }, sqlite: SQLite.Database) {
    super(config);
    this.#sqlite = sqlite;
    this.#statements = config.database;
  }

  /**
   * Runs `attempt` again while it finds the database locked by another process, at most 5 s; never
   * inside a transaction. Another worker's write holds the lock for a fraction of a millisecond:
   * for the first 2 ms this tries again at every turn of the event loop (setImmediate), so the
   * process serves its other requests in between instead of sleeping (SQLite's own busy handler
   * sleeps 1, 2, 5, 10 ms … and so blocked every request of the worker for milliseconds). A longer
   * lock (a backup, a long transaction) is waited for with timers, each time somewhat longer,
   * with the connection given back meanwhile. The caller holds the connection.
   */
  async #whileLocked<T>(attempt: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    for (let n = 0; ; n++) {
      try {
        return await attempt();
      } catch (error) {
        const waited = performance.now() - started;
        if (!isBusy(error) || this.#sqlite.inTransaction || waited > WRITE_LOCK_TIMEOUT_MS) throw error;
        if (waited < WRITE_LOCK_EVERY_TURN_MS) {
          await new Promise<void>((resolve) => setImmediate(resolve));
        } else {
          await this.releaseConnection();
          await new Promise((resolve) => setTimeout(resolve, Math.min(1 + n / 50, 10)));
          await super.acquireConnection();
        }
      }
    }
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    this.#connection ??= {
      executeQuery: (query) => this.#whileLocked(() => connection.executeQuery(query)),
      streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
    };
    return this.#connection;
  }

  override async beginTransaction(_connection: DatabaseConnection): Promise<void> {
    await this.#whileLocked(() => this.#sqlite.exec("begin immediate"));
  }

  /** DatabaseHandle.writeAtOnce: begin, the statements and commit in one synchronous step. */
  async writeAtOnce(queries: readonly CompiledQuery[]): Promise<void> {
    const sqlite = this.#sqlite;
    const once = () => {
      sqlite.exec("begin immediate");
      try {
        for (const query of queries) this.#statements.prepare(query.sql).run(query.parameters);
        sqlite.exec("commit");
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec("rollback");
        throw error;
      }
    };
    // The connection of Kysely's driver: no Kysely transaction of this process is open meanwhile.
    await super.acquireConnection();
    try {
      await this.#whileLocked(once);
    } finally {
      await this.releaseConnection();
    }
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly driver: ImmediateSqliteDriver;
  constructor(config: SqliteDialectConfig & { database: SqliteDatabase }, sqlite: SQLite.Database) {
    super(config);
    this.driver = new ImmediateSqliteDriver(config, sqlite);
  }
  override createDriver(): Driver {
    return this.driver;
  }
}

export function openDatabase(url: string = defaultDatabaseUrl): DatabaseHandle {
  if (isPostgresUrl(url)) return openPostgres(url);
  const path = sqlitePathFromUrl(url);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // No waiting inside SQLite: ImmediateSqliteDriver waits for a locked database without blocking the process.
  sqlite.pragma("busy_timeout = 0");
  // In WAL mode NORMAL loses no acknowledged commit when the process dies (kill -9);
  // only an OS crash or power loss can undo the last commits. See ADR 0009.
  sqlite.pragma("synchronous = NORMAL");
  // 64 MiB of page cache instead of SQLite's 2 MiB: a region's work and the report's tables stay in memory.
  sqlite.pragma("cache_size = -65536");
  const dialect = new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }, sqlite);
  const db = new Kysely<Database>({ dialect });
  return {
    db,
    kind: "sqlite",
    location: path,
    close: () => db.destroy(),
    checkpoint: () => void sqlite.pragma("wal_checkpoint(PASSIVE)"),
    writeAtOnce: (queries) => dialect.driver.writeAtOnce(queries),
  };
}
