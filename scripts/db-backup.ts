// npm run db:backup [-- --to bestand.db] — online backup of the SQLite database
// named by DATABASE_URL, safe while the portal runs. Default target:
// backups/portal-YYYYMMDD-HHMMSS.db (UTC). Prints path, size and the result of
// PRAGMA integrity_check on the copy. See README "Back-up en herstel".
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import SQLite from "better-sqlite3";
import { defaultDatabaseUrl, sqlitePathFromUrl } from "../db/connection";

/**
 * After the first step the progress callback asks for all remaining pages at
 * once: the copy is then made inside one read transaction, a consistent
 * snapshot. In WAL mode that reader does not block the portal's writers. With
 * small steps SQLite restarts the copy whenever another process writes, so a
 * busy portal could keep it from ever finishing.
 */
const ALL_PAGES = 0x7fffffff;

function backupFileName(at: Date): string {
  const stamp = at.toISOString().replace(/\.\d+Z$/, "").replace(/-|:/g, "").replace("T", "-");
  return `portal-${stamp}.db`;
}

async function main() {
  const { values } = parseArgs({ options: { to: { type: "string" } } });
  const url = process.env.DATABASE_URL ?? defaultDatabaseUrl;
  const target = resolve(values.to ?? `backups/${backupFileName(new Date())}`);

  if (/^postgres(ql)?:\/\//.test(url)) {
    console.error(
      [
        "DATABASE_URL wijst naar PostgreSQL. Maak de back-up dan met pg_dump, bijvoorbeeld:",
        `  pg_dump --format=custom --file ${target.replace(/\.db$/, ".dump")} "$DATABASE_URL"`,
        "Terugzetten (portaal eerst stoppen):",
        '  pg_restore --clean --if-exists --no-owner --dbname "$DATABASE_URL" <bestand>.dump',
      ].join("\n"),
    );
    process.exitCode = 1;
    return;
  }

  const source = sqlitePathFromUrl(url);
  if (source === ":memory:" || !existsSync(source)) throw new Error(`Database niet gevonden: ${source}`);
  if (existsSync(target)) throw new Error(`Het bestand bestaat al: ${target}. Kies een andere naam.`);
  mkdirSync(dirname(target), { recursive: true });

  // Written under a temporary name first, so a failed backup never looks like a good one.
  const partial = `${target}.part`;
  rmSync(partial, { force: true });
  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    await db.backup(partial, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }

  const copy = new SQLite(partial, { fileMustExist: true });
  const check = copy.pragma("integrity_check") as { integrity_check: string }[];
  copy.close();
  const integrity = check.map((row) => row.integrity_check).join("; ");
  if (integrity !== "ok") {
    rmSync(partial, { force: true });
    throw new Error(`De kopie is niet in orde (integrity_check: ${integrity}); er is geen back-up gemaakt.`);
  }
  renameSync(partial, target);
  const bytes = statSync(target).size;
  console.log(`Back-up gemaakt: ${target}`);
  console.log(`Grootte: ${(bytes / 1024 / 1024).toFixed(1)} MB (${bytes} bytes)`);
  console.log(`Controle (PRAGMA integrity_check): ${integrity}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
