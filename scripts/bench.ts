// npm run bench — builds a large data set, starts the production build and
// drives it with autocannon; prints throughput (also as a ratio of a route that
// does no work), latencies, errors, JavaScript sizes and the budgets.
//
// Options: --reuse      keep the bench database of an earlier run (made anew when missing)
//          --duration=N seconds measured per endpoint (default 10, after a 2-second warm-up)
//          --size=F     scale the data set (default 1: 50,000 employers); for trying the script out
//          --only=K,K   drive only these endpoints (bare, landing, scanSave, report, inbox, dashboard),
//                       e.g. with --profile to see one page's profile; the budgets are then not judged
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import type { Kysely } from "kysely";
import { latestDefinition } from "../app/content/questionnaire";
import { runDailyDigest } from "../app/models/daily-job.server";
import { openDatabase } from "../db/connection";
import { migrateToLatest } from "../db/migrate";
import type { Database } from "../db/schema";
import { BIG_REGION_NAME, fullBenchSize, scanPageForm, scansWithOwner, seedBench, signInBenchUsers } from "../db/seed/bench";
import { generateAnswers, prng } from "../db/seed/generate";
import { seedReference } from "../db/seed/index";
import { freePort } from "../tests/support/net";

// The bench's own messages are enough; the app's info logs (queued mails) would drown them.
process.env.LOG_LEVEL ??= "warn";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=") as [string, string | undefined]));
const reuse = args.has("reuse");
const duration = Number(args.get("duration") ?? 10);
const WARMUP_SECONDS = 2;
const scale = Number(args.get("size") ?? 1);
const only = args.get("only")?.split(",");
const dbPath = join(root, "tests/.tmp/bench/bench.db");
const databaseUrl = `file:${dbPath}`;
/** How many employers the bench signs in, for the scan save and for the report. */
const CLIENT_EMPLOYERS = 2_000;

const budgets = {
  reportRatio: 0.5,
  scanSaveP99Ms: 50,
  reportP95Ms: 100,
  inboxP95Ms: 100,
  dashboardP95Ms: 200,
  scanPageJsGzKb: 150,
};

interface Endpoint {
  key: "bare" | "landing" | "scanSave" | "report" | "inbox" | "dashboard";
  label: string;
  connections: number;
  method: "GET" | "POST";
  expectStatus: number;
  /** The path, headers and body of request number i. */
  request: (i: number) => { path: string; cookie?: string; body?: string };
}

interface Measured {
  endpoint: Endpoint;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  responses: number;
}

const log = (line = "") => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function prepareDatabase(): Promise<void> {
  if (reuse && existsSync(dbPath)) {
    log(`Database: ${dbPath} (hergebruikt, --reuse)`);
    return;
  }
  log(`Database: ${dbPath} (nieuw gemaakt${reuse ? "; --reuse gaf geen bestaande database" : ""})`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(dbPath + suffix, { force: true });
  const handle = openDatabase(databaseUrl);
  try {
    const db = handle.db;
    await migrateToLatest(db);
    await seedReference(db);
    const size = {
      employers: Math.round(fullBenchSize.employers * scale),
      completedScans: Math.round(fullBenchSize.completedScans * scale),
      requests: Math.round(fullBenchSize.requests * scale),
      inProgressScans: Math.round(fullBenchSize.inProgressScans * scale),
    };
    const started = performance.now();
    const summary = await seedBench(db, size, new Date());
    const took = performance.now() - started;
    const c = summary.counts;
    log(
      `Gegenereerd in ${seconds(took)}: ${c.employers} werkgevers, ${c.scans} scans (${c.inProgress ?? 0} nog bezig), ` +
        `${c.scan_answers} antwoorden, ${c.leads} leads, ${c.requests} aanvragen met ${c.request_events} gebeurtenissen, ` +
        `${c.users} gebruikers, over ${await countRegions(db)} regio's.`,
    );
    // As on a normal working day, this morning's digest has gone out before the bench starts.
    const digestStarted = performance.now();
    const digest = await runDailyDigest(db, new Date(), "http://localhost");
    log(`Dagelijkse samenvatting vooraf: ${digest.sent} mails in ${seconds(performance.now() - digestStarted)}.`);
  } finally {
    await handle.close();
  }
}

async function countRegions(db: Kysely<Database>) {
  const row = await db.selectFrom("employers").select((eb) => eb.fn.count<number>("region_id").distinct().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function buildEndpoints(): Promise<Endpoint[]> {
  const handle = openDatabase(databaseUrl);
  try {
    const db = handle.db;
    await db.deleteFrom("sessions").execute();
    const definition = latestDefinition();
    const big = await db.selectFrom("regions").select("id").where("name", "=", BIG_REGION_NAME).executeTakeFirstOrThrow();

    // Scan save: employers with a scan in progress, each saving one of the five pillar pages with valid answers.
    const inProgress = await scansWithOwner(db, "in-progress", CLIENT_EMPLOYERS);
    const scanCookies = await signInBenchUsers(db, inProgress.map((r) => ({ id: r.userId, role: "employer" as const })));
    const rng = prng(7);
    const scanPosts = inProgress.flatMap((r, k) =>
      definition.pillars.map((pillar) => {
        const answers = generateAnswers(definition, rng, rng());
        return { path: `/scan/${r.scanId}/${pillar.id}`, cookie: scanCookies[k]!, body: scanPageForm(pillar, answers) };
      }),
    );

    // Report: the latest completed scan of employers all over the country, opened by their owner.
    const reports = await scansWithOwner(db, "report", CLIENT_EMPLOYERS);
    const reportCookies = await signInBenchUsers(db, reports.map((r) => ({ id: r.userId, role: "employer" as const })));

    // Inbox: the accountmanager of the big region with the most open work; dashboard: its coordinator.
    const busiest = await db
      .selectFrom("leads")
      .select(["assigned_to", (eb) => eb.fn.countAll<number>().as("n")])
      .where("region_id", "=", big.id)
      .where("stage", "!=", "afgerond")
      .groupBy("assigned_to")
      .orderBy("n", "desc")
      .executeTakeFirstOrThrow();
    const coordinator = await db
      .selectFrom("users")
      .select("id")
      .where("region_id", "=", big.id)
      .where("role", "=", "coordinator")
      .executeTakeFirstOrThrow();
    const [inboxCookie, dashboardCookie] = await signInBenchUsers(db, [
      { id: busiest.assigned_to!, role: "accountmanager" },
      { id: coordinator.id, role: "coordinator" },
    ]);
    log(`Ingelogd: ${scanCookies.length + reportCookies.length} werkgevers, 1 accountmanager (${busiest.n} open leads), 1 coördinator.`);

    return [
      { key: "bare", label: "kale route /ping", connections: 20, method: "GET", expectStatus: 200, request: () => ({ path: "/ping" }) },
      { key: "landing", label: "startpagina /", connections: 20, method: "GET", expectStatus: 200, request: () => ({ path: "/" }) },
      {
        key: "scanSave",
        label: "scan opslaan (POST)",
        connections: 50,
        method: "POST",
        expectStatus: 302,
        request: (i) => scanPosts[i % scanPosts.length]!,
      },
      {
        key: "report",
        label: "rapport",
        connections: 20,
        method: "GET",
        expectStatus: 200,
        request: (i) => ({ path: `/rapport/${reports[i % reports.length]!.scanId}`, cookie: reportCookies[i % reports.length]! }),
      },
      { key: "inbox", label: "werkvoorraad /wsp", connections: 10, method: "GET", expectStatus: 200, request: () => ({ path: "/wsp", cookie: inboxCookie! }) },
      {
        key: "dashboard",
        label: "dashboard /wsp/dashboard",
        connections: 5,
        method: "GET",
        expectStatus: 200,
        request: () => ({ path: "/wsp/dashboard", cookie: dashboardCookie! }),
      },
    ];
  } finally {
    await handle.close();
  }
}

async function startServer(port: number): Promise<ChildProcess> {
  // --profile: the server writes a CPU profile (open it in Chrome DevTools) when it stops.
  const profile = args.has("profile") ? ["--cpu-prof", `--cpu-prof-dir=${join(root, "tests/.tmp/bench/profile")}`] : [];
  const child = spawn(process.execPath, [...profile, "scripts/start.mjs"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      DEMO_MODE: "0",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`De server stopte bij het starten (code ${child.exitCode}).`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/ping`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error("De server startte niet binnen 60 seconden.");
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function drive(origin: string, endpoint: Endpoint, seconds_: number): Promise<Measured> {
  let counter = 0;
  const latencies: number[] = [];
  let unexpected = 0;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
    url: origin,
    connections: endpoint.connections,
    duration: seconds_,
    requests: [
      {
        setupRequest: (req) => {
          const r = endpoint.request(counter++);
          return {
            ...req,
            method: endpoint.method,
            path: r.path,
            headers: {
              ...(r.cookie ? { cookie: r.cookie } : {}),
              ...(r.body ? { "content-type": "application/x-www-form-urlencoded", origin } : {}),
            },
            body: r.body,
          };
        },
      },
    ],
      },
      (error, result) => (error ? fail(error instanceof Error ? error : new Error(String(error))) : done(result)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode !== endpoint.expectStatus) unexpected++;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    endpoint,
    rps: latencies.length / seconds_,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + unexpected,
    responses: latencies.length,
  };
}

/** One request through fetch first, so a wrong set-up (a sign-in page, a 400) shows before the run. */
async function check(origin: string, endpoint: Endpoint) {
  const r = endpoint.request(0);
  const res = await fetch(origin + r.path, {
    method: endpoint.method,
    redirect: "manual",
    headers: {
      ...(r.cookie ? { cookie: r.cookie } : {}),
      ...(r.body ? { "content-type": "application/x-www-form-urlencoded", origin } : {}),
    },
    body: r.body,
  });
  if (res.status !== endpoint.expectStatus) {
    throw new Error(`${endpoint.label}: verwacht ${endpoint.expectStatus}, kreeg ${res.status} (${res.headers.get("location") ?? ""})`);
  }
}

interface PageJs {
  page: string;
  gzBytes: number;
  hasChartJs: boolean;
  needsCharts: boolean;
  isScanPage: boolean;
}

/** JavaScript a first visit to each page loads (entry, root, route module and their imports), gzipped per file as served. */
async function javascriptSizes(): Promise<PageJs[]> {
  const build = (await import(join(root, "build/index.js"))) as {
    assets: { entry: { module: string; imports?: string[] }; routes: Record<string, { module: string; imports?: string[]; parentId?: string }> };
  };
  const fileOf = (url: string) => join(root, "public", url);
  const gz = new Map<string, number>();
  const gzSize = (url: string) => {
    if (!gz.has(url)) gz.set(url, gzipSync(readFileSync(fileOf(url)), { level: 6 }).length);
    return gz.get(url)!;
  };
  const chartChunks = new Set(
    readdirSync(join(root, "public/build/_shared"))
      .filter((f) => readFileSync(join(root, "public/build/_shared", f), "utf8").includes("Chart.js v"))
      .map((f) => `/build/_shared/${f}`),
  );
  const pages = [
    { page: "/scan/bedrijf", route: "routes/scan.bedrijf", needsCharts: false, isScanPage: true },
    { page: "/scan/:id/:pillar", route: "routes/scan.$scanId.$pillarId", needsCharts: false, isScanPage: true },
    { page: "/rapport/:id", route: "routes/rapport.$scanId", needsCharts: true, isScanPage: false },
    { page: "/wsp/dashboard", route: "routes/wsp.dashboard", needsCharts: true, isScanPage: false },
    { page: "/", route: "routes/_index", needsCharts: false, isScanPage: false },
  ];
  return pages.map((p) => {
    const files = new Set<string>([build.assets.entry.module, ...(build.assets.entry.imports ?? [])]);
    for (let id: string | undefined = p.route; id; id = build.assets.routes[id]?.parentId) {
      const route = build.assets.routes[id];
      if (!route) throw new Error(`Route ${id} staat niet in de build.`);
      files.add(route.module);
      for (const f of route.imports ?? []) files.add(f);
    }
    return {
      page: p.page,
      gzBytes: [...files].reduce((sum, f) => sum + gzSize(f), 0),
      hasChartJs: [...files].some((f) => chartChunks.has(f)),
      needsCharts: p.needsCharts,
      isScanPage: p.isScanPage,
    };
  });
}

const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");

async function main() {
  if (!existsSync(join(root, "build/index.js"))) throw new Error("Geen productiebuild: voer eerst `npx remix build` uit (npm run bench doet dat).");
  log("== Werkgeversportaal — prestaties meten ==");
  log("Let op: cijfers hangen af van wat er verder op de machine draait.");
  await prepareDatabase();
  const endpoints = (await buildEndpoints()).filter((e) => !only || only.includes(e.key));
  const port = await freePort();
  const server = await startServer(port);
  const origin = `http://127.0.0.1:${port}`;
  const results: Measured[] = [];
  try {
    for (const endpoint of endpoints) await check(origin, endpoint);
    for (const endpoint of endpoints) {
      await drive(origin, endpoint, WARMUP_SECONDS);
      const m = await drive(origin, endpoint, duration);
      results.push(m);
      log(`  gemeten: ${endpoint.label} (${endpoint.connections} verbindingen, ${duration} s)`);
    }
  } finally {
    server.kill("SIGTERM");
  }

  const get = (key: Endpoint["key"]) => results.find((r) => r.endpoint.key === key)!;
  const bare = get("bare") as Measured | undefined;
  log("");
  log(`${pad("onderdeel", 28)}${lpad("verb.", 6)}${lpad("req/s", 9)}${lpad("p50 ms", 9)}${lpad("p95 ms", 9)}${lpad("p99 ms", 9)}${lpad("fouten", 8)}${lpad("t.o.v. kaal", 13)}`);
  for (const r of results) {
    log(
      `${pad(r.endpoint.label, 28)}${lpad(String(r.endpoint.connections), 6)}${lpad(r.rps.toFixed(0), 9)}${lpad(ms(r.p50), 9)}${lpad(ms(r.p95), 9)}${lpad(ms(r.p99), 9)}` +
        `${lpad(String(r.errors), 8)}${lpad(bare ? (r.rps / bare.rps).toFixed(3) : "–", 13)}`,
    );
  }
  if (only) {
    log("Alleen een deel gemeten (--only): de budgetten worden niet beoordeeld.");
    return;
  }

  const js = await javascriptSizes();
  log("");
  log("JavaScript bij een eerste bezoek (gzip, per bestand zoals verstuurd):");
  for (const p of js) {
    log(`  ${pad(p.page, 20)}${lpad((p.gzBytes / 1024).toFixed(1), 7)} kB${p.hasChartJs ? "  met chart.js" : ""}`);
  }

  const report = get("report");
  const scanSave = get("scanSave");
  const inbox = get("inbox");
  const dashboard = get("dashboard");
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  const reportRatio = report.rps / bare!.rps;
  const checks: [string, boolean][] = [
    [`rapport haalt ≥ ${budgets.reportRatio} van de doorvoer van de kale route (${reportRatio.toFixed(3)})`, reportRatio >= budgets.reportRatio],
    [`rapport p95 < ${budgets.reportP95Ms} ms bij 20 gebruikers (${ms(report.p95)} ms)`, report.p95 < budgets.reportP95Ms],
    [`scan opslaan p99 < ${budgets.scanSaveP99Ms} ms bij 50 verbindingen (${ms(scanSave.p99)} ms)`, scanSave.p99 < budgets.scanSaveP99Ms],
    [`werkvoorraad p95 < ${budgets.inboxP95Ms} ms (${ms(inbox.p95)} ms)`, inbox.p95 < budgets.inboxP95Ms],
    [`dashboard p95 < ${budgets.dashboardP95Ms} ms (${ms(dashboard.p95)} ms)`, dashboard.p95 < budgets.dashboardP95Ms],
    [`geen fouten (${errors})`, errors === 0],
    ...js
      .filter((p) => p.isScanPage)
      .map((p): [string, boolean] => [`${p.page}: JavaScript ≤ ${budgets.scanPageJsGzKb} kB gzip (${(p.gzBytes / 1024).toFixed(1)} kB)`, p.gzBytes <= budgets.scanPageJsGzKb * 1024]),
    ...js
      .filter((p) => !p.needsCharts)
      .map((p): [string, boolean] => [`${p.page}: geen chart.js (pagina zonder grafiek)`, !p.hasChartJs]),
  ];
  log("");
  log("Budgetten:");
  for (const [text, ok] of checks) log(`  ${ok ? "OK    " : "MISSED"} ${text}`);
  log(
    `bench: report_ratio=${reportRatio.toFixed(3)} scan_save_p99_ms=${Math.round(scanSave.p99)} inbox_p95_ms=${Math.round(inbox.p95)} ` +
      `dashboard_p95_ms=${Math.round(dashboard.p95)} errors=${errors}`,
  );
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
