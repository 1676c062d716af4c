/**
 * The score histograms behind the comparison with sector peers. They are
 * updated in the same transaction that completes a scan, so a report never
 * reads the scans themselves. That transaction also writes a new version
 * (app_meta "benchmark-version"); each app instance keeps the histograms it
 * read under the version it saw and reads again once the version changes, so
 * a report never shows figures older than the last completed scan.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "~db/schema";
import { groupKeys, type GroupKeys, type Histogram } from "~/domain/benchmark";
import type { ScanResult } from "~/domain/scoring";
import { db } from "~/utils/db.server";
import { newId } from "~/utils/ids.server";

type Db = Kysely<Database> | Transaction<Database>;

const VERSION_KEY = "benchmark-version";
/**
 * The histograms per group key (per pillar) read under one version; replaced as a whole when the
 * version changes. Kept as histograms, not rows, so a report does not rebuild them; nothing that
 * reads them changes them (the domain copies a histogram before it takes a company's own score out).
 */
let kept: { version: string | null; groups: Map<string, Record<string, Histogram>> } = { version: null, groups: new Map() };

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
  const version = newId();
  await trx
    .insertInto("app_meta")
    .values({ key: VERSION_KEY, value: version })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: version }))
    .execute();
}


/** The histograms of the three comparison levels for a sector and size class. */
export async function loadHistograms(keys: GroupKeys): Promise<Record<keyof GroupKeys, Record<string, Histogram>>> {
  // The version first: rows read after it are at least as new as it says.
  const meta = await db().selectFrom("app_meta").select("value").where("key", "=", VERSION_KEY).executeTakeFirst();
  const version = meta?.value ?? null;
  if (kept.version !== version) kept = { version, groups: new Map() };
  // Rows go into the entry of the version read above, even when another request has moved on meanwhile.
  const entry = kept;
  const missing = Object.values(keys).filter((key) => !entry.groups.has(key));
  if (missing.length) {
    const rows = await db()
      .selectFrom("benchmark_counts")
      .select(["group_key", "pillar_id", "score", "count"])
      .where("group_key", "in", missing)
      .where("count", ">", 0)
      .execute();
    for (const key of missing) {
      const byPillar: Record<string, Histogram> = {};
      for (const row of rows) {
        if (row.group_key === key) (byPillar[row.pillar_id] ??= new Map()).set(row.score, row.count);
      }
      entry.groups.set(key, byPillar);
    }
  }
  return {
    "sector-size": entry.groups.get(keys["sector-size"]) ?? {},
    sector: entry.groups.get(keys.sector) ?? {},
    all: entry.groups.get(keys.all) ?? {},
  };
}
