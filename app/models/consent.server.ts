import type { ConsentParty } from "~db/schema";
import { db } from "~/utils/db.server";
import { newId, nowIso } from "~/utils/ids.server";
import { ensureLead } from "./lead.server";

/** Records the employer's choice (with the text version shown) and applies it to the scan, in one transaction. */
export async function setScanSharing(input: {
  scanId: string;
  employerId: string;
  userId: string;
  party: ConsentParty;
  partyId: string;
  granted: boolean;
  textVersion: string;
}) {
  const at = nowIso();
  await db()
    .transaction()
    .execute(async (trx) => {
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
          created_at: at,
          user_id: input.userId,
        })
        .execute();
      await trx
        .updateTable("scans")
        .set(
          input.party === "wsp"
            ? { shared_with_wsp: input.granted ? 1 : 0, sharing_asked_at: at }
            : { shared_with_organisation: input.granted ? 1 : 0 },
        )
        .where("id", "=", input.scanId)
        .where("employer_id", "=", input.employerId)
        .execute();
      if (input.party === "wsp" && input.granted) await ensureLead(trx, input.scanId);
    });
}
