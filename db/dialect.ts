/**
 * The one place that knows which database it talks to. Everything else is
 * plain Kysely that runs on SQLite and PostgreSQL alike; what cannot be said
 * the same way on both lives here (docs/decisions/0009-postgresql.md).
 */
import { PostgresAdapter, sql, type Kysely, type SelectQueryBuilder } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works for any schema, and for transactions
type AnyDb = Kysely<any>;

export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Locks the selected rows until the transaction ends, for a read-then-write
 * decision (e.g. "is there budget left?"). PostgreSQL runs transactions side
 * by side, so it needs `FOR UPDATE`; SQLite has no such clause and needs
 * none: it runs one write transaction at a time.
 */
export function forUpdate<DB, TB extends keyof DB, O>(
  db: AnyDb,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return isPostgres(db) ? query.forUpdate() : query;
}

/**
 * Runs `work` while holding a database-wide lock named `name`, so that app
 * instances that start together do not migrate and seed at the same time.
 * On PostgreSQL a session advisory lock on one reserved connection; SQLite
 * serves one instance, so there is nothing to wait for.
 */
export async function withExclusiveLock<T>(db: AnyDb, name: string, work: () => Promise<T>): Promise<T> {
  if (!isPostgres(db)) return work();
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext(${name}))`.execute(conn);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(conn);
    }
  });
}
