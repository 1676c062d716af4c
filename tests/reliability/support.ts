/**
 * Helpers for the reliability tests: the production server (scripts/start.mjs
 * on the remix build) as a real child process on its own SQLite file, an HTTP
 * client that goes through the real sign-up and scan forms, a load of scan
 * starts and saves that records every acknowledged write, and a check of
 * those writes against the database file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { questionnaireV1 } from "../../app/content/questionnaire/v1";
import { freePort } from "../support/net";

export { freePort };

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const pillars = questionnaireV1.pillars;

/** A fresh folder under tests/.tmp/reliability/ for one test. */
export function tmpDir(name: string): string {
  const dir = resolve(root, "tests/.tmp/reliability", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Polls until `check` holds; the deadline only keeps a broken run from hanging. */
export async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 60_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The processes a process started (Linux: /proc/<pid>/task/<pid>/children), e.g. the portal's workers. */
export function childProcesses(pid: number): number[] {
  const list = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
  return list ? list.split(/\s+/).map(Number) : [];
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Portal {
  url: string;
  child: ChildProcess;
  exited: Promise<Exit>;
  output(): string;
  /** SIGTERM and wait for the process to end. */
  stop(): Promise<Exit>;
}

/** Starts the production server on `dbFile` and waits for /healthz. */
export async function startPortal(options: { dbFile: string; port?: number; env?: Record<string, string> }): Promise<Portal> {
  if (!existsSync(resolve(root, "build/index.js"))) throw new Error("No production build: run `npx remix build` first.");
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: `file:${options.dbFile}`,
    APP_URL: url,
    DEMO_MODE: "0",
    LOG_LEVEL: "warn",
    // The load generators start hundreds of scans from one address within seconds; the public-post
    // limit (120 per 10 minutes) would refuse them, as it should for one visitor. As in the e2e suite.
    RATE_LIMIT_SCALE: "10",
    ...options.env,
  };
  if (!options.env?.SMTP_URL) delete env.SMTP_URL;
  const child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<Exit>((done) => child.once("exit", (code, signal) => done({ code, signal })));
  let ended = false;
  void exited.then(() => (ended = true));
  await waitUntil("the portal to answer /healthz", async () => {
    if (ended) throw new Error(`The portal stopped during start-up:\n${output}`);
    const reply = await send(url, "/healthz").catch(() => undefined);
    return reply?.status === 200;
  });
  return {
    url,
    child,
    exited,
    output: () => output,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One HTTP request (node:http, so tests control connections); non-GET requests carry our Origin. */
export function send(
  base: string,
  path: string,
  options: { method?: string; cookie?: string; form?: Record<string, string>; agent?: http.Agent | false } = {},
): Promise<Reply> {
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  const headers: http.OutgoingHttpHeaders = { Origin: base };
  if (options.cookie) headers.Cookie = options.cookie;
  if (body !== undefined) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    headers["Content-Length"] = Buffer.byteLength(body);
  }
  return new Promise((done, fail) => {
    const req = http.request(
      new URL(path, base),
      { method: options.method ?? (body === undefined ? "GET" : "POST"), headers, agent: options.agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", fail);
      },
    );
    req.on("error", fail);
    req.end(body);
  });
}

export interface EmployerScan {
  email: string;
  cookie: string;
  scanId: string;
}

let companies = 0;

/** A new company through the real form on /scan/bedrijf: employer, contact, scan, session and a resume mail. */
export async function startScan(base: string): Promise<EmployerScan> {
  const n = ++companies;
  const email = `contact.${n}.${randomInt(1e9)}@bedrijf.example`;
  const reply = await send(base, "/scan/bedrijf", {
    form: {
      name: `Betrouwbaar ${n} BV`,
      kvk: String(10_000_000 + n),
      sectorId: "zorg-welzijn",
      fte: "40",
      municipalityCode: "GM0599",
      contactName: `Contact ${n}`,
      email,
    },
  });
  const location = String(reply.headers.location ?? "");
  const scanId = /^\/scan\/([0-9a-f-]{36})$/.exec(location)?.[1];
  const cookie = String(reply.headers["set-cookie"]?.[0] ?? "").split(";")[0] ?? "";
  if (reply.status !== 302 || !scanId || !cookie) throw new Error(`Scan start not acknowledged: ${reply.status} ${location}`);
  return { email, cookie, scanId };
}

/** One answer for every question of the pillar, picked at random. */
export function randomAnswers(pillarIndex: number): Record<string, string> {
  const pillar = pillars[pillarIndex]!;
  return Object.fromEntries(pillar.questions.map((q) => [q.id, q.options[randomInt(q.options.length)]!.id]));
}

/** Saves one scan page; a 302 to the next step is the acknowledgement of a plain (no-JS) form post. */
export async function savePillar(base: string, scan: EmployerScan, pillarIndex: number, answers = randomAnswers(pillarIndex)) {
  const pillar = pillars[pillarIndex]!;
  const reply = await send(base, `/scan/${scan.scanId}/${pillar.id}`, {
    cookie: scan.cookie,
    form: { ...answers, intent: "next" },
  });
  const next = pillars[pillarIndex + 1]?.id ?? "controleren";
  if (reply.status !== 302 || reply.headers.location !== `/scan/${scan.scanId}/${next}`) {
    throw new Error(`Save not acknowledged: ${reply.status} ${String(reply.headers.location)}`);
  }
  return answers;
}

/** Answers every page and completes the scan (without sharing it); the report is then at /rapport/:scanId. */
export async function completeScan(base: string, scan: EmployerScan) {
  for (const index of pillars.keys()) await savePillar(base, scan, index);
  const reply = await send(base, `/scan/${scan.scanId}/controleren`, { cookie: scan.cookie, form: { share: "nee" } });
  if (reply.status !== 302 || reply.headers.location !== `/rapport/${scan.scanId}`) {
    throw new Error(`Scan not completed: ${reply.status}`);
  }
}

export type Ack =
  | { kind: "start"; scanId: string; email: string; cookie: string }
  | { kind: "save"; scanId: string; pillarId: string; answers: Record<string, string> };

export interface Load {
  /** Every write the server acknowledged, in the order the acknowledgements arrived. */
  acks: Ack[];
  /** Requests sent whose answer has not arrived (yet). */
  inFlight(): number;
  /** Stops sending and waits for the workers; returns the errors they met (connection errors after a kill). */
  stop(): Promise<unknown[]>;
}

/**
 * Concurrent workers, each repeatedly starting a scan for a new company and
 * saving its five pages one by one. Every write touches its own rows, so each
 * acknowledgement can be checked on its own. A worker ends at its first error.
 */
export function startLoad(base: string, options: { workers: number; onAck?: (count: number) => void }): Load {
  const acks: Ack[] = [];
  const errors: unknown[] = [];
  let stopped = false;
  let inFlight = 0;
  const track = async <T>(work: Promise<T>): Promise<T> => {
    inFlight++;
    try {
      return await work;
    } finally {
      inFlight--;
    }
  };
  const acknowledge = (ack: Ack) => {
    acks.push(ack);
    options.onAck?.(acks.length);
  };
  const worker = async () => {
    try {
      while (!stopped) {
        const scan = await track(startScan(base));
        acknowledge({ kind: "start", ...scan });
        for (const [index, pillar] of pillars.entries()) {
          if (stopped) return;
          const answers = await track(savePillar(base, scan, index));
          acknowledge({ kind: "save", scanId: scan.scanId, pillarId: pillar.id, answers });
        }
      }
    } catch (error) {
      errors.push(error);
    }
  };
  const running = Promise.all(Array.from({ length: options.workers }, worker));
  return {
    acks,
    inFlight: () => inFlight,
    stop: async () => {
      stopped = true;
      await running;
      return errors;
    },
  };
}

/** The acknowledged writes that are not in the database file. */
export function missingAcks(dbFile: string, acks: readonly Ack[]): Ack[] {
  const db = new SQLite(dbFile, { readonly: true, fileMustExist: true });
  try {
    const scan = db.prepare(
      "select s.id from scans s join users u on u.employer_id = s.employer_id where s.id = ? and u.email = ?",
    );
    const answer = db.prepare("select option_id from scan_answers where scan_id = ? and question_id = ?");
    return acks.filter((ack) => {
      if (ack.kind === "start") return !scan.get(ack.scanId, ack.email);
      return Object.entries(ack.answers).some(([questionId, optionId]) => {
        const row = answer.get(ack.scanId, questionId) as { option_id: string } | undefined;
        return row?.option_id !== optionId;
      });
    });
  } finally {
    db.close();
  }
}

export function integrityCheck(dbFile: string): string {
  const db = new SQLite(dbFile, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

export function describeAcks(acks: readonly Ack[]) {
  const saves = acks.filter((a) => a.kind === "save").length;
  return `${acks.length} writes (${acks.length - saves} scan starts, ${saves} page saves)`;
}
