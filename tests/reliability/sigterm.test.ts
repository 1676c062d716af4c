// SIGTERM while requests are in flight: the server stops accepting, finishes
// what it started, stops its background work and closes the database cleanly.
// The portal runs as it does in production: a first process with two worker
// processes that serve the requests (scripts/start.mjs, WEB_CONCURRENCY=2).
import { existsSync, statSync } from "node:fs";
import http from "node:http";
import { resolve } from "node:path";
import { afterAll, expect, it } from "vitest";
import {
  completeScan,
  integrityCheck,
  missingAcks,
  pillars,
  randomAnswers,
  send,
  startPortal,
  startScan,
  tmpDir,
  waitUntil,
  type Ack,
  type Portal,
  type Reply,
} from "./support";

let portal: Portal | undefined;
afterAll(async () => {
  if (portal?.child.exitCode === null) await portal.stop();
});

/**
 * A request the server has certainly begun: it is sent with "Expect: 100-continue",
 * and Node's HTTP server answers "100 Continue" only as it hands the request to
 * the app. A body is sent only when `finish` is called.
 */
function begin(base: string, path: string, options: { cookie: string; agent: http.Agent; form?: Record<string, string> }) {
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  const headers: http.OutgoingHttpHeaders = { Origin: base, Cookie: options.cookie, Expect: "100-continue" };
  if (body !== undefined) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    headers["Content-Length"] = Buffer.byteLength(body);
  }
  const req = http.request(new URL(path, base), { method: body === undefined ? "GET" : "POST", headers, agent: options.agent });
  const reply = new Promise<Reply>((done, fail) => {
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", fail);
    });
    req.on("error", fail);
  });
  const started = new Promise<void>((done) => req.once("continue", done));
  if (body === undefined) req.end();
  else req.flushHeaders();
  return {
    started,
    finish: () => {
      if (body !== undefined) req.end(body);
      return reply;
    },
  };
}

it("finishes requests in flight on SIGTERM, refuses new ones and exits 0 with the database closed", async () => {
  const dbFile = resolve(tmpDir("sigterm"), "portal.db");
  const workers = 2;
  portal = await startPortal({ dbFile, env: { WEB_CONCURRENCY: String(workers) } });
  const base = portal.url;

  const reports = [];
  for (let i = 0; i < 3; i++) {
    const scan = await startScan(base);
    await completeScan(base, scan);
    reports.push(scan);
  }
  const scans = await Promise.all(Array.from({ length: 6 }, () => startScan(base)));

  // A keep-alive connection that is idle when the signal comes.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
  expect((await send(base, "/healthz", { agent })).status).toBe(200);
  const idleSocket = Object.values(agent.freeSockets).flat()[0]!;
  let idleClosed = false;
  idleSocket.once("close", () => (idleClosed = true));

  const pdfs = reports.map((scan) => begin(base, `/rapport/${scan.scanId}/pdf`, { cookie: scan.cookie, agent }));
  const saves = scans.map((scan) => {
    const answers = randomAnswers(0);
    const ack: Ack = { kind: "save", scanId: scan.scanId, pillarId: pillars[0]!.id, answers };
    const request = begin(base, `/scan/${scan.scanId}/${pillars[0]!.id}`, {
      cookie: scan.cookie,
      agent,
      form: { ...answers, intent: "next" },
    });
    return { ack, request };
  });
  await Promise.all([...pdfs.map((p) => p.started), ...saves.map((s) => s.request.started)]);

  portal.child.kill("SIGTERM");
  // The first process passes the signal on; each worker logs how many of its requests were in progress.
  const workerLines = () => [...portal!.output().matchAll(/"msg":"shutting down".*"inProgress":(\d+)/g)];
  await waitUntil("every worker to log that it shuts down", () => workerLines().length === workers);
  // The saves cannot have finished: their bodies are still to come.
  const inProgress = workerLines().reduce((sum, m) => sum + Number(m[1]), 0);
  expect(inProgress).toBeGreaterThanOrEqual(saves.length);

  // No new connections once the workers have stopped listening (the first process then closes the port).
  const refused = await send(base, "/healthz").then(
    () => "accepted",
    (error: NodeJS.ErrnoException) => error.code,
  );
  expect(refused).toBe("ECONNREFUSED");
  await waitUntil("the idle keep-alive connection to be closed by the server", () => idleClosed);

  // The requests that were in flight all complete; the saves' bodies are sent only now.
  const pdfReplies = await Promise.all(pdfs.map((p) => p.finish()));
  const saveReplies = await Promise.all(saves.map((s) => s.request.finish()));
  for (const reply of pdfReplies) {
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("application/pdf");
    expect(reply.body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(reply.body.subarray(-6).toString()).toMatch(/%%EOF\s*$/);
  }
  for (const [i, reply] of saveReplies.entries()) {
    expect(reply.status).toBe(302);
    expect(reply.headers.location).toBe(`/scan/${saves[i]!.ack.scanId}/${pillars[1]!.id}`);
    expect(reply.headers.connection).toBe("close");
  }

  const exit = await portal.exited;
  expect(exit).toEqual({ code: 0, signal: null });
  const wal = `${dbFile}-wal`;
  const walLeft = existsSync(wal) ? `${statSync(wal).size} bytes` : "removed";
  expect(walLeft).toMatch(/^(removed|0 bytes)$/);
  expect(integrityCheck(dbFile)).toBe("ok");
  expect(missingAcks(dbFile, saves.map((s) => s.ack))).toEqual([]);
  agent.destroy();
  console.log(
    `SIGTERM: ${pdfReplies.length} PDF downloads and ${saveReplies.length} saves (bodies held back) begun before the signal, ` +
      `${inProgress} in progress when it was handled; all completed (200/302), ` +
      `new connection ${refused}, exit code ${exit.code}, WAL file ${walLeft}, integrity ok`,
  );
});
