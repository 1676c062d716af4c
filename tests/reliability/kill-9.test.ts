// kill -9 during a load of scan starts and page saves; after a restart on the
// same database file every acknowledged write is there.
import { afterAll, expect, it } from "vitest";
import { resolve } from "node:path";
import { describeAcks, integrityCheck, missingAcks, startLoad, startPortal, tmpDir, type Portal } from "./support";

const KILL_AFTER_ACKS = 400;
let portal: Portal | undefined;

afterAll(async () => {
  await portal?.stop();
});

it("keeps every acknowledged scan save when the server is killed with SIGKILL", async () => {
  const dbFile = resolve(tmpDir("kill-9"), "portal.db");
  const first = await startPortal({ dbFile });
  let inFlightAtKill = 0;
  const load = startLoad(first.url, {
    workers: 12,
    onAck: (count) => {
      if (count !== KILL_AFTER_ACKS) return;
      inFlightAtKill = load.inFlight();
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

  portal = await startPortal({ dbFile });
  const missing = missingAcks(dbFile, acknowledged);
  console.log(
    `kill -9: ${describeAcks(acknowledged)} acknowledged, ${inFlightAtKill} requests in flight at the kill; ` +
      `after restart ${acknowledged.length - missing.length} found, ${missing.length} missing`,
  );
  expect(missing).toEqual([]);
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
  expect(integrityCheck(dbFile)).toBe("ok");
});
