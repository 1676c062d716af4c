import type { Transaction } from "kysely";
import type { ConsentParty, Database } from "~db/schema";
import { shareWithOrganisationConsent, shareWithWspConsent } from "~/content/consents";
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
 * Records the employer's sharing choices (with the text version shown) and
 * applies them to the scan, in one transaction. A withdrawal hides the report
 * from that party at once: access checks read the scan's flags.
 */
export async function setScanSharing(input: {
  scan: { id: string; employer_id: string; region_id: string };
  userId: string;
  wsp: boolean;
  /** Only when the scan came through a campaign of this organisation. */
  organisation?: { id: string; granted: boolean };
}) {
  const at = nowIso();
  const base = { scanId: input.scan.id, employerId: input.scan.employer_id, userId: input.userId, at };
  await db()
    .transaction()
    .execute(async (trx) => {
      await recordConsent(trx, { ...base, party: "wsp", partyId: input.scan.region_id, granted: input.wsp, textVersion: shareWithWspConsent.version });
      if (input.organisation) {
        await recordConsent(trx, {
          ...base,
          party: "organisation",
          partyId: input.organisation.id,
          granted: input.organisation.granted,
          textVersion: shareWithOrganisationConsent.version,
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
      if (input.wsp) await ensureLead(trx, input.scan.id);
    });
}
