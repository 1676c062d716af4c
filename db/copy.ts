/**
 * Copies a whole database into another one, e.g. a region's SQLite file into
 * PostgreSQL (npm run db:copy; README "Van SQLite naar PostgreSQL"). Both must
 * have run every migration; the target must be empty. Tables go in foreign-key
 * order, rows in batches, all in one transaction on the target: a copy that
 * fails leaves the target empty. Row counts are checked before committing.
 */
import { Migrator, type Kysely } from "kysely";
import type { DatabaseHandle } from "./connection";
import { tableKeys, type TableKeys } from "./dialect";
import { migrationProvider, migrations } from "./migrations/index";

type Row = Record<string, unknown>;
type AnyDb = Kysely<Record<string, Row>>;

/** The copy did not start because a precondition failed; nothing was written. */
export class CopyRefused extends Error {}

const BATCH_ROWS = 500;

/** Referenced tables before the tables that refer to them. */
export function foreignKeyOrder(tables: TableKeys[]): TableKeys[] {
  const ordered: TableKeys[] = [];
  const placed = new Set<string>();
  let rest = tables;
  while (rest.length > 0) {
    const ready = rest.filter((t) => t.foreignKeys.every((fk) => fk.references === t.table || placed.has(fk.references)));
    if (ready.length === 0) throw new Error(`Geen volgorde te vinden voor: ${rest.map((t) => t.table).join(", ")}`);
    for (const t of ready) placed.add(t.table);
    ordered.push(...ready);
    rest = rest.filter((t) => !placed.has(t.table));
  }
  return ordered;
}

/** Rows of a table that refers to itself, each after the row it refers to. */
export function parentsFirst(rows: Row[], primaryKey: string, selfColumns: string[]): Row[] {
  const ordered: Row[] = [];
  const placed = new Set<unknown>();
  let rest = rows;
  while (rest.length > 0) {
    const ready = rest.filter((r) => selfColumns.every((c) => r[c] === null || r[c] === r[primaryKey] || placed.has(r[c])));
    if (ready.length === 0) throw new Error("Rijen verwijzen in een kring naar elkaar.");
    for (const r of ready) placed.add(r[primaryKey]);
    ordered.push(...ready);
    rest = rest.filter((r) => !placed.has(r[primaryKey]));
  }
  return ordered;
}

async function missingMigrations(db: AnyDb): Promise<string[]> {
  const known = await new Migrator({ db, provider: migrationProvider }).getMigrations();
  return known.filter((m) => !m.executedAt).map((m) => m.name);
}

async function countRows(db: AnyDb, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function readTable(db: AnyDb, keys: TableKeys, onBatch: (rows: Row[]) => Promise<void>): Promise<void> {
  const selfColumns = keys.foreignKeys.filter((fk) => fk.references === keys.table).map((fk) => fk.column);
  const query = keys.primaryKey.reduce((q, column) => q.orderBy(column), db.selectFrom(keys.table).selectAll());
  if (selfColumns.length > 0) {
    // Few tables refer to themselves (follow-up requests); read whole, write parents first.
    if (keys.primaryKey.length !== 1) throw new Error(`${keys.table}: verwijst naar zichzelf zonder enkelvoudige sleutel.`);
    const rows = parentsFirst(await query.execute(), keys.primaryKey[0]!, selfColumns);
    for (let i = 0; i < rows.length; i += BATCH_ROWS) await onBatch(rows.slice(i, i + BATCH_ROWS));
    return;
  }
  for (let offset = 0; ; offset += BATCH_ROWS) {
    const rows = await query.limit(BATCH_ROWS).offset(offset).execute();
    if (rows.length > 0) await onBatch(rows);
    if (rows.length < BATCH_ROWS) return;
  }
}

export interface CopiedTable {
  table: string;
  rows: number;
}

export async function copyDatabase(from: DatabaseHandle, to: DatabaseHandle, report: (line: string) => void): Promise<CopiedTable[]> {
  if (from.kind === to.kind && from.location === to.location) throw new CopyRefused("Bron en doel zijn dezelfde database.");
  const source = from.db as unknown as AnyDb;
  const target = to.db as unknown as AnyDb;
  const latest = Object.keys(migrations).at(-1);
  for (const [name, handle, db] of [["De bron", from, source], ["Het doel", to, target]] as const) {
    const missing = await missingMigrations(db);
    if (missing.length > 0) {
      throw new CopyRefused(
        `${name} (${handle.location}) mist migraties (${missing.join(", ")}). ` +
          `Voer eerst uit: DATABASE_URL=<url> npm run db:migrate — beide moeten op ${latest} staan.`,
      );
    }
  }
  const tables = foreignKeyOrder(await tableKeys(target));
  const sourceTables = new Set((await tableKeys(source)).map((t) => t.table));
  const absent = tables.filter((t) => !sourceTables.has(t.table)).map((t) => t.table);
  if (absent.length > 0) throw new CopyRefused(`De bron mist tabellen: ${absent.join(", ")}.`);
  const filled = [];
  for (const t of tables) if ((await countRows(target, t.table)) > 0) filled.push(t.table);
  if (filled.length > 0) {
    throw new CopyRefused(`Het doel is niet leeg (${filled.join(", ")}). Kopieer alleen naar een nieuwe, gemigreerde database zonder seed.`);
  }

  report(`Kopiëren van ${from.kind} (${from.location}) naar ${to.kind} (${to.location}), ${tables.length} tabellen:`);
  return target.transaction().execute(async (trx) => {
    const copied: CopiedTable[] = [];
    for (const keys of tables) {
      let written = 0;
      await readTable(source, keys, async (rows) => {
        await trx.insertInto(keys.table).values(rows).execute();
        written += rows.length;
      });
      const [expected, actual] = [await countRows(source, keys.table), await countRows(trx, keys.table)];
      if (written !== expected || actual !== expected) {
        throw new Error(`${keys.table}: ${expected} rijen in de bron, ${actual} in het doel. Niets gekopieerd.`);
      }
      report(`  ${keys.table.padEnd(24)} ${String(actual).padStart(8)} rijen`);
      copied.push({ table: keys.table, rows: actual });
    }
    report(`Klaar: ${copied.reduce((sum, t) => sum + t.rows, 0)} rijen; aantallen per tabel gecontroleerd.`);
    return copied;
  });
}
