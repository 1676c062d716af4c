// Production server: prepares the database (migrations, reference data, demo
// data into an empty database), then serves the Remix build (scripts/http.mjs).
//
// With WEB_CONCURRENCY above 1 (default: one per CPU core, at most 4) the first process
// only prepares the database and looks after that many worker processes, which
// share the port and each serve requests and run the background work, as
// separate instances of the portal would (docs/decisions/0017-worker-processes.md).
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { createPortalListener } from "./http.mjs";

process.env.NODE_ENV ??= "production";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
// Default: one per core, at most 4 (more processes mostly wait for the one SQLite writer).
const workerCount = Math.max(1, Number(process.env.WEB_CONCURRENCY) || Math.min(availableParallelism(), 4));

const build = await import(new URL("../build/index.js", import.meta.url).href);
const entry = build.entry.module;

const logLine = (msg, fields = {}, level = "info") =>
  (level === "error" ? console.error : console.log)(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));

if (cluster.isPrimary) {
  const ready = await entry.prepareDatabase();
  if (workerCount === 1) {
    serve(() => printBanner(ready));
  } else {
    await superviseWorkers(ready);
  }
} else {
  serve();
}

function printBanner(ready) {
  const url = `http://localhost:${port}`;
  const lines = [
    "",
    `Werkgeversportaal draait op ${url}${workerCount > 1 ? ` (${workerCount} werkprocessen)` : ""}`,
    `Database: ${ready.location}${ready.demoSeeded ? " (demodata geladen)" : ""}`,
  ];
  if (ready.demoSignIns.length) {
    lines.push("", "Demo-inloggegevens (alles fictief):");
    for (const s of ready.demoSignIns) lines.push(`  - ${s.role}: ${s.email} — ${s.how}`);
  }
  console.log(lines.join("\n") + "\n");
}

/**
 * The primary: starts the workers, replaces one that dies, and on SIGTERM/SIGINT
 * passes the signal on, waits for every worker to finish its requests and close
 * its database, and then closes its own connection last (SQLite checkpoints and
 * removes its WAL file when the last connection closes).
 */
async function superviseWorkers(ready) {
  let stopping = false;
  // Rendering a page allocates many short-lived objects; a larger young generation than V8's
  // default (16 MB) collects them less often. Measured with npm run bench: about a tenth more
  // reports per second (ADR 0017). A flag given to node or in NODE_OPTIONS is left as it is.
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ");
  if (!flags.includes("semi-space")) cluster.setupPrimary({ execArgv: [...process.execArgv, "--max-semi-space-size=32"] });
  // Workers that got to serve; cluster reports a worker's "listening" once its server listens.
  const served = new WeakSet();
  cluster.on("listening", (worker) => served.add(worker));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    if (!served.has(worker)) {
      // A worker that never got to serve (the port is taken, the build is broken) would fail again.
      logLine("worker failed to start", { code, signal }, "error");
      stop("worker-failed", 1);
      return;
    }
    logLine("worker stopped, starting another", { code, signal }, "error");
    cluster.fork();
  });
  const workers = Array.from({ length: workerCount }, () => cluster.fork());
  await Promise.all(workers.map((w) => new Promise((r) => w.once("listening", r))));
  entry.startCheckpoints();
  printBanner(ready);

  function stop(signal, exitCode = 0) {
    if (stopping) return;
    stopping = true;
    logLine("shutting down", { signal, workers: Object.keys(cluster.workers ?? {}).length });
    const timer = setTimeout(() => process.exit(1), 12_000);
    timer.unref();
    const alive = Object.values(cluster.workers ?? {}).filter(Boolean);
    const exits = alive.map((w) => new Promise((r) => (w.isDead() ? r() : w.once("exit", r))));
    for (const w of alive) w.process.kill("SIGTERM");
    void Promise.all(exits)
      .then(() => entry.shutdown())
      .then(() => process.exit(exitCode));
  }
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

/** Serves the app in this process; `onListening` runs once the server listens. */
function serve(onListening = () => {}) {
  const listener = createPortalListener({
    build,
    mode: process.env.NODE_ENV,
    publicDir: fileURLToPath(new URL("../public", import.meta.url)),
    // The client's address for the rate limits, and the scheme and host, from X-Forwarded-* only behind a proxy.
    trustProxy: process.env.TRUST_PROXY === "1",
    // HSTS only where the portal runs behind HTTPS (production with secure cookies).
    hsts: process.env.NODE_ENV === "production" && process.env.SECURE_COOKIES !== "0",
  });

  // Responses in progress, so that a shutdown can let them finish and then close their connections.
  let closing = false;
  const inProgress = new Set();
  const server = createServer((req, res) => {
    inProgress.add(res);
    res.once("close", () => inProgress.delete(res));
    if (closing) res.setHeader("Connection", "close");
    listener(req, res);
  });
  server.listen(port, host, () => {
    onListening();
    entry.startBackgroundWork();
  });

  // SIGTERM/SIGINT: stop accepting connections, let the requests in progress
  // finish (their connections are not kept alive), then stop the background work
  // and close the database (SQLite checkpoints and removes its WAL file).
  function close(signal) {
    if (closing) return;
    closing = true;
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    server.close(async () => {
      await entry.shutdown();
      process.exit(0);
    });
    for (const res of inProgress) {
      if (!res.headersSent) res.setHeader("Connection", "close");
      else res.once("finish", () => server.closeIdleConnections());
    }
    server.closeIdleConnections();
    logLine("shutting down", { signal, inProgress: inProgress.size });
  }
  process.on("SIGTERM", () => close("SIGTERM"));
  process.on("SIGINT", () => close("SIGINT"));
}
