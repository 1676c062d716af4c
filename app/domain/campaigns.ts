/**
 * Campaigns of werkgeversorganisaties: codes, periods, the funnel and the
 * sector insight. Pure functions; the model layer feeds them rows.
 */

/** No 0/O, 1/I/L: a code must survive being read aloud or typed from paper. */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 6;

/** A campaign code from random bytes (at least CODE_LENGTH of them). */
export function campaignCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < CODE_LENGTH) throw new Error("Te weinig willekeurige bytes voor een campagnecode");
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomBytes[i]! % CODE_ALPHABET.length];
  return code;
}

/** Is the campaign running on `today` (YYYY-MM-DD, Amsterdam)? Both ends inclusive. */
export function isCampaignActive(campaign: { starts_on: string; ends_on: string }, today: string): boolean {
  return campaign.starts_on <= today && today <= campaign.ends_on;
}

export type CampaignPhase = "gepland" | "loopt" | "afgelopen";

export function campaignPhase(campaign: { starts_on: string; ends_on: string }, today: string): CampaignPhase {
  if (today < campaign.starts_on) return "gepland";
  return today > campaign.ends_on ? "afgelopen" : "loopt";
}

/** The steps of the funnel, in order (their names are in the organisation catalogue). */
export const funnelSteps = ["invited", "opened", "started", "completed", "followUp"] as const;

export type FunnelKey = (typeof funnelSteps)[number];
export type Funnel = Record<FunnelKey, number>;

/** One event of the funnel: which step, when (month "YYYY-MM" in Amsterdam) and for which campaign. */
export interface FunnelEvent {
  step: FunnelKey;
  month: string;
  campaignId: string;
}

export const emptyFunnel = (): Funnel => ({ invited: 0, opened: 0, started: 0, completed: 0, followUp: 0 });

export function funnelOf(events: readonly FunnelEvent[]): Funnel {
  const funnel = emptyFunnel();
  for (const e of events) funnel[e.step] += 1;
  return funnel;
}

/** The funnel per campaign; campaigns without events get zeros. */
export function funnelByCampaign(campaignIds: readonly string[], events: readonly FunnelEvent[]): Map<string, Funnel> {
  const result = new Map(campaignIds.map((id) => [id, emptyFunnel()]));
  for (const e of events) {
    const funnel = result.get(e.campaignId);
    if (funnel) funnel[e.step] += 1;
  }
  return result;
}

/** The funnel per month, oldest first, every month between the first and last event included. */
export function funnelByMonth(events: readonly FunnelEvent[]): { month: string; funnel: Funnel }[] {
  if (events.length === 0) return [];
  const months = events.map((e) => e.month).sort();
  const all: string[] = [];
  for (let m = months[0]!; m <= months[months.length - 1]!; m = nextMonth(m)) all.push(m);
  const byMonth = new Map(all.map((m) => [m, emptyFunnel()]));
  for (const e of events) byMonth.get(e.month)![e.step] += 1;
  return all.map((month) => ({ month, funnel: byMonth.get(month)! }));
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** Share of the previous step that reached this one, in whole percents (null when the previous step is 0). */
export function conversion(from: number, to: number): number | null {
  return from > 0 ? Math.round((100 * to) / from) : null;
}

/** Smallest group an organisation may see figures of. */
export const MIN_GROUP_SIZE = 5;

export interface SectorScoreRow {
  sectorId: string;
  employerId: string;
  pillarScores: Record<string, number | null>;
}

export interface SectorAverage {
  sectorId: string;
  companies: number;
  /** null when the group is below MIN_GROUP_SIZE (suppressed) or no company has a score. */
  averages: Record<string, number | null> | null;
}

/**
 * Average pillar scores per sector over one scan per company; sectors with
 * fewer than MIN_GROUP_SIZE companies show only that they are too small.
 */
export function sectorAverages(rows: readonly SectorScoreRow[], pillarIds: readonly string[]): SectorAverage[] {
  const bySector = new Map<string, SectorScoreRow[]>();
  for (const row of rows) {
    const list = bySector.get(row.sectorId) ?? [];
    if (!list.some((r) => r.employerId === row.employerId)) list.push(row);
    bySector.set(row.sectorId, list);
  }
  return [...bySector.entries()]
    .map(([sectorId, list]) => ({
      sectorId,
      companies: list.length,
      averages: list.length < MIN_GROUP_SIZE ? null : averagePerPillar(list, pillarIds),
    }))
    .sort((a, b) => b.companies - a.companies || a.sectorId.localeCompare(b.sectorId));
}

function averagePerPillar(list: readonly SectorScoreRow[], pillarIds: readonly string[]) {
  const averages: Record<string, number | null> = {};
  for (const pillar of pillarIds) {
    const scores = list.map((r) => r.pillarScores[pillar]).filter((s): s is number => typeof s === "number");
    averages[pillar] = scores.length >= MIN_GROUP_SIZE ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
  }
  return averages;
}
