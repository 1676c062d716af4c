import { resolve } from "node:path";

const port = Number(process.env.E2E_PORT ?? 3910);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2591);
const tmp = resolve(process.env.E2E_TMP ?? "tests/.tmp/e2e");

/** Fixed ports and folders shared by the runner, its global set-up and the workers. */
export const e2e = {
  port,
  smtpPort,
  baseURL: `http://localhost:${port}`,
  tmp,
  mailDir: resolve(tmp, "mail"),
  databaseFile: resolve(tmp, "portal.db"),
  visitedFile: resolve(tmp, "visited.txt"),
};
