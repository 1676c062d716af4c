/**
 * What the server does before it accepts requests, and the work it keeps
 * doing in the background. Called from scripts/start.mjs via the server build.
 */
import { withExclusiveLock } from "~db/dialect";
import { migrateToLatest } from "~db/migrate";
import { demoSignIns, seedDemo, seedReference } from "~db/seed/index";
import { closeDb, db, dbHandle } from "./db.server";
import { runDailyDigest } from "~/models/daily-job.server";
import { appUrl, env, isDemo } from "./env.server";
import { log } from "./log.server";
import { startMailWorker } from "./mail.server";

export async function prepareDatabase(): Promise<{
  location: string;
  migrated: string[];
  demoSeeded: boolean;
  demoSignIns: ReturnType<typeof demoSignIns>;
}> {
  const handle = dbHandle();
  // Instances that start together on one PostgreSQL take turns here.
  const { migrated, demoSeeded } = await withExclusiveLock(handle.db, "werkgeversportaal:prepare-database", async () => {
    const migrated = await migrateToLatest(handle.db);
    await seedReference(handle.db);
    return { migrated, demoSeeded: isDemo() ? await seedDemo(handle.db) : false };
  });
  log.info("database ready", { kind: handle.kind, migrations: migrated.length, demoSeeded });
  return { location: handle.location, migrated, demoSeeded, demoSignIns: isDemo() ? demoSignIns() : [] };
}

let stopWork: Array<() => Promise<void>> = [];

export function startBackgroundWork(): void {
  stopWork.push(startMailWorker(db()));
  stopWork.push(startDailyScheduler());
}

const DAILY_CHECK_MS = 10 * 60_000;

/**
 * Runs the daily job from 07:00 Amsterdam time (DAILY_JOB_FROM_HOUR). It is
 * safe to run it often, and on every app instance: each person's digest goes
 * out once a day (a job_runs row claimed in the database, daily-job.server.ts).
 */
function startDailyScheduler(): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    const hour = Number(
      new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", hour12: false }).format(new Date()),
    );
    if (running || hour < env().DAILY_JOB_FROM_HOUR) return;
    running = runDailyDigest(db(), new Date(), appUrl())
      // Runs that found every digest already claimed (by this or another instance) log at debug.
      .then((r) => log[r.sent ? "info" : "debug"]("daily digest run", r))
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
