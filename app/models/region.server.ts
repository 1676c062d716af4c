import { db } from "~/utils/db.server";
import { nowIso } from "~/utils/ids.server";
import { audit } from "./audit.server";

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

/** Accountmanagers and coordinators of a region (also inactive ones) with their backup, for the administrator. */
export async function listRegionStaffWithBackup(regionId: string) {
  return db()
    .selectFrom("users as u")
    .leftJoin("users as b", "b.id", "u.backup_user_id")
    .select(["u.id", "u.name", "u.email", "u.role", "u.active", "u.absent_until", "b.name as backupName"])
    .where("u.region_id", "=", regionId)
    .where("u.role", "in", ["accountmanager", "coordinator"])
    .orderBy("u.active", "desc")
    .orderBy("u.name")
    .execute();
}

/** Changes the WSP contact details and service norm of a region; an audit event lists what changed. */
export async function updateRegion(
  regionId: string,
  input: { wspName: string; wspEmail: string; wspPhone: string; serviceNormDays: number },
  actor: { id: string; role: string },
): Promise<boolean> {
  return db()
    .transaction()
    .execute(async (trx) => {
      const before = await trx.selectFrom("regions").selectAll().where("id", "=", regionId).executeTakeFirst();
      if (!before) return false;
      const next = { wsp_name: input.wspName, wsp_email: input.wspEmail, wsp_phone: input.wspPhone, service_norm_days: input.serviceNormDays };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => before[k] !== next[k]);
      // New contact details are real ones, no longer the demo placeholder.
      const contactChanged = changed.some((k) => k !== "service_norm_days");
      await trx
        .updateTable("regions")
        .set({ ...next, demo_contact: contactChanged ? 0 : before.demo_contact, updated_at: nowIso() })
        .where("id", "=", regionId)
        .execute();
      await audit(trx, { actor, action: "region-change", subjectType: "region", subjectId: regionId, regionId, details: { changed } });
      return true;
    });
}
