// Runs before every test file: each file gets its own database, created by
// the real migrations in the test (see tests/support/db.ts). SQLite by
// default (a file per test file); with TEST_POSTGRES_URL a fresh PostgreSQL
// database per test file on that server.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

process.env.TZ = "UTC";
process.env.NODE_ENV = "test";
process.env.LOG_LEVEL ??= "silent";
process.env.DEMO_MODE = "0";
const name = `${process.pid}-${randomBytes(4).toString("hex")}`;
const postgres = process.env.TEST_POSTGRES_URL;
if (postgres) {
  const url = new URL(postgres);
  url.pathname = `/wgp_test_${name.replace("-", "_")}`;
  process.env.DATABASE_URL = url.toString();
} else {
  const dir = resolve("tests/.tmp/vitest");
  mkdirSync(dir, { recursive: true });
  process.env.DATABASE_URL = `file:${dir}/${name}.db`;
}
