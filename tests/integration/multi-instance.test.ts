// Several real processes of the production server (node scripts/start.mjs, from
// the remix build) on ONE database: nothing that matters may live in process
// memory. With TEST_POSTGRES_URL: two separate app instances on one PostgreSQL.
// On SQLite: one app whose two worker processes share the database file
// (WEB_CONCURRENCY=2, docs/decisions/0017-worker-processes.md). Needs
// `npx remix build` first (npm test builds before this run).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "~db/connection";
import { DEMO_PASSWORD, demoEmployers, demoStaff } from "~db/seed/demo";
import { runDailyDigest } from "~/models/daily-job.server";
import { createRequest } from "~/models/request.server";
import { amsterdamDate } from "~/domain/working-days";
import { closeDb, db } from "~/utils/db.server";
import { cookieFrom, getRequest } from "../support/requests";
import { createDatabase, dropDatabase } from "../support/postgres";
import { startSmtpPeer, type SmtpPeer } from "../support/smtp-peer";
import { freePort } from "../support/net";

const postgres = process.env.TEST_POSTGRES_URL;
/** PostgreSQL: two instances of one process each; SQLite: one instance with two worker processes. */
const plan = postgres
  ? { title: "two app instances on one PostgreSQL", instances: 2, workersEach: 1 }
  : { title: "one app with two worker processes on one SQLite file", instances: 1, workersEach: 2 };

interface Instance {
  name: string;
  base: string;
  process: ChildProcess;
  output: string[];
}

/** Waits for something another process does; gives up (and fails) after `limitMs`. */
async function until(what: string, check: () => Promise<boolean> | boolean, limitMs = 60_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > limitMs) throw new Error(`gave up waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function startInstance(name: string, smtpUrl: string, workers: number): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: process.env.DATABASE_URL,
      WEB_CONCURRENCY: String(workers),
      DEMO_MODE: "1",
      SMTP_URL: smtpUrl,
      MAIL_POLL_MS: "100",
      DAILY_JOB_FROM_HOUR: "0",
      LOG_LEVEL: "debug",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(...chunk.toString().split("\n")));
  child.stderr?.on("data", (chunk: Buffer) => output.push(...chunk.toString().split("\n")));
  return { name, base: `http://127.0.0.1:${port}`, process: child, output };
}

async function stop(instance: Instance) {
  if (instance.process.exitCode !== null) return;
  const exited = new Promise((r) => instance.process.once("exit", r));
  instance.process.kill("SIGTERM");
  await exited;
}

const healthy = (instance: Instance) => async () => {
  if (instance.process.exitCode !== null) throw new Error(`${instance.name} stopped:\n${instance.output.join("\n")}`);
  return fetch(`${instance.base}/healthz`).then((r) => r.ok, () => false);
};

const digestRuns = (instance: Instance) =>
  instance.output
    .filter((line) => line.includes('"daily job done"'))
    .map((line) => JSON.parse(line) as { sent: number; skipped: number });

describe(plan.title, () => {
  let peer: SmtpPeer;
  let instances: Instance[] = [];
  const today = amsterdamDate(new Date());

  beforeAll(async () => {
    if (!existsSync("build/index.js")) throw new Error("No production build: run `npx remix build` first.");
    if (postgres) await createDatabase(process.env.DATABASE_URL!);
    peer = await startSmtpPeer();
    // Started together on an empty database: on PostgreSQL both migrate and seed, taking turns.
    instances = await Promise.all(["A", "B"].slice(0, plan.instances).map((name) => startInstance(name, peer.url, plan.workersEach)));
    // Ready when it answers and has printed where it runs (with workers, the first process prints once all of them serve).
    const started = (instance: Instance) => async () =>
      (await healthy(instance)()) && instance.output.some((line) => line.includes("Werkgeversportaal draait op"));
    for (const instance of instances) await until(`${instance.name} answers /healthz`, started(instance));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(instances.map(stop));
    await peer?.close();
    await closeDb();
    if (postgres) await dropDatabase(process.env.DATABASE_URL!);
  });

  it("prepare the empty database once: one of the two loads the demo data", () => {
    const seeded = instances.filter((i) => i.output.some((line) => line.includes("(demodata geladen)")));
    expect(seeded).toHaveLength(1);
  });

  it("never overspend a budget: 7 parallel grants through every process against a budget for 4 give exactly 4", async () => {
    const employer = await db()
      .selectFrom("employers")
      .select(["id", "region_id"])
      .where("kvk", "=", demoEmployers.find((e) => e.key === "zorgdrie")!.kvk)
      .executeTakeFirstOrThrow();
    const staffEmail = demoStaff.find((s) => s.role === "accountmanager" && s.regionName === "Zuid-Limburg")!.email;
    const staff = await db().selectFrom("users").select("id").where("email", "=", staffEmail).executeTakeFirstOrThrow();
    const year = new Date().getUTCFullYear();
    await db().deleteFrom("budget_ledger").where("region_id", "=", employer.region_id).execute();
    await db()
      .updateTable("region_instruments")
      .set({ budget_cents: 4 * 100_000, amount_per_grant_cents: 100_000 })
      .where("region_id", "=", employer.region_id)
      .where("instrument_id", "=", "jobcoach-voucher")
      .where("year", "=", year)
      .execute();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const created = await createRequest({
        request: getRequest("/"),
        employerId: employer.id,
        userId: staff.id,
        type: "less-risk-polis",
        details: { wantsVoucher: "ja", candidateInitials: `M${i}.` },
        submissionKey: `multi-${i}`.padEnd(43, "m"),
      });
      ids.push(created.id);
    }

    // Signed in on A; the session lives in the database, so B knows it too.
    const signIn = await fetch(`${instances[0]!.base}/inloggen`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "password", email: staffEmail, password: DEMO_PASSWORD }),
      redirect: "manual",
    });
    expect(signIn.status).toBe(302);
    const cookie = cookieFrom(signIn);

    const responses = await Promise.all(
      ids.map((id, i) =>
        fetch(`${instances[i % instances.length]!.base}/wsp/aanvragen/${id}`, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
          body: new URLSearchParams({ intent: "besluit", to: "toegekend" }),
          redirect: "manual",
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(ids.map(() => 302));
    const statuses = await db().selectFrom("requests").select("status").where("id", "in", ids).execute();
    expect(statuses.filter((s) => s.status === "toegekend")).toHaveLength(4);
    expect(statuses.filter((s) => s.status === "wachtlijst")).toHaveLength(3);
    const spent = await db()
      .selectFrom("budget_ledger")
      .select((eb) => eb.fn.sum<number>("amount_cents").as("total"))
      .where("region_id", "=", employer.region_id)
      .where("instrument_id", "=", "jobcoach-voucher")
      .executeTakeFirstOrThrow();
    expect(Number(spent.total)).toBe(4 * 100_000);
  });

  it("send the daily mail once per person although every process runs the daily job", async () => {
    await until("every process ran the daily job", () => instances.every((i) => digestRuns(i).length >= plan.workersEach));
    const runs = instances.flatMap(digestRuns);
    const claimed = await db().selectFrom("job_runs").select("key").where("key", "like", `daily-digest:${today}:%`).execute();
    expect(claimed.length).toBeGreaterThan(0);
    expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(claimed.length);
    const queued = () => db().selectFrom("mail_outbox").select(["to_address", "status"]).where("kind", "=", "daily-digest").execute();
    expect(new Set((await queued()).map((m) => m.to_address)).size).toBe(claimed.length);
    expect(await queued()).toHaveLength(claimed.length);

    // Both mail workers deliver from the one outbox; each digest arrives once.
    await until("every digest delivered", async () => (await queued()).every((m) => m.status === "sent"));
    await Promise.all(instances.map(stop));
    const received = peer.messages.filter((m) => m.subject.startsWith("Werkvoorraad vandaag")).map((m) => m.to[0]);
    expect(received.sort()).toEqual((await queued()).map((m) => m.to_address).sort());
  });

  // Two pools in this one test process: on SQLite their connections would wait on each other's lock in one thread.
  it.skipIf(!postgres)("claim each digest once when two pools run the job at the very same moment", async () => {
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    const pools = [openDatabase(process.env.DATABASE_URL), openDatabase(process.env.DATABASE_URL)];
    try {
      const [a, b] = await Promise.all(pools.map((p) => runDailyDigest(p.db, tomorrow, "http://localhost:3000")));
      const claimed = await db()
        .selectFrom("job_runs")
        .select("key")
        .where("key", "like", `daily-digest:${amsterdamDate(tomorrow)}:%`)
        .execute();
      expect(claimed.length).toBeGreaterThan(0);
      expect(a!.sent + b!.sent).toBe(claimed.length);
      expect(a!.skipped + b!.skipped).toBe(claimed.length);
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
  });
});
