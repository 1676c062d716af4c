// npm run bench:pages — what one page costs the server, without HTTP and without other load:
// the Remix request handler of the production build is called in this process, on the bench
// database of `npm run bench` (made there; this script only reads it and signs in one user).
// Prints per page the time per request (fastest and median of 10 batches: this machine's timings
// vary from run to run), the CPU time per request (also GC threads) and the SQL statements run.
//
// Options: --pages=ping,landing,report,inbox,save   which pages (default: all five; save is the
//                                              POST of a scan page, as the bench sends it)
//          --requests=N                        requests per page (default 500)
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import SQLite from "better-sqlite3";
import { openDatabase } from "../db/connection";
import { latestDefinition } from "../app/content/questionnaire";
import { BIG_REGION_NAME, scanPageForm, scansWithOwner, signInBenchUsers } from "../db/seed/bench";
import { generateAnswers, prng } from "../db/seed/generate";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dbPath = join(root, "tests/.tmp/bench/bench.db");
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=") as [string, string | undefined]));
const pages = (args.get("pages") ?? "ping,landing,report,inbox,save").split(",");
const requests = Number(args.get("requests") ?? 500);

// Count the statements every page runs: better-sqlite3's statements share one prototype.
let statements = 0;
const probe = new SQLite(":memory:");
const statementPrototype = Object.getPrototypeOf(probe.prepare("select 1")) as Record<string, (...a: unknown[]) => unknown>;
probe.close();
for (const method of ["all", "get", "run", "iterate"]) {
  const original = statementPrototype[method]!;
  statementPrototype[method] = function (this: unknown, ...a: unknown[]) {
    statements++;
    return original.apply(this, a);
  };
}

async function main() {
  if (!existsSync(dbPath)) throw new Error("Geen benchmarkdatabase: voer eerst `npm run bench` uit.");
  if (!existsSync(join(root, "build/index.js"))) throw new Error("Geen productiebuild: voer eerst `npx remix build` uit.");
  process.env.DATABASE_URL = `file:${dbPath}`;
  process.env.LOG_LEVEL ??= "warn";
  // As the server runs: React and Remix choose their production code by NODE_ENV when first loaded (below).
  process.env.NODE_ENV = "production";

  const handle = openDatabase(process.env.DATABASE_URL);
  const db = handle.db;
  const big = await db.selectFrom("regions").select("id").where("name", "=", BIG_REGION_NAME).executeTakeFirstOrThrow();
  const [report] = await scansWithOwner(db, "report", 1);
  const [inProgress] = await scansWithOwner(db, "in-progress", 1);
  if (!report || !inProgress) throw new Error("De benchmarkdatabase heeft geen scans: maak haar opnieuw met `npm run bench`.");
  const accountmanager = await db
    .selectFrom("users")
    .select("id")
    .where("region_id", "=", big.id)
    .where("role", "=", "accountmanager")
    .orderBy("id")
    .limit(1)
    .executeTakeFirstOrThrow();
  const [reportCookie, inboxCookie, saveCookie] = await signInBenchUsers(db, [
    { id: report.userId, role: "employer" },
    { id: accountmanager.id, role: "accountmanager" },
    { id: inProgress.userId, role: "employer" },
  ]);
  const definition = latestDefinition();
  const pillar = definition.pillars[0]!;
  const targets: Record<string, { path: string; cookie?: string; body?: string; status?: number }> = {
    ping: { path: "/ping" },
    landing: { path: "/" },
    report: { path: `/rapport/${report.scanId}`, cookie: reportCookie },
    inbox: { path: "/wsp", cookie: inboxCookie },
    save: {
      path: `/scan/${inProgress.scanId}/${pillar.id}`,
      cookie: saveCookie,
      body: scanPageForm(pillar, generateAnswers(definition, prng(7), 0.5)),
      status: 302,
    },
  };
  await handle.close();

  const build = (await import(join(root, "build/index.js"))) as ServerBuild;
  const handler = createRequestHandler(build, "production");
  console.log("pagina        snelste  mediaan   CPU/verzoek  SQL/verzoek  bytes");
  for (const page of pages) {
    const target = targets[page];
    if (!target) throw new Error(`Onbekende pagina ${page}; kies uit ${Object.keys(targets).join(", ")}.`);
    const once = async () => {
      const headers: Record<string, string> = target.cookie ? { cookie: target.cookie } : {};
      if (target.body) Object.assign(headers, { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost", host: "localhost" });
      const res = await handler(
        new Request(`http://localhost${target.path}`, { method: target.body ? "POST" : "GET", headers, body: target.body }),
      );
      if (res.status !== (target.status ?? 200)) throw new Error(`${page}: status ${res.status}`);
      return (await res.text()).length;
    };
    for (let i = 0; i < 50; i++) await once(); // warm up
    statements = 0;
    const cpu = process.cpuUsage();
    const batches: number[] = [];
    let bytes = 0;
    for (let b = 0; b < 10; b++) {
      const started = performance.now();
      for (let i = 0; i < requests / 10; i++) bytes = await once();
      batches.push((performance.now() - started) / (requests / 10));
    }
    const used = process.cpuUsage(cpu);
    batches.sort((a, b) => a - b);
    console.log(
      `${page.padEnd(12)}${batches[0]!.toFixed(2).padStart(8)} ms${batches[5]!.toFixed(2).padStart(7)} ms` +
        `${((used.user + used.system) / 1000 / requests).toFixed(2).padStart(11)} ms${(statements / requests).toFixed(1).padStart(13)}${String(bytes).padStart(7)}`,
    );
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
