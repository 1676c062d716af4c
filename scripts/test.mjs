// npm test: typecheck, lint, unit + integration (vitest, real SQLite made by
// the migrations, real SMTP peer), the integration tests again on PostgreSQL
// when TEST_POSTGRES_URL is set, then on the production build the reliability
// tests (server processes) and end-to-end in Chromium with axe on every page.
// The last line is the total over all suites: "N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";

const tmp = resolve("tests/.tmp");
mkdirSync(tmp, { recursive: true });
const bin = (name) => resolve("node_modules/.bin", name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function record(label, passed, failed, skipped = 0) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
}

// 1. Typecheck and lint count as one check each.
record("typecheck", ...(run("typecheck", bin("tsc"), ["--noEmit", "-p", "."]) ? [1, 0] : [0, 1]));
record("lint", ...(run("lint", bin("eslint"), ["."]) ? [1, 0] : [0, 1]));

// The production build, for the multi-instance (SQLite and PostgreSQL), reliability and end-to-end tests.
const built = run("build", bin("remix"), ["build"]);
if (!built) record("build", 0, 1);

// 2. Unit and integration tests on SQLite.
function vitest(label, title, config, args = [], env = {}) {
  const json = resolve(tmp, `${label.replace(/\W+/g, "-").replace(/-$/, "")}.json`);
  rmSync(json, { force: true });
  const ok = run(title, bin("vitest"), ["run", "--config", config, "--reporter=default", "--reporter=json", `--outputFile.json=${json}`, ...args], env);
  if (!existsSync(json)) return record(label, 0, 1);
  const r = JSON.parse(readFileSync(json, "utf8"));
  const suiteFailures = (r.testResults ?? []).filter((t) => t.status === "failed" && (t.assertionResults ?? []).length === 0).length;
  record(label, r.numPassedTests, r.numFailedTests + suiteFailures, r.numPendingTests + r.numTodoTests);
  if (!ok && r.numFailedTests + suiteFailures === 0) record(`${label} run`, 0, 1);
}
vitest("vitest", "unit + integration (vitest)", "tests/vitest.config.ts", [], { TEST_POSTGRES_URL: "" });

// 2b. The integration tests again on PostgreSQL (a fresh database per test file),
// including two app instances on one database.
const postgresUrl = process.env.TEST_POSTGRES_URL;
if (postgresUrl) {
  vitest("vitest (postgresql)", "integration on PostgreSQL (vitest)", "tests/vitest.config.ts", ["tests/integration"], { TEST_POSTGRES_URL: postgresUrl });
} else {
  console.log("\nPostgreSQL run skipped: TEST_POSTGRES_URL is not set (see README, 'Van SQLite naar PostgreSQL').");
  lines.push("vitest (postgresql): skipped, TEST_POSTGRES_URL not set");
}

// 2c. Reliability: real server processes on the build (kill -9, SMTP down, backup, SIGTERM).
if (built) vitest("reliability", "reliability (vitest, server processes)", "tests/reliability/vitest.config.ts");

// 3. End-to-end in a real Chromium against the production build.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`\nChromium not found at ${chromium}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  record("e2e", 0, 1);
} else if (built) {
  const pwJson = resolve(tmp, "playwright.json");
  rmSync(pwJson, { force: true });
  const e2eOk = run("end-to-end (playwright + axe)", bin("playwright"), ["test", "--config", "tests/e2e/playwright.config.ts"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
    // The whole suite runs: the last spec checks that every page of the app was visited (and checked with axe).
    E2E_FULL_RUN: "1",
  });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, "utf8")).stats ?? {};
    record("e2e", (s.expected ?? 0) + (s.flaky ?? 0), s.unexpected ?? 0, s.skipped ?? 0);
    if (!e2eOk && !(s.unexpected > 0)) record("e2e run", 0, 1);
  } else {
    record("e2e", 0, 1);
  }
}

console.log("\n=== summary ===");
for (const l of lines) console.log(l);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);
