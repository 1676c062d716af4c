import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  budgetYear,
  centsToEuroInput,
  formatShare,
  formatWorkingDays,
  lastMonths,
  median,
  monthRanges,
  monthLabel,
  monthStartUtc,
  parseEuros,
  shareOf,
  shareWithinNorm,
  workingDayDurations,
} from "~/domain/dashboard";
import { amsterdamDate, workingDaysBetween } from "~/domain/working-days";
import { dashboardMessages } from "~/i18n/dashboard";

describe("median", () => {
  it("is the middle value, the mean of the two middle values, or null", () => {
    expect(median([])).toBeNull();
    expect(median([4])).toBe(4);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([5, 5, 0, 0])).toBe(2.5);
  });

  it("does not change its input and rejects NaN and Infinity", () => {
    const input = [3, 1, 2];
    median(input);
    expect(input).toEqual([3, 1, 2]);
    expect(() => median([1, Number.NaN])).toThrow(RangeError);
    expect(() => median([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it("lies between the smallest and the largest value, at least half are ≤ it and at least half ≥ it", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const m = median(xs)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(m).toBeLessThanOrEqual(Math.max(...xs));
        expect(xs.filter((x) => x <= m).length * 2).toBeGreaterThanOrEqual(xs.length);
        expect(xs.filter((x) => x >= m).length * 2).toBeGreaterThanOrEqual(xs.length);
      }),
    );
  });

  it("does not depend on the order of the values", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }), (xs) => {
        expect(median([...xs].reverse())).toBe(median(xs));
      }),
    );
  });
});

describe("shareWithinNorm", () => {
  const now = new Date("2026-11-23T12:00:00.000Z");
  const due = "2026-11-20T22:59:59.999Z";

  it("counts contact at or before due as on time, later contact and overdue open items as missed, leaves open items not yet due out", () => {
    const result = shareWithinNorm(
      [
        { dueAt: due, firstContactAt: "2026-11-19T09:00:00.000Z" },
        { dueAt: due, firstContactAt: due },
        { dueAt: due, firstContactAt: "2026-11-21T08:00:00.000Z" },
        { dueAt: due, firstContactAt: null },
        { dueAt: "2026-11-25T22:59:59.999Z", firstContactAt: null },
      ],
      now,
    );
    expect(result).toEqual({ withinNorm: 2, missed: 2, pending: 1, share: 0.5 });
  });

  it("an open item is missed only after its due instant", () => {
    const item = { dueAt: "2026-11-23T12:00:00.000Z", firstContactAt: null };
    expect(shareWithinNorm([item], now)).toEqual({ withinNorm: 0, missed: 0, pending: 1, share: null });
    expect(shareWithinNorm([item], new Date(now.getTime() + 1)).missed).toBe(1);
  });

  it("is null without counted items", () => {
    expect(shareWithinNorm([], now).share).toBeNull();
    expect(shareOf(0, 0)).toBeNull();
  });

  it("rejects a date that is not an instant", () => {
    expect(() => shareWithinNorm([{ dueAt: "morgen", firstContactAt: null }], now)).toThrow(RangeError);
  });

  it("always has a share from 0 to 1, and every item lands in exactly one group", () => {
    const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(
        fc.array(fc.record({ dueAt: instant, firstContactAt: fc.option(instant, { nil: null }) }), { maxLength: 50 }),
        instant,
        (items, nowIso) => {
          const r = shareWithinNorm(items, new Date(nowIso));
          expect(r.withinNorm + r.missed + r.pending).toBe(items.length);
          if (r.share !== null) {
            expect(r.share).toBeGreaterThanOrEqual(0);
            expect(r.share).toBeLessThanOrEqual(1);
          } else {
            expect(r.withinNorm + r.missed).toBe(0);
          }
        },
      ),
    );
  });
});

describe("months", () => {
  it("spans each month from its first Amsterdam moment to the next month's (not the UTC month)", () => {
    expect(monthRanges(["2026-01", "2026-06", "2026-12"])).toEqual([
      { month: "2026-01", from: "2025-12-31T23:00:00.000Z", to: "2026-01-31T23:00:00.000Z" },
      { month: "2026-06", from: "2026-05-31T22:00:00.000Z", to: "2026-06-30T22:00:00.000Z" },
      { month: "2026-12", from: "2026-11-30T23:00:00.000Z", to: "2026-12-31T23:00:00.000Z" },
    ]);
  });

  it("puts every instant in the range of its Amsterdam month, comparing ISO text as the database does", () => {
    const months = lastMonths(new Date("2027-01-15T12:00:00Z"), 36);
    const ranges = monthRanges(months);
    fc.assert(
      fc.property(fc.date({ min: new Date(ranges[0]!.from), max: new Date(Date.parse(ranges.at(-1)!.to) - 1), noInvalidDate: true }), (d) => {
        const iso = d.toISOString();
        const hits = ranges.filter((r) => iso >= r.from && iso < r.to);
        expect(hits.map((r) => r.month)).toEqual([amsterdamDate(d).slice(0, 7)]);
      }),
    );
  });

  it("lists the last n months, oldest first, across a year boundary", () => {
    expect(lastMonths(new Date("2026-02-10T12:00:00Z"), 4)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(lastMonths(new Date("2026-12-31T23:30:00Z"), 2)).toEqual(["2026-12", "2027-01"]);
    expect(lastMonths(new Date(), 0)).toEqual([]);
    expect(lastMonths(new Date(), 12)).toHaveLength(12);
  });

  it("knows when a month starts in Amsterdam (winter +01:00, summer +02:00)", () => {
    expect(monthStartUtc("2026-01")).toBe("2025-12-31T23:00:00.000Z");
    expect(monthStartUtc("2026-07")).toBe("2026-06-30T22:00:00.000Z");
    expect(amsterdamDate(new Date(monthStartUtc("2026-07"))).slice(0, 7)).toBe("2026-07");
    expect(amsterdamDate(new Date(Date.parse(monthStartUtc("2026-07")) - 1)).slice(0, 7)).toBe("2026-06");
    expect(() => monthStartUtc("2026-13")).toThrow(RangeError);
  });

  it("names months in Dutch and in English", () => {
    expect(monthLabel("2026-03", "nl")).toBe("maart 2026");
    expect(monthLabel("2026-03", "nl", true)).toBe("mrt 2026");
    expect(monthLabel("2026-10", "nl", true)).toBe("okt 2026");
    expect(monthLabel("2026-03", "en")).toBe("March 2026");
    expect(monthLabel("2026-10", "en", true)).toBe("Oct 2026");
    expect(() => monthLabel("2026-13", "nl")).toThrow(RangeError);
  });
});

describe("working days and formatting", () => {
  it("gives the same durations as workingDaysBetween", () => {
    const pairs = [
      { createdAt: "2026-11-20T16:00:00.000Z", firstContactAt: "2026-11-23T09:00:00.000Z" },
      { createdAt: "2026-11-20T16:10:00.000Z", firstContactAt: "2026-11-23T09:20:00.000Z" },
      { createdAt: "2026-11-20T23:30:00.000Z", firstContactAt: "2026-11-23T09:00:00.000Z" },
      { createdAt: "2026-11-23T09:00:00.000Z", firstContactAt: "2026-11-23T08:00:00.000Z" },
    ];
    expect(workingDayDurations(pairs)).toEqual(pairs.map((p) => workingDaysBetween(new Date(p.createdAt), new Date(p.firstContactAt))));
    expect(workingDayDurations(pairs)).toEqual([1, 1, 1, 0]);
  });

  it("matches workingDaysBetween for any pair of instants", () => {
    const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }).map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(fc.array(fc.record({ createdAt: instant, firstContactAt: instant }), { maxLength: 20 }), (pairs) => {
        expect(workingDayDurations(pairs)).toEqual(pairs.map((p) => workingDaysBetween(new Date(p.createdAt), new Date(p.firstContactAt))));
      }),
      { numRuns: 50 },
    );
  });

  it("writes durations and shares in plain Dutch and in English", () => {
    const nl = dashboardMessages.nl.workingDays;
    expect(formatWorkingDays(1, nl, "nl")).toBe("1 werkdag");
    expect(formatWorkingDays(2, nl, "nl")).toBe("2 werkdagen");
    expect(formatWorkingDays(1.5, nl, "nl")).toBe("1,5 werkdagen");
    expect(formatWorkingDays(0, nl, "nl")).toBe("0 werkdagen");
    expect(formatWorkingDays(1.5, dashboardMessages.en.workingDays, "en")).toBe("1.5 working days");
    expect(formatWorkingDays(1, dashboardMessages.en.workingDays, "en")).toBe("1 working day");
    expect(formatShare(0.826)).toBe("83%");
  });

  it("uses the UTC year for budgets, like the ledger", () => {
    expect(budgetYear(new Date("2026-12-31T23:30:00Z"))).toBe(2026);
  });
});

describe("parseEuros", () => {
  it("reads amounts as people type them, in whole cents", () => {
    expect(parseEuros("25000")).toBe(2_500_000);
    expect(parseEuros("25.000")).toBe(2_500_000);
    expect(parseEuros("25.000,50")).toBe(2_500_050);
    expect(parseEuros("25000,5")).toBe(2_500_050);
    expect(parseEuros("25000.50")).toBe(2_500_050);
    expect(parseEuros("€ 1.234.567,89")).toBe(123_456_789);
    expect(parseEuros(" 0 ")).toBe(0);
    expect(parseEuros("0,07")).toBe(7);
  });

  it("refuses what is not an amount", () => {
    for (const bad of ["", "abc", "-5", "1,234", "1.2345", "12.34.56", "1e5", "25.000.5", "1234567890"]) {
      expect(parseEuros(bad), bad).toBeNull();
    }
  });

  it("round-trips with centsToEuroInput", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        expect(parseEuros(centsToEuroInput(cents))).toBe(cents);
      }),
    );
  });
});
