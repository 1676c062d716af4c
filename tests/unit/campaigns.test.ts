import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  campaignCode,
  campaignPhase,
  conversion,
  funnelByCampaign,
  funnelByMonth,
  funnelOf,
  isCampaignActive,
  MIN_GROUP_SIZE,
  sectorAverages,
  type FunnelEvent,
} from "~/domain/campaigns";
import { campaignCodeFrom } from "~/utils/campaign";

describe("campaign codes", () => {
  it("are 6 characters from an alphabet without look-alikes, and survive the link's code parser", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: CODE_LENGTH, maxLength: 16 }), (bytes) => {
        const code = campaignCode(bytes);
        expect(code).toHaveLength(CODE_LENGTH);
        expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
        expect(code).not.toMatch(/[01ILO]/);
        expect(campaignCodeFrom(code.toLowerCase())).toBe(code);
      }),
    );
  });
  it("refuse too few random bytes", () => {
    expect(() => campaignCode(new Uint8Array(3))).toThrow();
  });
});

describe("campaign period", () => {
  const c = { starts_on: "2026-12-01", ends_on: "2027-01-31" };
  it("includes both the first and the last day", () => {
    expect(isCampaignActive(c, "2026-11-30")).toBe(false);
    expect(isCampaignActive(c, "2026-12-01")).toBe(true);
    expect(isCampaignActive(c, "2027-01-31")).toBe(true);
    expect(isCampaignActive(c, "2027-02-01")).toBe(false);
    expect([campaignPhase(c, "2026-11-30"), campaignPhase(c, "2027-01-01"), campaignPhase(c, "2027-02-01")]).toEqual([
      "gepland",
      "loopt",
      "afgelopen",
    ]);
  });
});

describe("the funnel", () => {
  const events: FunnelEvent[] = [
    { step: "invited", month: "2026-09", campaignId: "a" },
    { step: "invited", month: "2026-09", campaignId: "a" },
    { step: "opened", month: "2026-09", campaignId: "a" },
    { step: "started", month: "2026-11", campaignId: "a" },
    { step: "completed", month: "2026-11", campaignId: "b" },
    { step: "followUp", month: "2027-01", campaignId: "b" },
  ];
  it("counts each step, per campaign and in total", () => {
    expect(funnelOf(events)).toEqual({ invited: 2, opened: 1, started: 1, completed: 1, followUp: 1 });
    const per = funnelByCampaign(["a", "b", "c"], events);
    expect(per.get("a")).toEqual({ invited: 2, opened: 1, started: 1, completed: 0, followUp: 0 });
    expect(per.get("c")).toEqual({ invited: 0, opened: 0, started: 0, completed: 0, followUp: 0 });
  });
  it("lists every month between the first and last event, across a year end", () => {
    const months = funnelByMonth(events);
    expect(months.map((m) => m.month)).toEqual(["2026-09", "2026-10", "2026-11", "2026-12", "2027-01"]);
    expect(months[1]!.funnel.invited).toBe(0);
    expect(months.reduce((n, m) => n + m.funnel.invited, 0)).toBe(2);
  });
  it("gives the conversion in whole percents, none from zero", () => {
    expect(conversion(3, 1)).toBe(33);
    expect(conversion(0, 0)).toBeNull();
  });
});

describe("sector insight", () => {
  const row = (sectorId: string, employerId: string, score: number | null) => ({ sectorId, employerId, pillarScores: { p1: score, p2: 50 } });
  it("suppresses a sector below the minimum group size and averages the rest", () => {
    const rows = [
      ...Array.from({ length: MIN_GROUP_SIZE }, (_, i) => row("zorg", `z${i}`, 40 + i * 10)),
      ...Array.from({ length: MIN_GROUP_SIZE - 1 }, (_, i) => row("bouw", `b${i}`, 90)),
    ];
    const result = sectorAverages(rows, ["p1", "p2"]);
    expect(result.find((r) => r.sectorId === "zorg")).toEqual({ sectorId: "zorg", companies: 5, averages: { p1: 60, p2: 50 } });
    expect(result.find((r) => r.sectorId === "bouw")).toEqual({ sectorId: "bouw", companies: 4, averages: null });
  });
  it("counts a company once, and never shows a pillar average over fewer than the minimum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ e: fc.integer({ min: 0, max: 12 }), s: fc.option(fc.integer({ min: 0, max: 100 })) }), { maxLength: 60 }),
        (items) => {
          const rows = items.map((it) => row("x", `e${it.e}`, it.s));
          const [result] = sectorAverages(rows, ["p1"]);
          if (!result) return;
          const distinct = new Set(items.map((i) => i.e)).size;
          expect(result.companies).toBe(distinct);
          if (distinct < MIN_GROUP_SIZE) expect(result.averages).toBeNull();
          const p1 = result.averages?.p1;
          if (p1 !== undefined && p1 !== null) expect(p1).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
