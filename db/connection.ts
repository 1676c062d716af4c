/**
 * Opens the database named by a URL. SQLite (better-sqlite3) is the embedded
 * default; `postgres://` URLs are reserved for the PostgreSQL dialect.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "./schema";

export const defaultDatabaseUrl = "file:./data/portal.db";

export type DatabaseKind = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Human-readable location without credentials, safe to log. */
  location: string;
  close(): Promise<void>;
}

export function sqlitePathFromUrl(url: string): string {
  const path = url.replace(/^(file|sqlite):(\/\/)?/, "");
  if (path === ":memory:") return path;
  return resolve(path);
}

export function openDatabase(url: string = defaultDatabaseUrl): DatabaseHandle {
  if (/^postgres(ql)?:\/\//.test(url)) {
    throw new Error("PostgreSQL wordt nog niet ondersteund in deze versie; gebruik SQLite (file:…).");
  }
  const path = sqlitePathFromUrl(url);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // In WAL mode NORMAL loses no acknowledged commit when the process dies (kill -9);
  // only an OS crash or power loss can undo the last commits. See ADR 0009.
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    kind: "sqlite",
    location: path,
    close: () => db.destroy(),
  };
}
