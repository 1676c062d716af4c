/**
 * Queries built and compiled once per database and then run with new values. Building a query
 * with Kysely and compiling it to SQL costs more than running a small query on SQLite; the few
 * queries that nearly every request runs (the session lookup, the employer's own scan) are kept
 * compiled. Works alike on SQLite and PostgreSQL: only the values change, not the SQL.
 */
import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Database } from "./schema";

interface Kept<R> {
  query: CompiledQuery<R>;
  /** For each parameter of the compiled query: the name of the value that goes there, or undefined for a constant. */
  slots: (string | undefined)[];
}

export interface PreparedQuery<N extends string, R> {
  /** Runs the query on `db` with these values. */
  (db: Kysely<Database>, values: Record<N, Value>): Promise<R[]>;
  /** The compiled query with these values, to run later, e.g. inside a transaction on `db`. */
  compile(db: Kysely<Database>, values: Record<N, Value>): CompiledQuery<R>;
}

type Value = string | number | null;

/**
 * `build` gets a marker for each named value and must use each only as a value (in a where or
 * a set), never to choose the query's shape. Kept per database: a transaction's own Kysely is
 * new each time, so compile on the database and run the result in the transaction.
 */
export function preparedQuery<N extends string, R>(
  names: readonly N[],
  build: (db: Kysely<Database>, values: Record<N, string>) => Compilable<R>,
): PreparedQuery<N, R> {
  const kept = new WeakMap<Kysely<Database>, Kept<R>>();
  const markers = Object.fromEntries(names.map((name) => [name, `\u0000${name}\u0000`])) as Record<N, string>;
  const nameOf = new Map<unknown, string>(names.map((name) => [markers[name], name]));

  function withValues(db: Kysely<Database>, values: Record<N, Value>): CompiledQuery<R> {
    let entry = kept.get(db);
    if (!entry) {
      const query = build(db, markers).compile();
      const slots = query.parameters.map((p) => nameOf.get(p));
      for (const name of names) {
        if (!slots.includes(name)) throw new Error(`preparedQuery: value "${name}" is not a parameter of ${query.sql}`);
      }
      entry = { query, slots };
      kept.set(db, entry);
    }
    const { query, slots } = entry;
    return { ...query, parameters: slots.map((name, i) => (name === undefined ? query.parameters[i] : values[name as N])) };
  }

  const run = async (db: Kysely<Database>, values: Record<N, Value>) => (await db.executeQuery(withValues(db, values))).rows;
  return Object.assign(run, { compile: withValues });
}
