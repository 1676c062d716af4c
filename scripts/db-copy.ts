// npm run db:copy -- --from <url> --to <url>
// Copies all data of one database into an empty, migrated other one, e.g. a
// region's SQLite file into PostgreSQL. See README, "Van SQLite naar PostgreSQL".
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { isPostgresUrl, openDatabase, sqlitePathFromUrl } from "../db/connection";
import { copyDatabase, CopyRefused } from "../db/copy";

const usage = "Gebruik: npm run db:copy -- --from <bron-url> --to <doel-url>   (bv. --from file:./data/portal.db --to postgres://…)";

async function main() {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
  if (!values.from || !values.to) throw new CopyRefused(usage);
  if (!isPostgresUrl(values.from) && !existsSync(sqlitePathFromUrl(values.from))) {
    throw new CopyRefused(`De bron bestaat niet: ${sqlitePathFromUrl(values.from)}`);
  }
  const from = openDatabase(values.from);
  const to = openDatabase(values.to);
  try {
    await copyDatabase(from, to, (line) => console.log(line));
  } finally {
    await Promise.all([from.close(), to.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof CopyRefused ? `Geweigerd: ${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
