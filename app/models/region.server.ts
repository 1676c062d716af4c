import { db } from "~/utils/db.server";

export async function getRegion(regionId: string) {
  return db().selectFrom("regions").selectAll().where("id", "=", regionId).executeTakeFirst();
}

export async function listRegionsWithCounts() {
  const regions = await db().selectFrom("regions").selectAll().orderBy("id").execute();
  const municipalityCounts = await db()
    .selectFrom("municipalities")
    .select(["region_id", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("region_id")
    .execute();
  const staffCounts = await db()
    .selectFrom("users")
    .select(["region_id", (eb) => eb.fn.countAll<number>().as("n")])
    .where("role", "in", ["accountmanager", "coordinator"])
    .where("active", "=", 1)
    .groupBy("region_id")
    .execute();
  const count = (rows: { region_id: string | null; n: number | string }[], id: string) =>
    Number(rows.find((r) => r.region_id === id)?.n ?? 0);
  return regions.map((r) => ({
    ...r,
    municipalities: count(municipalityCounts, r.id),
    staff: count(staffCounts, r.id),
  }));
}

export async function listRegionStaff(regionId: string) {
  return db()
    .selectFrom("users")
    .select(["id", "name", "email", "phone", "role"])
    .where("region_id", "=", regionId)
    .where("role", "in", ["accountmanager", "coordinator"])
    .where("active", "=", 1)
    .orderBy("name")
    .execute();
}
