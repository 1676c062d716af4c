import { resolve } from "node:path";

const port = Number(process.env.E2E_PORT ?? 3910);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2591);

/** Fixed ports and folders shared by the runner, its global set-up and the workers. */
export const e2e = {
  port,
  smtpPort,
  baseURL: `http://localhost:${port}`,
  tmp: resolve("tests/.tmp/e2e"),
  mailDir: resolve("tests/.tmp/e2e/mail"),
  databaseFile: resolve("tests/.tmp/e2e/portal.db"),
};
