// npm run db:import-municipalities -- file.csv
// Imports the gemeente → arbeidsmarktregio table. Columns: see README.md.
// A file with any bad row is reported with line numbers and nothing is imported.
import { readFileSync } from "node:fs";
import { defaultDatabaseUrl, openDatabase } from "../db/connection";
import { migrateToLatest } from "../db/migrate";
import { seedReference } from "../db/seed/index";
import { importMunicipalities } from "../app/models/municipality.server";
import { errorText } from "../app/i18n/error-codec";
import { errorMessages } from "../app/i18n/errors";

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("Geef een CSV-bestand op: npm run db:import-municipalities -- gemeenten.csv");
  const text = readFileSync(file, "utf8");
  const handle = openDatabase(process.env.DATABASE_URL ?? defaultDatabaseUrl);
  try {
    await migrateToLatest(handle.db);
    await seedReference(handle.db);
    const result = await importMunicipalities(handle.db, text);
    if (!result.ok) {
      console.error(`Niets geïmporteerd: ${result.errors.length} fout(en) in ${file}:`);
      for (const e of result.errors) console.error(`  Regel ${e.line}: ${errorText(e.message, errorMessages.nl, e.message)}`);
      process.exitCode = 1;
      return;
    }
    console.log(
      `Geïmporteerd: ${result.added} nieuwe, ${result.changed} gewijzigde en ${result.unchanged} ongewijzigde gemeenten.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
