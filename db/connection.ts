/**
 * Opens the database named by a URL. SQLite (better-sqlite3) is the embedded
 * default; `postgres://` (or `postgresql://`) URLs use Kysely's PostgreSQL
 * dialect with a `pg` pool (see docs/decisions/0011-postgresql.md).
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
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
  return { db, kind: "postgres", location: postgresLocation(url), close: () => db.destroy() };
}

/**
 * SQLite transactions that take the write lock when they begin ("begin immediate").
 * The portal's worker processes share one database file (scripts/start.mjs); a
 * transaction that read first under a plain "begin" could not take the write lock
 * after another process wrote, and would fail with SQLITE_BUSY instead of waiting.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export function openDatabase(url: string = defaultDatabaseUrl): DatabaseHandle {
  if (isPostgresUrl(url)) return openPostgres(url);
  const path = sqlitePathFromUrl(url);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // In WAL mode NORMAL loses no acknowledged commit when the process dies (kill -9);
  // only an OS crash or power loss can undo the last commits. See ADR 0009.
  sqlite.pragma("synchronous = NORMAL");
  // 64 MiB of page cache instead of SQLite's 2 MiB: a region's work and the report's tables stay in memory.
  sqlite.pragma("cache_size = -65536");
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    kind: "sqlite",
    location: path,
    close: () => db.destroy(),
  };
}
