// `npm run db:backup` while the portal is busy writing: the copy is consistent,
// holds every write acknowledged before the backup started, and a portal
// started on the restored copy works.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import {
  describeAcks,
  integrityCheck,
  missingAcks,
  pillars,
  root,
  send,
  startLoad,
  startPortal,
  tmpDir,
  waitUntil,
  type Ack,
  type Portal,
} from "./support";

const portals: Portal[] = [];
afterAll(async () => {
  await Promise.all(portals.filter((p) => p.child.exitCode === null).map((p) => p.stop()));
});

function run(command: string, args: string[], options: { cwd: string; databaseUrl: string }) {
  return new Promise<{ code: number | null; output: string }>((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, DATABASE_URL: options.databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.once("error", fail);
    child.once("exit", (code) => done({ code, output }));
  });
}

/**
 * Transactions in the copy are whole: no dangling references, and each page
 * save (one transaction for all questions of a page) is there completely or not at all.
 */
function tornWrites(dbFile: string, scanIds: string[]): string[] {
  const db = new SQLite(dbFile, { readonly: true, fileMustExist: true });
  try {
    const problems = (db.pragma("foreign_key_check") as { table: string }[]).map((r) => `foreign key in ${r.table}`);
    const answered = db.prepare("select question_id from scan_answers where scan_id = ?");
    for (const scanId of scanIds) {
      const questions = new Set((answered.all(scanId) as { question_id: string }[]).map((r) => r.question_id));
      for (const pillar of pillars) {
        const saved = pillar.questions.filter((q) => questions.has(q.id)).length;
        if (saved !== 0 && saved !== pillar.questions.length) problems.push(`${scanId}/${pillar.id}: ${saved} answers`);
      }
    }
    return problems;
  } finally {
    db.close();
  }
}

/** The option that is checked for each question on a scan page as the server rendered it. */
function checkedOptions(html: string): Record<string, string> {
  const checked: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
    if (!/\schecked(=""|[\s/>])/.test(tag)) continue;
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    const value = /\svalue="([^"]*)"/.exec(tag)?.[1];
    if (name && value) checked[name] = value;
  }
  return checked;
}

it("makes a consistent online backup under load that restores to a working portal", async () => {
  const dir = tmpDir("backup");
  const dbFile = resolve(dir, "portal.db");
  const backupFile = resolve(dir, "kopie.db");
  const portal = await startPortal({ dbFile, env: { DEMO_MODE: "1" } });
  portals.push(portal);

  const load = startLoad(portal.url, { workers: 6 });
  await waitUntil("some writes to be acknowledged", () => load.acks.length >= 60);
  const beforeBackup: Ack[] = [...load.acks];
  const backup = await run("npm", ["run", "--silent", "db:backup", "--", "--to", backupFile], {
    cwd: root,
    databaseUrl: `file:${dbFile}`,
  });
  const duringBackup = load.acks.length - beforeBackup.length;
  expect(await load.stop()).toEqual([]);
  expect(backup.code, backup.output).toBe(0);
  expect(backup.output).toContain(`Back-up gemaakt: ${backupFile}`);
  expect(backup.output).toMatch(/Grootte: [\d.]+ MB \(\d+ bytes\)/);
  expect(backup.output).toContain("Controle (PRAGMA integrity_check): ok");
  // The portal kept writing while the backup command ran.
  expect(duringBackup).toBeGreaterThan(0);
  expect(integrityCheck(backupFile)).toBe("ok");
  expect(tornWrites(backupFile, load.acks.filter((a) => a.kind === "start").map((a) => a.scanId))).toEqual([]);
  expect(await portal.stop()).toEqual({ code: 0, signal: null });

  // Restore as the README says: portal stopped, copy the file into place, start.
  const restoredFile = resolve(tmpDir("backup-restored"), "portal.db");
  copyFileSync(backupFile, restoredFile);
  const restored = await startPortal({ dbFile: restoredFile, env: { DEMO_MODE: "1" } });
  portals.push(restored);
  const missing = missingAcks(restoredFile, beforeBackup);

  // A page with data: a scan page saved before the backup shows its answers to its owner.
  const save = beforeBackup.find((a) => a.kind === "save")!;
  const start = beforeBackup.find((a) => a.kind === "start" && a.scanId === save.scanId);
  if (save.kind !== "save" || start?.kind !== "start") throw new Error("no save with its scan start before the backup");
  const page = await send(restored.url, `/scan/${save.scanId}/${save.pillarId}`, { cookie: start.cookie });
  expect(page.status).toBe(200);
  expect(checkedOptions(page.body.toString())).toEqual(save.answers);
  expect((await send(restored.url, "/healthz")).status).toBe(200);

  console.log(
    `backup: ${describeAcks(beforeBackup)} acknowledged before the backup started, ${duringBackup} more while it ran; ` +
      `copy integrity ok, no torn writes; restored portal healthy, ${beforeBackup.length - missing.length} of them found, ${missing.length} missing`,
  );
  expect(missing).toEqual([]);
});

it("writes to backups/portal-YYYYMMDD-HHMMSS.db by default", async () => {
  const dir = tmpDir("backup-default");
  const dbFile = resolve(dir, "portal.db");
  const portal = await startPortal({ dbFile });
  portals.push(portal);
  const backup = await run(resolve(root, "node_modules/.bin/tsx"), [resolve(root, "scripts/db-backup.ts")], {
    cwd: dir,
    databaseUrl: `file:${dbFile}`,
  });
  expect(backup.code, backup.output).toBe(0);
  const files = readdirSync(resolve(dir, "backups"));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^portal-\d{8}-\d{6}\.db$/);
  expect(backup.output).toContain(`Back-up gemaakt: ${resolve(dir, "backups", files[0]!)}`);
  expect(existsSync(resolve(dir, "backups", `${files[0]}.part`))).toBe(false);
  expect(integrityCheck(resolve(dir, "backups", files[0]!))).toBe("ok");
});
