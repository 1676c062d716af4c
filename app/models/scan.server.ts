import type { Answers } from "~/content/questionnaire/schema";
import type { ScanResult } from "~/domain/scoring";
import { db } from "~/utils/db.server";
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
  return db()
    .selectFrom("scans")
    .selectAll()
    .where("id", "=", scanId)
    .where("employer_id", "=", employerId)
    .executeTakeFirst();
}

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

/** Stores the answers of one page in one transaction; saving the same page twice is harmless. */
export async function saveAnswers(scanId: string, answers: Answers): Promise<void> {
  const at = nowIso();
  await db()
    .transaction()
    .execute(async (trx) => {
      for (const [questionId, optionId] of Object.entries(answers)) {
        await trx
          .insertInto("scan_answers")
          .values({ scan_id: scanId, question_id: questionId, option_id: optionId, updated_at: at })
          .onConflict((oc) =>
            oc.columns(["scan_id", "question_id"]).doUpdateSet({ option_id: optionId, updated_at: at }),
          )
          .execute();
      }
      await trx.updateTable("scans").set({ updated_at: at }).where("id", "=", scanId).execute();
    });
}

/** Completes the scan once; a second submit finds it completed and changes nothing. */
export async function completeScan(scanId: string, result: ScanResult): Promise<boolean> {
  const at = nowIso();
  const updated = await db()
    .updateTable("scans")
    .set({
      status: "completed",
      completed_at: at,
      updated_at: at,
      overall_score: result.overall,
      result_json: JSON.stringify(result),
    })
    .where("id", "=", scanId)
    .where("status", "=", "in_progress")
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
