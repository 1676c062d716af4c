/**
 * A real SMTP server for tests (smtp-server + mailparser). Received messages
 * are kept in memory and, when `dir` is given, written as JSON files so that
 * other processes (Playwright workers) can read them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
}

export interface SmtpPeer {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Makes the server refuse every message with a temporary error (as if it were down). */
  setRefusing(refuse: boolean): void;
  waitFor(predicate: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startSmtpPeer(options: { port?: number; dir?: string } = {}): Promise<SmtpPeer> {
  const messages: ReceivedMail[] = [];
  let refusing = false;
  let counter = 0;
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (refusing) {
          callback(Object.assign(new Error("Service tijdelijk niet beschikbaar"), { responseCode: 451 }));
          return;
        }
        simpleParser(Buffer.concat(chunks))
          .then((parsed) => {
            const toField = parsed.to;
            const list = Array.isArray(toField) ? toField : toField ? [toField] : [];
            const mail: ReceivedMail = {
              to: list.flatMap((a) => a.value.map((v) => (v.address ?? "").toLowerCase())),
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              receivedAt: new Date().toISOString(),
            };
            messages.push(mail);
            if (options.dir) {
              counter++;
              writeFileSync(join(options.dir, `${Date.now()}-${counter}.json`), JSON.stringify(mail));
            }
            callback();
          })
          .catch((error: unknown) => callback(error as Error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    setRefusing: (r) => {
      refusing = r;
    },
    async waitFor(predicate, timeoutMs = 10_000) {
      const start = Date.now();
      for (;;) {
        const found = messages.find(predicate);
        if (found) return found;
        if (Date.now() - start > timeoutMs) throw new Error("Geen passende e-mail ontvangen");
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
