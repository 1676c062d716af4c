import type { Transaction } from "kysely";
import type { ConsentParty, Database } from "~db/schema";
import { consentVersion, shareWithOrganisationConsent, shareWithWspConsent } from "~/content/consents";
import type { Locale } from "~/i18n/locale";
import { db } from "~/utils/db.server";
import { newId, nowIso } from "~/utils/ids.server";
import { ensureLead } from "./lead.server";

async function recordConsent(
  trx: Transaction<Database>,
  input: { scanId: string; employerId: string; userId: string; party: ConsentParty; partyId: string; granted: boolean; textVersion: string; at: string },
) {
  await trx
    .insertInto("consents")
    .values({
      id: newId(),
      employer_id: input.employerId,
      scan_id: input.scanId,
      party: input.party,
      party_id: input.partyId,
      granted: input.granted ? 1 : 0,
      text_version: input.textVersion,
      created_at: input.at,
      user_id: input.userId,
    })
    .execute();
}

/**
 * Records the employer's sharing choices (with the text version shown, in the
 * language the employer saw it: `locale`) and
 * applies them to the scan and its lead, in one transaction. A withdrawal hides
 * the report from that party at once: access checks read the scan's flags, work
 * lists the lead's.
 */
export async function setScanSharing(input: {
  scan: { id: string; employer_id: string; region_id: string };
  userId: string;
  wsp: boolean;
  /** Only when the scan came through a campaign of this organisation. */
  organisation?: { id: string; granted: boolean };
  locale: Locale;
}) {
  const at = nowIso();
  const base = { scanId: input.scan.id, employerId: input.scan.employer_id, userId: input.userId, at };
  await db()
    .transaction()
    .execute(async (trx) => {
      await recordConsent(trx, { ...base, party: "wsp", partyId: input.scan.region_id, granted: input.wsp, textVersion: consentVersion(shareWithWspConsent, input.locale) });
      if (input.organisation) {
        await recordConsent(trx, {
          ...base,
          party: "organisation",
          partyId: input.organisation.id,
          granted: input.organisation.granted,
          textVersion: consentVersion(shareWithOrganisationConsent, input.locale),
        });
      }
      await trx
        .updateTable("scans")
        .set({
          shared_with_wsp: input.wsp ? 1 : 0,
          sharing_asked_at: at,
          ...(input.organisation ? { shared_with_organisation: input.organisation.granted ? 1 : 0 } : {}),
        })
        .where("id", "=", input.scan.id)
        .where("employer_id", "=", input.scan.employer_id)
        .execute();
      // Work lists read the flag on the lead; a lead of a withdrawn scan stays (with its stage) but is hidden.
      await trx.updateTable("leads").set({ shared: input.wsp ? 1 : 0 }).where("scan_id", "=", input.scan.id).execute();
      if (input.wsp) await ensureLead(trx, input.scan.id);
    });
}

/**
 * Per completed scan of the employer: who may see the report now, and the
 * consent row that decided it (when, which text version). The newest row per
 * scan and party wins; a scan without any row was never shared.
 */
export async function listScanConsents(employerId: string) {
  const scans = await db()
    .selectFrom("scans as s")
    .innerJoin("regions as r", "r.id", "s.region_id")
    .leftJoin("campaigns as c", "c.id", "s.campaign_id")
    .leftJoin("organisations as o", "o.id", "c.organisation_id")
    .select(["s.id", "s.completed_at", "s.shared_with_wsp", "s.shared_with_organisation", "r.wsp_name", "o.name as organisation_name"])
    .where("s.employer_id", "=", employerId)
    .where("s.status", "=", "completed")
    .orderBy("s.completed_at", "desc")
    .execute();
  const rows = await db()
    .selectFrom("consents")
    .select(["scan_id", "party", "granted", "text_version", "created_at"])
    .where("employer_id", "=", employerId)
    .orderBy("created_at", "asc")
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) latest.set(`${row.scan_id}:${row.party}`, row);
  const decision = (scanId: string, party: ConsentParty) => {
    const row = latest.get(`${scanId}:${party}`);
    return row ? { granted: row.granted === 1, since: row.created_at, textVersion: row.text_version } : null;
  };
  return scans.map((s) => ({
    scanId: s.id,
    completedAt: s.completed_at,
    wsp: { name: s.wsp_name, shared: s.shared_with_wsp === 1, consent: decision(s.id, "wsp") },
    organisation: s.organisation_name
      ? { name: s.organisation_name, shared: s.shared_with_organisation === 1, consent: decision(s.id, "organisation") }
      : null,
  }));
}

/**
 * Withdraws one consent: a new consent row with granted = 0 (the text
 * version of the page the employer withdrew on, in `locale`) and the scan's flag off, in one transaction,
 * so the party loses access at once. "not-found" for a scan of another
 * employer; "not-shared" when there is nothing to withdraw.
 */
export async function withdrawScanConsent(input: {
  employerId: string;
  scanId: string;
  party: ConsentParty;
  userId: string;
  locale: Locale;
}): Promise<"withdrawn" | "not-found" | "not-shared"> {
  return db()
    .transaction()
    .execute(async (trx) => {
      const scan = await trx
        .selectFrom("scans as s")
        .leftJoin("campaigns as c", "c.id", "s.campaign_id")
        .select(["s.id", "s.region_id", "s.shared_with_wsp", "s.shared_with_organisation", "c.organisation_id"])
        .where("s.id", "=", input.scanId)
        .where("s.employer_id", "=", input.employerId)
        .executeTakeFirst();
      if (!scan) return "not-found";
      const isWsp = input.party === "wsp";
      const shared = isWsp ? scan.shared_with_wsp === 1 : scan.shared_with_organisation === 1;
      const partyId = isWsp ? scan.region_id : scan.organisation_id;
      if (!shared || !partyId) return "not-shared";
      await recordConsent(trx, {
        scanId: scan.id,
        employerId: input.employerId,
        userId: input.userId,
        party: input.party,
        partyId,
        granted: false,
        textVersion: consentVersion(isWsp ? shareWithWspConsent : shareWithOrganisationConsent, input.locale),
        at: nowIso(),
      });
      await trx
        .updateTable("scans")
        .set(isWsp ? { shared_with_wsp: 0 } : { shared_with_organisation: 0 })
        .where("id", "=", scan.id)
        .execute();
      if (isWsp) await trx.updateTable("leads").set({ shared: 0 }).where("scan_id", "=", scan.id).execute();
      return "withdrawn";
    });
}
