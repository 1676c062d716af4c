import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseComparison, MIN_PEERS, peerFigure, quantile, sizeClass, type Histogram } from "~/domain/benchmark";

const hist = (scores: number[]): Histogram => {
  const h: Histogram = new Map();
  for (const s of scores) h.set(s, (h.get(s) ?? 0) + 1);
  return h;
};

/** Reference implementation over the plain sorted list. */
function sortedQuantile(values: number[], q: number) {
  const xs = [...values].sort((a, b) => a - b);
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const frac = pos - lo;
  const v = xs[lo]! + ((xs[lo + 1] ?? xs[lo]!) - xs[lo]!) * frac;
  return Math.round(v * 10) / 10;
}

describe("quantiles from a score histogram", () => {
  it("match the median and quartiles of the plain list", () => {
    expect(quantile(hist([10, 20, 30, 40]), 0.5)).toBe(25);
    expect(quantile(hist([10, 20, 30, 40, 50]), 0.25)).toBe(20);
    expect(quantile(hist([]), 0.5)).toBeNull();
  });
  it("agree with a sorted-list computation for any scores (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 200 }), fc.constantFrom(0.25, 0.5, 0.75), (scores, q) => {
        expect(quantile(hist(scores), q)).toBe(sortedQuantile(scores, q));
      }),
    );
  });
});

describe("peer figures", () => {
  it("leave the company's own score out and need at least 5 others", () => {
    expect(peerFigure(hist([50, 60, 70, 80, 90]), 50)).toBeNull();
    const f = peerFigure(hist([50, 60, 70, 80, 90, 100]), 50);
    expect(f).toEqual({ n: 5, median: 80, q1: 70, q3: 90 });
    expect(MIN_PEERS).toBe(5);
  });

  it("fall back from sector and size, to sector, to all, and say so", () => {
    const own = { a: 40, b: 60 };
    const scored = { a: true, b: true };
    // Each pillar's histogram holds the company's own score for that pillar plus the others.
    const group = (others: number[]) => ({ a: hist([own.a, ...others]), b: hist([own.b, ...others]) });
    const level = (sectorSize: number[], sector: number[], all: number[]) =>
      chooseComparison({ "sector-size": group(sectorSize), sector: group(sector), all: group(all) }, scored, own).level;
    expect(level([1, 2, 3, 4, 5], [], [])).toBe("sector-size");
    expect(level([1, 2, 3, 4], [1, 2, 3, 4, 5], [])).toBe("sector");
    expect(level([1], [1, 2], [1, 2, 3, 4, 5, 6])).toBe("all");
    expect(level([1], [1], [1, 2])).toBe("none");
    // A pillar without a score of its own does not block a comparison.
    expect(chooseComparison({ "sector-size": group([1, 2, 3, 4, 5]), sector: group([]), all: group([]) }, { a: true, b: false }, own).level).toBe("sector-size");
  });
});

describe("size classes", () => {
  it("split the MKB range", () => {
    expect([5, 10, 49, 50, 99, 100, 300, 301].map(sizeClass)).toEqual([
      "<10", "10-49", "10-49", "50-99", "50-99", "100-300", "100-300", ">300",
    ]);
  });
});
