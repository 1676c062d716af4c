/**
 * A demo campaign of the demo werkgeversorganisatie: invitations, visits and
 * some of the generated Rijnmond companies that came through it, a few of
 * which share their report with the organisation.
 */
import { createHash, randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Database } from "../schema";
import { prng } from "./generate";

const DAY = 24 * 60 * 60 * 1000;
export const DEMO_CAMPAIGN_CODE = "NAJAAR26";

export async function seedDemoCampaign(db: Transaction<Database>, organisationId: string, regionId: string, createdBy: string) {
  const rng = prng(7);
  const now = Date.now();
  const day = (offset: number) => new Date(now + offset * DAY).toISOString();
  const campaignId = randomUUID();
  await db
    .insertInto("campaigns")
    .values({
      id: campaignId,
      organisation_id: organisationId,
      code: DEMO_CAMPAIGN_CODE,
      name: "Ledenavond najaar 2026 (demo)",
      starts_on: day(-200).slice(0, 10),
      ends_on: day(60).slice(0, 10),
      target_region_id: regionId,
      target_sector_id: null,
      submission_key: `demo-${campaignId}`,
      created_by: createdBy,
      created_at: day(-200),
    })
    .execute();

  const scans = await db
    .selectFrom("scans as s")
    .innerJoin("employers as e", "e.id", "s.employer_id")
    .select(["s.id", "s.started_at", "e.email"])
    .where("e.is_demo", "=", 1)
    .where("e.kvk", ">=", "91000000")
    .where("s.region_id", "=", regionId)
    .orderBy("e.kvk")
    .execute();
  const through = scans.filter((_, i) => i % 3 !== 2);
  for (const [i, s] of through.entries()) {
    await db
      .updateTable("scans")
      .set({ campaign_id: campaignId, campaign_code: DEMO_CAMPAIGN_CODE, shared_with_organisation: i % 3 === 0 ? 1 : 0 })
      .where("id", "=", s.id)
      .execute();
  }

  const batchId = randomUUID();
  const invitedAt = day(-185);
  const invited = through.map((s) => s.email).concat(Array.from({ length: 30 }, (_, i) => `lid${i + 1}@leden.demo.example`));
  await db
    .insertInto("invitation_batches")
    .values({
      id: batchId,
      campaign_id: campaignId,
      organisation_id: organisationId,
      submission_key: `demo-${batchId}`,
      consent_text_version: "uitnodigen-leden-2026-11",
      report_json: JSON.stringify({ sent: invited.length, recentlyInvited: 0, optedOut: 0, duplicates: 0, errors: [], lastSendAt: invitedAt }),
      created_by: createdBy,
      created_at: invitedAt,
    })
    .execute();
  for (const email of invited) {
    await db
      .insertInto("invitations")
      .values({
        id: randomUUID(),
        batch_id: batchId,
        campaign_id: campaignId,
        organisation_id: organisationId,
        email,
        unsubscribe_token_hash: createHash("sha256").update(randomUUID()).digest("hex"),
        mail_id: null,
        created_at: invitedAt,
      })
      .execute();
  }
  const visits = Math.round(invited.length * 0.7);
  for (let i = 0; i < visits; i++) {
    await db
      .insertInto("campaign_visits")
      .values({ id: randomUUID(), campaign_id: campaignId, at: day(-185 + Math.floor(rng() * 180)) })
      .execute();
  }
}
