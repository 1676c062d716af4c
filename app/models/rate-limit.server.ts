import { sql, type Kysely } from "kysely";
import type { Database } from "~db/schema";
import { minutesUntilNextWindow, scaledLimit, windowStart, type RateRule } from "~/domain/rate-limit";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { sha256 } from "~/utils/ids.server";

export type RateCheck = { rule: RateRule; subject: string };

/**
 * Counts one hit for each check (atomically, in the database) and tells
 * whether any is over its limit. Hits count even when refused, so hammering
 * does not reopen the door.
 */
export async function hitRateLimits(checks: readonly RateCheck[], now: Date = new Date()): Promise<{ allowed: true } | { allowed: false; minutes: number }> {
  let refused: number | null = null;
  for (const { rule, subject } of checks) {
    const start = windowStart(now, rule.windowSeconds);
    const row = await db()
      .insertInto("rate_limits")
      .values({ key: sha256(`${rule.name}:${subject.trim().toLowerCase()}`), window_start: start, count: 1 })
      .onConflict((oc) => oc.columns(["key", "window_start"]).doUpdateSet({ count: sql<number>`rate_limits.count + 1` }))
      .returning("count")
      .executeTakeFirstOrThrow();
    if (Number(row.count) > scaledLimit(rule, env().RATE_LIMIT_SCALE)) {
      refused = Math.max(refused ?? 0, minutesUntilNextWindow(now, rule.windowSeconds));
    }
  }
  return refused === null ? { allowed: true } : { allowed: false, minutes: refused };
}

/** Windows that ended more than a day ago are of no use any more (run by the daily job). */
export async function pruneRateLimits(database: Kysely<Database>, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 24 * 3600_000).toISOString();
  const result = await database.deleteFrom("rate_limits").where("window_start", "<", cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
