/**
 * What the server does before it accepts requests, and the work it keeps
 * doing in the background. Called from scripts/start.mjs via the server build.
 */
import { migrateToLatest } from "~db/migrate";
import { demoSignIns, seedDemo, seedReference } from "~db/seed/index";
import { closeDb, db, dbHandle } from "./db.server";
import { isDemo } from "./env.server";
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
}

export async function shutdown(): Promise<void> {
  const stops = stopWork;
  stopWork = [];
  await Promise.all(stops.map((stop) => stop()));
  await closeDb();
}
