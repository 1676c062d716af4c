import { db } from "~/utils/db.server";

export async function getOrganisation(organisationId: string) {
  return db()
    .selectFrom("organisations")
    .leftJoin("regions", "regions.id", "organisations.region_id")
    .select(["organisations.id", "organisations.name", "regions.name as region_name"])
    .where("organisations.id", "=", organisationId)
    .executeTakeFirst();
}
