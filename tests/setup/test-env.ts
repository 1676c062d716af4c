// Runs before every test file: each file gets its own SQLite database file,
// created by the real migrations in the test (see tests/support/db.ts).
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

process.env.TZ = "UTC";
process.env.NODE_ENV = "test";
process.env.LOG_LEVEL ??= "silent";
process.env.DEMO_MODE = "0";
const dir = resolve("tests/.tmp/vitest");
mkdirSync(dir, { recursive: true });
process.env.DATABASE_URL = `file:${dir}/${process.pid}-${randomBytes(4).toString("hex")}.db`;
