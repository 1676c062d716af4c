import { describe, expect, it } from "vitest";
import {
  DEFAULT_RETENTION,
  isClosedRequestDue,
  isUnfinishedScanDue,
  minimalRequestDetails,
  retentionCutoffs,
  retentionPeriod,
} from "~/domain/retention";

const now = new Date("2026-11-23T10:00:00.000Z");
const DAY = 24 * 3600_000;
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe("retention cut-offs", () => {
  it("are N days before now, to the millisecond", () => {
    expect(retentionCutoffs(now, DEFAULT_RETENTION)).toEqual({
      unfinishedScansBefore: "2026-08-25T10:00:00.000Z",
      closedRequestsBefore: "2024-11-23T10:00:00.000Z",
    });
  });
});

describe("unfinished scans", () => {
  it("are due only after more than 90 days without a save", () => {
    expect(isUnfinishedScanDue({ status: "in_progress", updated_at: ago(90 * DAY + 1) }, now, DEFAULT_RETENTION)).toBe(true);
    expect(isUnfinishedScanDue({ status: "in_progress", updated_at: ago(90 * DAY) }, now, DEFAULT_RETENTION)).toBe(false);
    expect(isUnfinishedScanDue({ status: "in_progress", updated_at: ago(90 * DAY - 1) }, now, DEFAULT_RETENTION)).toBe(false);
  });

  it("never touches a completed scan, however old", () => {
    expect(isUnfinishedScanDue({ status: "completed", updated_at: ago(900 * DAY) }, now, DEFAULT_RETENTION)).toBe(false);
  });

  it("follows the setting", () => {
    const settings = { ...DEFAULT_RETENTION, unfinishedScanDays: 7 };
    expect(isUnfinishedScanDue({ status: "in_progress", updated_at: ago(7 * DAY + 1) }, now, settings)).toBe(true);
    expect(isUnfinishedScanDue({ status: "in_progress", updated_at: ago(6 * DAY) }, now, settings)).toBe(false);
  });
});

describe("closed requests", () => {
  it("are due more than 730 days after closing; open requests never", () => {
    expect(isClosedRequestDue({ closed_at: ago(730 * DAY + 1) }, now, DEFAULT_RETENTION)).toBe(true);
    expect(isClosedRequestDue({ closed_at: ago(730 * DAY) }, now, DEFAULT_RETENTION)).toBe(false);
    expect(isClosedRequestDue({ closed_at: ago(729 * DAY) }, now, DEFAULT_RETENTION)).toBe(false);
    expect(isClosedRequestDue({ closed_at: null }, now, DEFAULT_RETENTION)).toBe(false);
  });
});

describe("minimal request details", () => {
  it("keep only which budgets were used", () => {
    expect(
      minimalRequestDetails({ wantsPolis: "ja", wantsVoucher: "ja", candidateInitials: "J.K.", role: "Bakker", startDate: "2026-12-01" }),
    ).toEqual({ wantsPolis: "ja", wantsVoucher: "ja" });
    expect(minimalRequestDetails({ topic: "scan", message: "Bel mij op 06-12345678" })).toEqual({});
  });
});

describe("period labels", () => {
  it("say whole years as years, the rest in days", () => {
    expect(retentionPeriod(730)).toEqual({ count: 2, unit: "year" });
    expect(retentionPeriod(365)).toEqual({ count: 1, unit: "year" });
    expect(retentionPeriod(90)).toEqual({ count: 90, unit: "day" });
    expect(retentionPeriod(400)).toEqual({ count: 400, unit: "day" });
    expect(retentionPeriod(1)).toEqual({ count: 1, unit: "day" });
  });
});
