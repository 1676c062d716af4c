import { env } from "./env.server";
import { openDatabase, type DatabaseHandle } from "~db/connection";

declare global {
  var __portalDb: DatabaseHandle | undefined;
}

/** One database handle per process, kept across dev rebuilds. */
export function dbHandle(): DatabaseHandle {
  if (!globalThis.__portalDb) globalThis.__portalDb = openDatabase(env().DATABASE_URL);
  return globalThis.__portalDb;
}

export const db = () => dbHandle().db;

export async function closeDb(): Promise<void> {
  const handle = globalThis.__portalDb;
  globalThis.__portalDb = undefined;
  if (handle) await handle.close();
}
