/**
 * The score histograms behind the comparison with sector peers. They are
 * updated in the same transaction that completes a scan, so a report never
 * reads the scans themselves.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "~db/schema";
import { groupKeys, type GroupKeys, type Histogram } from "~/domain/benchmark";
import type { ScanResult } from "~/domain/scoring";
import { db } from "~/utils/db.server";

type Db = Kysely<Database> | Transaction<Database>;

async function addScores(trx: Db, keys: GroupKeys, scores: Record<string, number | null>, delta: 1 | -1) {
  for (const groupKey of Object.values(keys)) {
    for (const [pillarId, score] of Object.entries(scores)) {
      if (score === null) continue;
      await trx
        .insertInto("benchmark_counts")
        .values({ group_key: groupKey, pillar_id: pillarId, score, count: Math.max(delta, 0) })
        .onConflict((oc) =>
          oc.columns(["group_key", "pillar_id", "score"]).doUpdateSet((eb) => ({
            count: eb("benchmark_counts.count", "+", delta),
          })),
        )
        .execute();
    }
  }
}

export const pillarScores = (result: ScanResult) =>
  Object.fromEntries(result.pillars.map((p) => [p.pillarId, p.score] as const));

/**
 * Counts a just-completed scan in the peer figures. Only the employer's latest
 * completed scan counts: an earlier one is taken out.
 */
export async function countInBenchmark(
  trx: Db,
  scan: { id: string; employer_id: string; sector_id: string; size_class: string },
  result: ScanResult,
) {
  const previous = await trx
    .selectFrom("scans")
    .select(["id", "sector_id", "size_class", "result_json"])
    .where("employer_id", "=", scan.employer_id)
    .where("in_benchmark", "=", 1)
    .where("id", "!=", scan.id)
    .execute();
  for (const p of previous) {
    if (p.result_json && p.size_class) {
      await addScores(trx, groupKeys(p.sector_id, p.size_class), pillarScores(JSON.parse(p.result_json) as ScanResult), -1);
    }
    await trx.updateTable("scans").set({ in_benchmark: 0 }).where("id", "=", p.id).execute();
  }
  await addScores(trx, groupKeys(scan.sector_id, scan.size_class), pillarScores(result), 1);
  await trx.updateTable("scans").set({ in_benchmark: 1 }).where("id", "=", scan.id).execute();
}

/** The histograms of the three comparison levels for a sector and size class. */
export async function loadHistograms(keys: GroupKeys): Promise<Record<keyof GroupKeys, Record<string, Histogram>>> {
  const rows = await db()
    .selectFrom("benchmark_counts")
    .select(["group_key", "pillar_id", "score", "count"])
    .where("group_key", "in", Object.values(keys))
    .where("count", ">", 0)
    .execute();
  const out = { "sector-size": {}, sector: {}, all: {} } as Record<keyof GroupKeys, Record<string, Histogram>>;
  for (const level of Object.keys(keys) as (keyof GroupKeys)[]) {
    for (const row of rows.filter((r) => r.group_key === keys[level])) {
      const histogram = (out[level][row.pillar_id] ??= new Map());
      histogram.set(row.score, row.count);
    }
  }
  return out;
}
