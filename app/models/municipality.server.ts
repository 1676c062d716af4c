import type { Kysely } from "kysely";
import type { Database } from "~db/schema";
import { cbsRegionCodes } from "~db/seed/reference/regions";
import { parseMunicipalityCsv, planMunicipalityImport } from "~/domain/municipality-import";
import { db } from "~/utils/db.server";
import { audit } from "./audit.server";

export type ImportResult =
  | { ok: true; added: number; changed: number; unchanged: number }
  | { ok: false; errors: { line: number; message: string }[] };

/**
 * Validates the whole file first and applies it in one transaction: a file
 * with any bad row changes nothing. Existing municipalities are updated when
 * their name or region differs, new ones inserted; none are removed (employers
 * refer to them). With an actor, the change is an audit event.
 */
export async function importMunicipalities(
  database: Kysely<Database>,
  csvText: string,
  actor: { id: string; role: string } | null = null,
): Promise<ImportResult> {
  const regions = (await database.selectFrom("regions").select(["id", "name"]).execute()).map((r) => ({
    ...r,
    cbsCode: cbsRegionCodes[r.id],
  }));
  const parsed = parseMunicipalityCsv(csvText, regions);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return database.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("municipalities").select(["code", "name", "region_id as regionId"]).execute();
    const plan = planMunicipalityImport(existing, parsed.rows);
    for (const row of plan.changed) {
      await trx.updateTable("municipalities").set({ name: row.name, region_id: row.regionId }).where("code", "=", row.code).execute();
    }
    for (const row of plan.added) {
      await trx.insertInto("municipalities").values({ code: row.code, name: row.name, region_id: row.regionId }).execute();
    }
    const counts = { added: plan.added.length, changed: plan.changed.length, unchanged: plan.unchanged };
    await audit(trx, { actor, action: "municipality-import", subjectType: "municipalities", subjectId: "import", details: counts });
    return { ok: true as const, ...counts };
  });
}

export async function listMunicipalities() {
  return db()
    .selectFrom("municipalities as m")
    .innerJoin("regions as r", "r.id", "m.region_id")
    .select(["m.code", "m.name", "r.name as regionName"])
    .orderBy("m.name")
    .execute();
}
