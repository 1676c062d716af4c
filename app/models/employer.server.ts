import { amsterdamDate } from "~/domain/working-days";
import { db } from "~/utils/db.server";

/** The employer with region, sector and their one contact at the WSP (and the backup). */
export async function getEmployerOverview(employerId: string) {
  const row = await db()
    .selectFrom("employers as e")
    .innerJoin("regions as r", "r.id", "e.region_id")
    .innerJoin("sectors as s", "s.id", "e.sector_id")
    .leftJoin("municipalities as m", "m.code", "e.municipality_code")
    .leftJoin("users as am", "am.id", "e.account_manager_id")
    .leftJoin("users as backup", "backup.id", "am.backup_user_id")
    .select([
      "e.id",
      "e.name",
      "e.kvk",
      "e.fte",
      "e.contact_name",
      "e.email",
      "e.phone",
      "e.is_demo",
      "e.region_id",
      "e.sector_id",
      "s.name as sector_name",
      "m.name as municipality_name",
      "r.name as region_name",
      "r.wsp_name",
      "r.wsp_email",
      "r.wsp_phone",
      "r.service_norm_days",
      "am.name as am_name",
      "am.email as am_email",
      "am.phone as am_phone",
      "am.active as am_active",
      "am.absent_until as am_absent_until",
      "backup.name as backup_name",
      "backup.email as backup_email",
      "backup.phone as backup_phone",
    ])
    .where("e.id", "=", employerId)
    .executeTakeFirst();
  if (!row) return null;
  const assigned =
    row.am_name && row.am_active === 1
      ? { name: row.am_name, email: row.am_email ?? row.wsp_email, phone: row.am_phone ?? row.wsp_phone }
      : null;
  const backup = row.backup_name ? { name: row.backup_name, email: row.backup_email ?? row.wsp_email, phone: row.backup_phone ?? row.wsp_phone } : null;
  // While the accountmanager is away, the backup is the one contact.
  const away = Boolean(assigned && backup && row.am_absent_until && row.am_absent_until >= amsterdamDate(new Date()));
  const accountManager = away ? backup : assigned;
  return {
    employer: {
      id: row.id,
      name: row.name,
      kvk: row.kvk,
      fte: row.fte,
      contactName: row.contact_name,
      email: row.email,
      phone: row.phone,
      isDemo: row.is_demo === 1,
      sectorId: row.sector_id,
      sectorName: row.sector_name,
      municipalityName: row.municipality_name,
      regionId: row.region_id,
      regionName: row.region_name,
    },
    contact: {
      wspName: row.wsp_name,
      wspEmail: row.wsp_email,
      wspPhone: row.wsp_phone,
      serviceNormDays: row.service_norm_days,
      accountManager,
      backup: away ? null : backup,
      replaces: away && assigned ? { name: assigned.name, until: row.am_absent_until } : null,
    },
  };
}

export type ContactInfo = NonNullable<Awaited<ReturnType<typeof getEmployerOverview>>>["contact"];

export async function listRegionEmployers(regionId: string) {
  return db()
    .selectFrom("employers as e")
    .innerJoin("sectors as s", "s.id", "e.sector_id")
    .leftJoin("users as am", "am.id", "e.account_manager_id")
    .select(["e.id", "e.name", "e.fte", "e.is_demo", "s.name as sector_name", "am.name as am_name"])
    .where("e.region_id", "=", regionId)
    .orderBy("e.name")
    .limit(200)
    .execute();
}

/** An employer already known by KvK-nummer or e-mail address (of the company or its contact). */
export async function findExistingEmployer(kvk: string, email: string) {
  return db()
    .selectFrom("employers")
    .select(["id", "email", "contact_name"])
    .where((eb) => eb.or([eb("kvk", "=", kvk), eb("email", "=", email)]))
    .executeTakeFirst();
}

export async function findEmployerById(id: string) {
  return db().selectFrom("employers").selectAll().where("id", "=", id).executeTakeFirst();
}
