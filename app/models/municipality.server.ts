import type { Kysely } from "kysely";
import type { Database } from "~db/schema";
import { cbsRegionCodes } from "~db/seed/reference/regions";
import { parseMunicipalityCsv } from "~/domain/municipality-import";

export type ImportResult =
  | { ok: true; inserted: number; updated: number }
  | { ok: false; errors: { line: number; message: string }[] };

/**
 * Validates the whole file first and applies it in one transaction: a file
 * with any bad row changes nothing. Existing municipalities are updated,
 * new ones inserted; none are removed (employers refer to them).
 */
export async function importMunicipalities(db: Kysely<Database>, csvText: string): Promise<ImportResult> {
  const regions = (await db.selectFrom("regions").select(["id", "name"]).execute()).map((r) => ({
    ...r,
    cbsCode: cbsRegionCodes[r.id],
  }));
  const parsed = parseMunicipalityCsv(csvText, regions);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return db.transaction().execute(async (trx) => {
    const existing = new Set((await trx.selectFrom("municipalities").select("code").execute()).map((m) => m.code));
    let inserted = 0;
    let updated = 0;
    for (const row of parsed.rows) {
      if (existing.has(row.code)) {
        await trx
          .updateTable("municipalities")
          .set({ name: row.name, region_id: row.regionId })
          .where("code", "=", row.code)
          .execute();
        updated++;
      } else {
        await trx
          .insertInto("municipalities")
          .values({ code: row.code, name: row.name, region_id: row.regionId })
          .execute();
        inserted++;
      }
    }
    return { ok: true as const, inserted, updated };
  });
}
