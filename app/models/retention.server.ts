/**
 * Retention, run by the daily job: unfinished scans are deleted, closed
 * requests anonymised (periods in app/domain/retention.ts, set by env).
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "~db/schema";
import { minimalRequestDetails, retentionCutoffs, type RetentionSettings } from "~/domain/retention";

/**
 * Makes requests anonymous: details keep only which budgets were used, the
 * decision reason and every note in the history go, and the people who
 * submitted or acted for the employer are no longer linked. Amounts in the
 * budget ledger are untouched.
 */
export async function anonymiseRequests(trx: Transaction<Database>, ids: readonly string[], at: string): Promise<void> {
  if (ids.length === 0) return;
  const rows = await trx.selectFrom("requests").select(["id", "details_json"]).where("id", "in", ids).execute();
  for (const row of rows) {
    await trx
      .updateTable("requests")
      .set({
        details_json: JSON.stringify(minimalRequestDetails(JSON.parse(row.details_json) as Record<string, unknown>)),
        decision_reason: null,
        created_by: null,
        anonymised_at: at,
      })
      .where("id", "=", row.id)
      .execute();
  }
  await trx.updateTable("request_events").set({ note: null }).where("request_id", "in", ids).execute();
  await trx.updateTable("request_events").set({ actor_id: null }).where("request_id", "in", ids).where("actor_role", "=", "employer").execute();
}

/** Deletes scans with everything that hangs on them (answers, leads, consents); requests keep their row without the link. */
export async function deleteScans(trx: Transaction<Database>, scanIds: readonly string[]): Promise<void> {
  if (scanIds.length === 0) return;
  await trx.updateTable("requests").set({ scan_id: null }).where("scan_id", "in", scanIds).execute();
  await trx.deleteFrom("scan_answers").where("scan_id", "in", scanIds).execute();
  await trx.deleteFrom("leads").where("scan_id", "in", scanIds).execute();
  await trx.deleteFrom("consents").where("scan_id", "in", scanIds).execute();
  await trx.deleteFrom("scans").where("id", "in", scanIds).execute();
}

const BATCH = 500;

/** Takes due ids in batches, each handled in its own transaction, so a large first run does not hold the database. */
async function inBatches(
  database: Kysely<Database>,
  due: () => Promise<{ id: string }[]>,
  apply: (trx: Transaction<Database>, ids: string[]) => Promise<void>,
): Promise<number> {
  let done = 0;
  for (;;) {
    const ids = (await due()).map((r) => r.id);
    if (ids.length === 0) return done;
    await database.transaction().execute((trx) => apply(trx, ids));
    done += ids.length;
  }
}

export async function applyRetention(
  database: Kysely<Database>,
  now: Date,
  settings: RetentionSettings,
): Promise<{ scansDeleted: number; requestsAnonymised: number }> {
  const cutoffs = retentionCutoffs(now, settings);
  const scansDeleted = await inBatches(
    database,
    () =>
      database
        .selectFrom("scans")
        .select("id")
        .where("status", "=", "in_progress")
        .where("updated_at", "<", cutoffs.unfinishedScansBefore)
        .limit(BATCH)
        .execute(),
    deleteScans,
  );
  const requestsAnonymised = await inBatches(
    database,
    () =>
      database
        .selectFrom("requests")
        .select("id")
        .where("closed_at", "is not", null)
        .where("closed_at", "<", cutoffs.closedRequestsBefore)
        .where("anonymised_at", "is", null)
        .limit(BATCH)
        .execute(),
    (trx, ids) => anonymiseRequests(trx, ids, now.toISOString()),
  );
  return { scansDeleted, requestsAnonymised };
}
