/**
 * What the server does before it accepts requests, and the work it keeps
 * doing in the background. Called from scripts/start.mjs via the server build.
 */
import { withExclusiveLock } from "~db/dialect";
import { migrateToLatest } from "~db/migrate";
import { demoSignIns, seedDemo, seedReference } from "~db/seed/index";
import { closeDb, db, dbHandle } from "./db.server";
import { runDailyJobs } from "~/models/daily-job.server";
import { appUrl, env, isDemo, retentionSettings } from "./env.server";
import { log } from "./log.server";
import { totpKeyConfigured } from "./totp-secret.server";
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
  if (!totpKeyConfigured()) {
    log.error("TOTP_ENCRYPTION_KEY is not set: staff cannot set up or use a second factor until it is");
  }
  log.info("database ready", { kind: handle.kind, migrations: migrated.length, demoSeeded });
  return { location: handle.location, migrated, demoSeeded, demoSignIns: isDemo() ? demoSignIns() : [] };
}

let stopWork: Array<() => Promise<void>> = [];

export function startBackgroundWork(): void {
  stopWork.push(startMailWorker(db()));
  stopWork.push(startDailyScheduler());
}

/**
 * SQLite with worker processes: the first process, which serves no requests, copies the
 * write-ahead log into the database file this often. A worker's own checkpoint (SQLite's, after
 * every 1,000 pages of log) then finds little left to copy, and the worker's requests wait less
 * for the disk (ADR 0018).
 */
export function startCheckpoints(everyMs = 100): void {
  const handle = dbHandle();
  if (handle.kind !== "sqlite") return;
  const timer = setInterval(() => {
    try {
      handle.checkpoint();
    } catch (error) {
      log.error("checkpoint failed", { error: String(error) });
    }
  }, everyMs);
  stopWork.push(async () => clearInterval(timer));
}

const DAILY_CHECK_MS = 10 * 60_000;

/**
 * Runs the daily job (digest, retention, rate-limit pruning) from 07:00
 * Amsterdam time (DAILY_JOB_FROM_HOUR). It is safe to run it often, and on
 * every app instance: each person's digest goes out once a day (a job_runs row
 * claimed in the database) and retention only touches what is due.
 */
function startDailyScheduler(): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    const hour = Number(
      new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", hour12: false }).format(new Date()),
    );
    if (running || hour < env().DAILY_JOB_FROM_HOUR) return;
    running = runDailyJobs(db(), new Date(), appUrl(), retentionSettings())
      // Runs that found every digest already claimed (by this or another instance) and nothing due log at debug.
      .then((r) => {
        const busy = r.digest.sent || r.retention.scansDeleted || r.retention.requestsAnonymised;
        log[busy ? "info" : "debug"]("daily job done", { ...r.digest, ...r.retention });
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
