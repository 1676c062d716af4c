/**
 * Retention (AVG): how long data is kept. Pure, no I/O.
 *
 * - An unfinished scan (status "in_progress") is deleted, with its answers,
 *   when it was last saved more than `unfinishedScanDays` days ago.
 * - A closed request is anonymised when it was closed more than
 *   `closedRequestDays` days ago: only what the budget ledger needs stays.
 *
 * "More than N days ago" is exact to the millisecond: a scan saved exactly
 * N × 24 hours before `now` is kept for this run and deleted by the next one.
 */

export interface RetentionSettings {
  unfinishedScanDays: number;
  closedRequestDays: number;
}

/** The defaults, also shown on the privacy page (env overrides them, see app/utils/env.server.ts). */
export const DEFAULT_RETENTION: RetentionSettings = { unfinishedScanDays: 90, closedRequestDays: 730 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Timestamps (ISO, UTC) before which data is due: strictly older than these goes. */
export function retentionCutoffs(now: Date, settings: RetentionSettings): { unfinishedScansBefore: string; closedRequestsBefore: string } {
  return {
    unfinishedScansBefore: new Date(now.getTime() - settings.unfinishedScanDays * DAY_MS).toISOString(),
    closedRequestsBefore: new Date(now.getTime() - settings.closedRequestDays * DAY_MS).toISOString(),
  };
}

export function isUnfinishedScanDue(scan: { status: string; updated_at: string }, now: Date, settings: RetentionSettings): boolean {
  return scan.status === "in_progress" && scan.updated_at < retentionCutoffs(now, settings).unfinishedScansBefore;
}

export function isClosedRequestDue(request: { closed_at: string | null }, now: Date, settings: RetentionSettings): boolean {
  return request.closed_at !== null && request.closed_at < retentionCutoffs(now, settings).closedRequestsBefore;
}

/** Keys of a request's details that decide which budgets it drew on (see instrumentsFor in request.server.ts). */
const BUDGET_KEYS = ["wantsPolis", "wantsVoucher"] as const;

/**
 * What stays of a request's details after anonymisation: only which budgets
 * it used, never the candidate, the question or dates.
 */
export function minimalRequestDetails(details: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of BUDGET_KEYS) if (details[key] !== undefined) kept[key] = details[key];
  return kept;
}

/** A retention period as people say it: whole years as years, the rest in days (the words come from a catalogue). */
export function retentionPeriod(days: number): { count: number; unit: "year" | "day" } {
  if (days >= 365 && days % 365 === 0) return { count: days / 365, unit: "year" };
  return { count: days, unit: "day" };
}
