// npm run db:migrate | db:seed | db:reset — against DATABASE_URL (default ./data/portal.db).
import { rmSync } from "node:fs";
import { defaultDatabaseUrl, openDatabase, sqlitePathFromUrl } from "../db/connection";
import { migrateToLatest } from "../db/migrate";
import { seedDemo, seedReference } from "../db/seed/index";

const command = process.argv[2];
const url = process.env.DATABASE_URL ?? defaultDatabaseUrl;

async function main() {
  if (command === "reset") {
    if (/^postgres/.test(url)) throw new Error("db:reset werkt alleen op SQLite.");
    const path = sqlitePathFromUrl(url);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
    console.log(`Database verwijderd: ${path}`);
  }
  const handle = openDatabase(url);
  try {
    const migrated = await migrateToLatest(handle.db);
    console.log(`Migraties uitgevoerd: ${migrated.length ? migrated.join(", ") : "geen (al bijgewerkt)"}`);
    if (command === "seed" || command === "reset") {
      await seedReference(handle.db);
      const demo = process.env.DEMO_MODE === "0" ? false : await seedDemo(handle.db);
      console.log(`Referentiedata bijgewerkt. Demodata: ${demo ? "geladen" : "niet geladen (er zijn al gebruikers)"}.`);
    } else if (command !== "migrate") {
      throw new Error(`Onbekende opdracht: ${command ?? "(geen)"}. Gebruik migrate, seed of reset.`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
