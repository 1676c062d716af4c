import type { Kysely, Transaction } from "kysely";
import type { Database } from "~db/schema";
import { dueAt } from "~/domain/working-days";

/** A scan shared with the WSP becomes a lead once, due within the region's service norm. */
export async function ensureLead(database: Kysely<Database> | Transaction<Database>, scanId: string, at: Date = new Date()) {
  const scan = await database
    .selectFrom("scans as s")
    .innerJoin("employers as e", "e.id", "s.employer_id")
    .innerJoin("regions as r", "r.id", "s.region_id")
    .select(["s.id", "s.employer_id", "s.region_id", "e.account_manager_id", "r.service_norm_days"])
    .where("s.id", "=", scanId)
    .executeTakeFirst();
  if (!scan) return;
  await database
    .insertInto("leads")
    .values({
      scan_id: scan.id,
      employer_id: scan.employer_id,
      region_id: scan.region_id,
      stage: "nieuw",
      assigned_to: scan.account_manager_id,
      due_at: dueAt(at, scan.service_norm_days).toISOString(),
      first_contact_at: null,
      created_at: at.toISOString(),
      updated_at: at.toISOString(),
    })
    .onConflict((oc) => oc.column("scan_id").doNothing())
    .execute();
}
