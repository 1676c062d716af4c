/**
 * What the server does before it accepts requests, and the work it keeps
 * doing in the background. Called from scripts/start.mjs via the server build.
 */
import { migrateToLatest } from "~db/migrate";
import { demoSignIns, seedDemo, seedReference } from "~db/seed/index";
import { closeDb, db, dbHandle } from "./db.server";
import { runDailyJobs } from "~/models/daily-job.server";
import { appUrl, isDemo, retentionSettings } from "./env.server";
import { log } from "./log.server";
import { startMailWorker } from "./mail.server";

export async function prepareDatabase(): Promise<{
  location: string;
  migrated: string[];
  demoSeeded: boolean;
  demoSignIns: ReturnType<typeof demoSignIns>;
}> {
  const handle = dbHandle();
  const migrated = await migrateToLatest(handle.db);
  await seedReference(handle.db);
  const demoSeeded = isDemo() ? await seedDemo(handle.db) : false;
  log.info("database ready", { kind: handle.kind, migrations: migrated.length, demoSeeded });
  return { location: handle.location, migrated, demoSeeded, demoSignIns: isDemo() ? demoSignIns() : [] };
}

let stopWork: Array<() => Promise<void>> = [];

export function startBackgroundWork(): void {
  stopWork.push(startMailWorker(db()));
  stopWork.push(startDailyScheduler());
}

const DAILY_CHECK_MS = 10 * 60_000;
const DAILY_FROM_HOUR = 7;

/**
 * Runs the daily job (digest, retention, rate-limit pruning) from 07:00
 * Amsterdam time. It is safe to run it often: each person's digest goes out
 * once a day and retention only touches what is due (see daily-job.server.ts).
 */
function startDailyScheduler(): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    const hour = Number(
      new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", hour12: false }).format(new Date()),
    );
    if (running || hour < DAILY_FROM_HOUR) return;
    running = runDailyJobs(db(), new Date(), appUrl(), retentionSettings())
      .then((r) => {
        if (r.digest.sent || r.retention.scansDeleted || r.retention.requestsAnonymised) log.info("daily job done", { ...r.digest, ...r.retention });
      })
      .catch((error: unknown) => log.error("daily job failed", { error: String(error) }))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, DAILY_CHECK_MS);
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

export async function shutdown(): Promise<void> {
  const stops = stopWork;
  stopWork = [];
  await Promise.all(stops.map((stop) => stop()));
  await closeDb();
}
