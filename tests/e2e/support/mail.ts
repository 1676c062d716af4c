import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReceivedMail } from "../../support/smtp-peer";
import { e2e } from "./env";

/** Waits until the real SMTP peer has received a mail to this address that was sent after `since`. */
export async function waitForMail(to: string, since: Date, timeoutMs = 15_000): Promise<ReceivedMail> {
  const start = Date.now();
  for (;;) {
    const files = readdirSync(e2e.mailDir).sort().reverse();
    for (const f of files) {
      const mail = JSON.parse(readFileSync(join(e2e.mailDir, f), "utf8")) as ReceivedMail;
      if (mail.to.includes(to.toLowerCase()) && Date.parse(mail.receivedAt) >= since.getTime()) return mail;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`No mail for ${to}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function linkFrom(mail: ReceivedMail, pattern: RegExp): string {
  const match = pattern.exec(mail.text);
  if (!match) throw new Error("No link in mail");
  return match[0];
}
