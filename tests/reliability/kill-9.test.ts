// kill -9 during a load of scan starts and page saves; after a restart on the
// same database file every acknowledged write is there. The portal runs as in
// production, a first process with two worker processes; all three are killed.
import { afterAll, expect, it } from "vitest";
import { resolve } from "node:path";
import {
  childProcesses,
  describeAcks,
  integrityCheck,
  isRunning,
  missingAcks,
  startLoad,
  startPortal,
  tmpDir,
  waitUntil,
  type Portal,
} from "./support";

const KILL_AFTER_ACKS = 400;
let portal: Portal | undefined;

afterAll(async () => {
  await portal?.stop();
});

it("keeps every acknowledged scan save when the server is killed with SIGKILL", async () => {
  const dbFile = resolve(tmpDir("kill-9"), "portal.db");
  const env = { WEB_CONCURRENCY: "2" };
  const first = await startPortal({ dbFile, env });
  const workers = childProcesses(first.child.pid!);
  expect(workers).toHaveLength(2);
  let inFlightAtKill = 0;
  const load = startLoad(first.url, {
    workers: 12,
    onAck: (count) => {
      if (count !== KILL_AFTER_ACKS) return;
      inFlightAtKill = load.inFlight();
      for (const pid of workers) process.kill(pid, "SIGKILL");
      first.child.kill("SIGKILL");
    },
  });
  const exit = await first.exited;
  const errors = await load.stop();
  expect(exit.signal).toBe("SIGKILL");
  // Workers only stop by running into the killed server, never on a bad answer.
  const connectionErrors = errors.filter((e) =>
    ["ECONNRESET", "ECONNREFUSED", "EPIPE"].includes((e as NodeJS.ErrnoException).code ?? ""),
  );
  expect(errors.length).toBeGreaterThan(0);
  expect(connectionErrors).toEqual(errors);
  expect(inFlightAtKill).toBeGreaterThan(0);
  const acknowledged = [...load.acks];
  await waitUntil("the killed workers to be gone", () => !workers.some(isRunning));

  portal = await startPortal({ dbFile, env });
  const missing = missingAcks(dbFile, acknowledged);
  console.log(
    `kill -9: ${describeAcks(acknowledged)} acknowledged, ${inFlightAtKill} requests in flight at the kill; ` +
      `after restart ${acknowledged.length - missing.length} found, ${missing.length} missing`,
  );
  expect(missing).toEqual([]);
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
  expect(integrityCheck(dbFile)).toBe("ok");
});
