/**
 * The list of migrations, imported statically so that the production bundle,
 * the scripts and the tests all run exactly the same set (see
 * docs/decisions/0002-static-migration-provider.md). Add new migrations at the
 * end; names sort in the order they run.
 */
import type { Migration, MigrationProvider } from "kysely";
import * as m20261123T1200 from "./2026-11-23T1200-initial";
import * as m20261123T1300 from "./2026-11-23T1300-scans";
import * as m20261123T1400 from "./2026-11-23T1400-report";
import * as m20261123T1500 from "./2026-11-23T1500-requests";
import * as m20261123T1600 from "./2026-11-23T1600-wsp-workspace";
import * as m20261123T1700 from "./2026-11-23T1700-jobs";
import * as m20261123T1800 from "./2026-11-23T1800-absence";
import * as m20261123T1900 from "./2026-11-23T1900-campaigns";
import * as m20261123T1920 from "./2026-11-23T1920-bench-indexes";
import * as m20261123T2000 from "./2026-11-23T2000-security";
import * as m20261123T2200 from "./2026-11-23T2200-avg";
import * as m20261123T2300 from "./2026-11-23T2300-perf";
import * as m20261123T2300totp from "./2026-11-23T2300-totp";
import * as m20261124T0900 from "./2026-11-24T0900-locale";

export const migrations: Record<string, Migration> = {
  "2026-11-23T1200-initial": m20261123T1200,
  "2026-11-23T1300-scans": m20261123T1300,
  "2026-11-23T1400-report": m20261123T1400,
  "2026-11-23T1500-requests": m20261123T1500,
  "2026-11-23T1600-wsp-workspace": m20261123T1600,
  "2026-11-23T1700-jobs": m20261123T1700,
  "2026-11-23T1800-absence": m20261123T1800,
  "2026-11-23T1900-campaigns": m20261123T1900,
  "2026-11-23T1920-bench-indexes": m20261123T1920,
  "2026-11-23T2000-security": m20261123T2000,
  "2026-11-23T2200-avg": m20261123T2200,
  "2026-11-23T2300-perf": m20261123T2300,
  "2026-11-23T2300-totp": m20261123T2300totp,
  "2026-11-24T0900-locale": m20261124T0900,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
