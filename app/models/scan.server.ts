import type { Kysely, Transaction } from "kysely";
import { preparedQuery } from "~db/prepared";
import type { Database } from "~db/schema";
import type { Answers } from "~/content/questionnaire/schema";
import { sizeClass } from "~/domain/benchmark";
import { countInBenchmark } from "./benchmark.server";
import type { ScanResult } from "~/domain/scoring";
import { db, dbHandle } from "~/utils/db.server";
import { nowIso } from "~/utils/ids.server";

export async function findInProgressScan(employerId: string) {
  return db()
    .selectFrom("scans")
    .selectAll()
    .where("employer_id", "=", employerId)
    .where("status", "=", "in_progress")
    .orderBy("started_at", "desc")
    .executeTakeFirst();
}

/** The scan, only when it belongs to this employer (otherwise undefined, shown as 404). */
export async function getEmployerScan(scanId: string, employerId: string) {
  const [scan] = await employerScan(db(), { scanId, employerId });
  return scan;
}

const employerScan = preparedQuery(["scanId", "employerId"], (db, v) =>
  db.selectFrom("scans").selectAll().where("id", "=", v.scanId).where("employer_id", "=", v.employerId),
);

export async function findScanByStartKey(startKey: string) {
  return db().selectFrom("scans").selectAll().where("start_key", "=", startKey).executeTakeFirst();
}

export async function listEmployerScans(employerId: string) {
  return db()
    .selectFrom("scans")
    .select(["id", "status", "started_at", "completed_at", "overall_score", "questionnaire_version"])
    .where("employer_id", "=", employerId)
    .orderBy("started_at", "desc")
    .execute();
}

export async function loadAnswers(scanId: string): Promise<Answers> {
  const rows = await db()
    .selectFrom("scan_answers")
    .select(["question_id", "option_id"])
    .where("scan_id", "=", scanId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.question_id, r.option_id]));
}

/**
 * Stores the answers of one page in one transaction; saving the same page twice is harmless.
 * One multi-row upsert (`excluded` works on SQLite and PostgreSQL alike) instead of one per question.
 */
export async function saveAnswers(scanId: string, answers: Answers): Promise<void> {
  const at = nowIso();
  const rows = Object.entries(answers).map(([questionId, optionId]) => ({ scan_id: scanId, question_id: questionId, option_id: optionId, updated_at: at }));
  const upsert = rows.length
    ? db()
        .insertInto("scan_answers")
        .values(rows)
        .onConflict((oc) =>
          oc.columns(["scan_id", "question_id"]).doUpdateSet((eb) => ({
            option_id: eb.ref("excluded.option_id"),
            updated_at: eb.ref("excluded.updated_at"),
          })),
        )
        .compile()
    : undefined;
  const touch = touchScan.compile(db(), { at, scanId });
  await dbHandle().writeAtOnce(upsert ? [upsert, touch] : [touch]);
}

const touchScan = preparedQuery(["at", "scanId"], (db, v) => db.updateTable("scans").set({ updated_at: v.at }).where("id", "=", v.scanId));

/**
 * Completes the scan once, and counts it in the peer figures in the same
 * transaction; a second submit finds it completed and changes nothing.
 */
export async function completeScan(
  database: Kysely<Database>,
  scanId: string,
  result: ScanResult,
  at: string = nowIso(),
): Promise<boolean> {
  return database.transaction().execute((trx) => completeScanIn(trx, scanId, result, at));
}

/** completeScan for a caller that already holds a transaction. */
export async function completeScanIn(
  trx: Transaction<Database>,
  scanId: string,
  result: ScanResult,
  at: string = nowIso(),
): Promise<boolean> {
  const scan = await trx
    .selectFrom("scans")
    .select(["id", "employer_id", "sector_id", "fte"])
    .where("id", "=", scanId)
    .where("status", "=", "in_progress")
    .executeTakeFirst();
  if (!scan) return false;
  const size = sizeClass(scan.fte);
  const updated = await trx
    .updateTable("scans")
    .set({
      status: "completed",
      completed_at: at,
      updated_at: at,
      overall_score: result.overall,
      result_json: JSON.stringify(result),
      size_class: size,
    })
    .where("id", "=", scanId)
    .where("status", "=", "in_progress")
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return false;
  await countInBenchmark(trx, { ...scan, size_class: size }, result);
  return true;
}
