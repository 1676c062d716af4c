// The SMTP server goes away for a while: mail waits in the outbox and the
// running server's worker delivers all of it once the SMTP server is back on
// the same port, none of it twice.
import { resolve } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { startSmtpPeer, type SmtpPeer } from "../support/smtp-peer";
import { freePort, startPortal, startScan, tmpDir, waitUntil, type Portal } from "./support";

const MAILS_WHILE_DOWN = 10;
let portal: Portal | undefined;
const peers: SmtpPeer[] = [];

afterAll(async () => {
  if (portal?.child.exitCode === null) await portal.stop();
  await Promise.all(peers.map((p) => p.close()));
});

function outbox(dbFile: string, addresses: string[]) {
  const db = new SQLite(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(`select to_address, status, attempts from mail_outbox where to_address in (${addresses.map(() => "?").join(",")})`)
      .all(...addresses) as { to_address: string; status: string; attempts: number }[];
  } finally {
    db.close();
  }
}

it("delivers every mail queued while SMTP was down exactly once when it returns", async () => {
  const dbFile = resolve(tmpDir("smtp-down"), "portal.db");
  const smtpPort = await freePort();
  const before = await startSmtpPeer({ port: smtpPort });
  peers.push(before);
  portal = await startPortal({ dbFile, env: { SMTP_URL: before.url, MAIL_POLL_MS: "200" } });

  // While SMTP is up, mail goes out (the set-up works).
  const early = await startScan(portal.url);
  await before.waitFor((m) => m.to.includes(early.email));

  await before.close();
  peers.splice(peers.indexOf(before), 1);
  const addresses: string[] = [];
  for (let i = 0; i < MAILS_WHILE_DOWN; i++) addresses.push((await startScan(portal.url)).email);

  // Every mail has been tried at least twice in vain and still waits.
  await waitUntil("two failed delivery attempts for every mail", () => {
    const rows = outbox(dbFile, addresses);
    return rows.length === MAILS_WHILE_DOWN && rows.every((r) => r.status === "pending" && r.attempts >= 2);
  });

  const after = await startSmtpPeer({ port: smtpPort });
  peers.push(after);
  await waitUntil("all mail to be delivered", () => outbox(dbFile, addresses).every((r) => r.status === "sent"), 120_000);

  // Once the server has stopped nothing more can be sent: count what arrived.
  expect(await portal.stop()).toEqual({ code: 0, signal: null });
  const received = addresses.map((a) => after.messages.filter((m) => m.to.includes(a)).length);
  const rows = outbox(dbFile, addresses);
  console.log(
    `SMTP down: ${MAILS_WHILE_DOWN} mails queued while down, each tried ${Math.min(...rows.map((r) => r.attempts - 1))}+ times in vain; ` +
      `after SMTP returned ${received.filter((n) => n === 1).length} delivered once, ${received.filter((n) => n > 1).length} twice or more, ` +
      `${received.filter((n) => n === 0).length} missing`,
  );
  expect(received).toEqual(addresses.map(() => 1));
  expect(before.messages.filter((m) => addresses.some((a) => m.to.includes(a)))).toEqual([]);
  expect(rows.every((r) => r.status === "sent")).toBe(true);
});
