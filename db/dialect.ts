/**
 * The one place that knows which database it talks to. Everything else is
 * plain Kysely that runs on SQLite and PostgreSQL alike; what cannot be said
 * the same way on both lives here (docs/decisions/0011-postgresql.md).
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

export interface TableKeys {
  table: string;
  primaryKey: string[];
  foreignKeys: { column: string; references: string }[];
}

/**
 * Primary and foreign keys of the application's tables (the catalogue is
 * dialect-specific), for tools that copy whole databases.
 */
export async function tableKeys(db: AnyDb): Promise<TableKeys[]> {
  const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
  const [pks, fks] = isPostgres(db)
    ? await Promise.all([
        sql<{ table: string; column: string }>`
          select kcu.table_name as "table", kcu.column_name as "column"
          from information_schema.table_constraints tc
          join information_schema.key_column_usage kcu
            on kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema
          where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema()
          order by kcu.table_name, kcu.ordinal_position`.execute(db),
        sql<{ table: string; column: string; references: string }>`
          select kcu.table_name as "table", kcu.column_name as "column", ccu.table_name as "references"
          from information_schema.table_constraints tc
          join information_schema.key_column_usage kcu
            on kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema
          join information_schema.constraint_column_usage ccu
            on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
          where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(db),
      ])
    : await Promise.all([
        sql<{ table: string; column: string }>`
          select m.name as "table", p.name as "column"
          from sqlite_master m join pragma_table_info(m.name) p
          where m.type = 'table' and p.pk > 0
          order by m.name, p.pk`.execute(db),
        sql<{ table: string; column: string; references: string }>`
          select m.name as "table", f."from" as "column", f."table" as "references"
          from sqlite_master m join pragma_foreign_key_list(m.name) f
          where m.type = 'table'`.execute(db),
      ]);
  return tables.map((table) => ({
    table,
    primaryKey: pks.rows.filter((r) => r.table === table).map((r) => r.column),
    foreignKeys: fks.rows.filter((r) => r.table === table).map(({ column, references }) => ({ column, references })),
  }));
}
