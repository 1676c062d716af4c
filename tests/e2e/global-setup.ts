// Starts a real SMTP peer and the production build of the portal on a fresh
// SQLite database (migrations + reference + demo data), once for the run.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { startSmtpPeer } from "../support/smtp-peer";
import { e2e } from "./support/env";

async function waitForHealth(url: string, timeoutMs: number) {
  const start = Date.now();
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - start > timeoutMs) throw new Error(`Portal did not start within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export default async function globalSetup() {
  rmSync(e2e.tmp, { recursive: true, force: true });
  mkdirSync(e2e.mailDir, { recursive: true });
  const smtp = await startSmtpPeer({ port: e2e.smtpPort, dir: e2e.mailDir });
  const server = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(e2e.port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${e2e.databaseFile}`,
      SMTP_URL: smtp.url,
      MAIL_POLL_MS: "200",
      DEMO_MODE: "1",
      APP_URL: e2e.baseURL,
      LOG_LEVEL: "warn",
      // The whole suite signs in from one address many times within minutes; the limits themselves are
      // tested in tests/integration/rate-limits.test.ts.
      RATE_LIMIT_SCALE: "10",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForHealth(`${e2e.baseURL}/healthz`, 30_000);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await smtp.close();
  };
}
