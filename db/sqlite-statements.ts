/**
 * Kysely's SQLite driver prepares every query anew; preparing (parsing and planning)
 * cost about as much as running the small queries of a page. This keeps the most
 * recently used prepared statements per connection, keyed by their SQL text.
 * SQLite re-prepares a kept statement by itself after a schema change.
 */
import type SQLite from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

export function withStatementCache(sqlite: SQLite.Database, size = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const kept = cache.get(sql);
      if (kept) {
        // Most recently used last, so the first key is the one to drop.
        cache.delete(sql);
        cache.set(sql, kept);
        return kept;
      }
      const statement = sqlite.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
