import { randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "~db/schema";
import { campaignCode, isCampaignActive, type FunnelEvent } from "~/domain/campaigns";
import { amsterdamDate } from "~/domain/working-days";
import { db } from "~/utils/db.server";
import { newId, nowIso } from "~/utils/ids.server";

type Executor = Kysely<Database> | Transaction<Database>;

export interface CampaignInput {
  name: string;
  startsOn: string;
  endsOn: string;
  targetRegionId: string | null;
  targetSectorId: string | null;
}

/**
 * Creates a campaign with a fresh unique code. Idempotent: the same
 * submission key returns the campaign made the first time.
 */
export async function createCampaign(organisationId: string, userId: string, submissionKey: string, input: CampaignInput) {
  const existing = await db()
    .selectFrom("campaigns")
    .select(["id", "organisation_id"])
    .where("submission_key", "=", submissionKey)
    .executeTakeFirst();
  if (existing) return existing.organisation_id === organisationId ? existing.id : null;
  for (let attempt = 0; ; attempt++) {
    const code = campaignCode(randomBytes(8));
    const taken = await db().selectFrom("campaigns").select("id").where("code", "=", code).executeTakeFirst();
    if (taken) {
      if (attempt > 20) throw new Error("Geen vrije campagnecode gevonden");
      continue;
    }
    const id = newId();
    await db()
      .insertInto("campaigns")
      .values({
        id,
        organisation_id: organisationId,
        code,
        name: input.name,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        target_region_id: input.targetRegionId,
        target_sector_id: input.targetSectorId,
        submission_key: submissionKey,
        created_by: userId,
        created_at: nowIso(),
      })
      .onConflict((oc) => oc.column("submission_key").doNothing())
      .execute();
    const made = await db().selectFrom("campaigns").select("id").where("submission_key", "=", submissionKey).executeTakeFirstOrThrow();
    return made.id;
  }
}

export async function listCampaigns(organisationId: string) {
  return db()
    .selectFrom("campaigns as c")
    .leftJoin("regions as r", "r.id", "c.target_region_id")
    .leftJoin("sectors as s", "s.id", "c.target_sector_id")
    .select(["c.id", "c.code", "c.name", "c.starts_on", "c.ends_on", "c.created_at", "r.name as region_name", "s.name as sector_name"])
    .where("c.organisation_id", "=", organisationId)
    .orderBy("c.starts_on", "desc")
    .orderBy("c.created_at", "desc")
    .execute();
}

/** A campaign of this organisation, or undefined (another organisation's campaign is not found). */
export async function getOrganisationCampaign(organisationId: string, campaignId: string) {
  return db()
    .selectFrom("campaigns as c")
    .leftJoin("regions as r", "r.id", "c.target_region_id")
    .leftJoin("sectors as s", "s.id", "c.target_sector_id")
    .selectAll("c")
    .select(["r.name as region_name", "s.name as sector_name"])
    .where("c.id", "=", campaignId)
    .where("c.organisation_id", "=", organisationId)
    .executeTakeFirst();
}

/** The running campaign with this code and the name of its organisation ("Aangeboden door …"). */
export async function findActiveCampaign(executor: Executor, code: string | null, now: Date = new Date()) {
  if (!code) return undefined;
  const campaign = await executor
    .selectFrom("campaigns as c")
    .innerJoin("organisations as o", "o.id", "c.organisation_id")
    .select(["c.id", "c.code", "c.name", "c.starts_on", "c.ends_on", "c.organisation_id", "o.name as organisation_name"])
    .where("c.code", "=", code)
    .executeTakeFirst();
  return campaign && isCampaignActive(campaign, amsterdamDate(now)) ? campaign : undefined;
}

/** Counts a visit to the campaign link (no person, no cookie id: only the time). */
export async function recordCampaignVisit(campaignId: string) {
  await db().insertInto("campaign_visits").values({ id: newId(), campaign_id: campaignId, at: nowIso() }).execute();
}

/** The organisation a scan's campaign belongs to, if the scan came through a campaign. */
export async function campaignOrganisationOfScan(scanId: string) {
  return db()
    .selectFrom("scans as s")
    .innerJoin("campaigns as c", "c.id", "s.campaign_id")
    .innerJoin("organisations as o", "o.id", "c.organisation_id")
    .select(["o.id", "o.name"])
    .where("s.id", "=", scanId)
    .executeTakeFirst();
}

const month = (iso: string) => amsterdamDate(new Date(iso)).slice(0, 7);

/**
 * Every funnel event of the organisation's campaigns: invitations, visits,
 * scans started and completed, and employers that asked for follow-up (a
 * request after starting the campaign's scan). Counts only, no persons.
 */
export async function funnelEvents(organisationId: string, campaignId?: string): Promise<FunnelEvent[]> {
  const campaignIds = (await listCampaigns(organisationId)).map((c) => c.id).filter((id) => !campaignId || id === campaignId);
  if (campaignIds.length === 0) return [];
  const [invitations, visits, scans, followUps] = await Promise.all([
    db().selectFrom("invitations").select(["campaign_id", "created_at as at"]).where("campaign_id", "in", campaignIds).execute(),
    db().selectFrom("campaign_visits").select(["campaign_id", "at"]).where("campaign_id", "in", campaignIds).execute(),
    db()
      .selectFrom("scans")
      .select(["campaign_id", "employer_id", "started_at", "completed_at"])
      .where("campaign_id", "in", campaignIds)
      .execute(),
    db()
      .selectFrom("scans as s")
      .innerJoin("requests as r", (join) => join.onRef("r.employer_id", "=", "s.employer_id").onRef("r.created_at", ">=", "s.started_at"))
      .select(["s.campaign_id", "s.employer_id", (eb) => eb.fn.min("r.created_at").as("at")])
      .where("s.campaign_id", "in", campaignIds)
      .groupBy(["s.campaign_id", "s.employer_id"])
      .execute(),
  ]);
  const events: FunnelEvent[] = [];
  for (const i of invitations) events.push({ step: "invited", month: month(i.at), campaignId: i.campaign_id });
  for (const v of visits) events.push({ step: "opened", month: month(v.at), campaignId: v.campaign_id });
  for (const s of scans) {
    events.push({ step: "started", month: month(s.started_at), campaignId: s.campaign_id! });
    if (s.completed_at) events.push({ step: "completed", month: month(s.completed_at), campaignId: s.campaign_id! });
  }
  for (const f of followUps) events.push({ step: "followUp", month: month(String(f.at)), campaignId: f.campaign_id! });
  return events;
}

/** Completed scans that came through the organisation's campaigns: the latest per employer, with pillar scores. */
export async function organisationScans(organisationId: string) {
  const rows = await db()
    .selectFrom("scans as s")
    .innerJoin("campaigns as c", "c.id", "s.campaign_id")
    .innerJoin("employers as e", "e.id", "s.employer_id")
    .innerJoin("sectors as sec", "sec.id", "s.sector_id")
    .select([
      "s.id",
      "s.employer_id",
      "s.sector_id",
      "sec.name as sector_name",
      "s.fte",
      "s.completed_at",
      "s.overall_score",
      "s.result_json",
      "s.shared_with_organisation",
      "e.name as employer_name",
      "e.contact_name",
      "e.email",
      "e.phone",
      "c.name as campaign_name",
    ])
    .where("c.organisation_id", "=", organisationId)
    .where("s.status", "=", "completed")
    .orderBy("s.completed_at", "desc")
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.employer_id)) latest.set(row.employer_id, row);
  return [...latest.values()];
}
