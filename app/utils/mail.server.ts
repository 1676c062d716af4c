/**
 * Outgoing mail. Every message is first written to the mail_outbox table and
 * then delivered by a worker that retries with back-off until the SMTP server
 * accepts it, so a down SMTP server loses nothing. Rows are claimed with a
 * lease (locked_until) so that two app instances never send the same row.
 */
import type { Kysely, Transaction } from "kysely";
import nodemailer, { type Transporter } from "nodemailer";
import type { Database } from "~db/schema";
import { env } from "./env.server";
import { newId, nowIso } from "./ids.server";
import { log } from "./log.server";

export interface OutgoingMail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** ISO time before which the mail is not sent (used to throttle large batches). */
  sendAfter?: string;
}

export async function enqueueMail(db: Kysely<Database> | Transaction<Database>, mail: OutgoingMail): Promise<string> {
  const id = newId();
  const at = nowIso();
  await db
    .insertInto("mail_outbox")
    .values({
      id,
      kind: mail.kind,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      status: "pending",
      next_attempt_at: mail.sendAfter && mail.sendAfter > at ? mail.sendAfter : at,
      locked_until: null,
      last_error: null,
      created_at: at,
      sent_at: null,
    })
    .execute();
  log.info("mail queued", { mailId: id, kind: mail.kind });
  kickMailWorker();
  return id;
}

const LEASE_MS = 60_000;
const MAX_BACKOFF_MS = 15 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** Math.max(0, attempts - 1));
}

export type Sender = (mail: { to: string; subject: string; text: string; html?: string }) => Promise<void>;

export function smtpSender(smtpUrl: string, from: string): Sender {
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  };
}

/** Delivers due messages once; returns how many were sent. */
export async function deliverDueMail(
  db: Kysely<Database>,
  send: Sender,
  now: Date = new Date(),
  batch = 20,
): Promise<number> {
  const at = now.toISOString();
  const due = await db
    .selectFrom("mail_outbox")
    .selectAll()
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", at)
    .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", at)]))
    .orderBy("created_at")
    .limit(batch)
    .execute();
  let sent = 0;
  for (const row of due) {
    const claim = await db
      .updateTable("mail_outbox")
      .set({ locked_until: new Date(now.getTime() + LEASE_MS).toISOString() })
      .where("id", "=", row.id)
      .where("status", "=", "pending")
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", at)]))
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue;
    try {
      await send({ to: row.to_address, subject: row.subject, text: row.text_body, html: row.html_body ?? undefined });
      await db
        .updateTable("mail_outbox")
        .set({ status: "sent", sent_at: nowIso(), locked_until: null, attempts: row.attempts + 1, last_error: null })
        .where("id", "=", row.id)
        .execute();
      sent++;
      log.info("mail sent", { mailId: row.id, kind: row.kind });
    } catch (error) {
      const attempts = row.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      await db
        .updateTable("mail_outbox")
        .set({
          attempts,
          locked_until: null,
          last_error: message.slice(0, 500),
          next_attempt_at: new Date(now.getTime() + backoffMs(attempts)).toISOString(),
        })
        .where("id", "=", row.id)
        .execute();
      log.warn("mail delivery failed, will retry", { mailId: row.id, kind: row.kind, attempts });
    }
  }
  return sent;
}

let kick: (() => void) | undefined;

export function kickMailWorker() {
  kick?.();
}

/** Starts the in-process delivery loop; returns a function that stops it. */
export function startMailWorker(db: Kysely<Database>): () => Promise<void> {
  const { SMTP_URL, MAIL_FROM, MAIL_POLL_MS } = env();
  if (!SMTP_URL) {
    log.info("no SMTP_URL: mail stays in the outbox");
    return async () => {};
  }
  const send = smtpSender(SMTP_URL, MAIL_FROM);
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    if (stopped || running) return;
    running = deliverDueMail(db, send)
      .then(() => undefined)
      .catch((error: unknown) => log.error("mail worker failed", { error: String(error) }))
      .finally(() => {
        running = undefined;
      });
  };
  timer = setInterval(run, MAIL_POLL_MS);
  kick = () => setTimeout(run, 0);
  run();
  return async () => {
    stopped = true;
    if (timer) clearInterval(timer);
    timer = undefined;
    kick = undefined;
    await running;
  };
}
