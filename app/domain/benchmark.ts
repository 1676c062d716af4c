/**
 * Comparison with branchegenoten (sector peers). Scores are whole numbers
 * 0–100, so a histogram per group and pillar gives exact medians and
 * quartiles. A figure is only shown when it is computed over at least
 * MIN_PEERS other companies; otherwise the report falls back from sector and
 * size class, to sector only, to all companies.
 */
import type { ComparisonLevel, PeerFigure } from "./report-view";

export const MIN_PEERS = 5;

export type SizeClass = "<10" | "10-49" | "50-99" | "100-300" | ">300";

export function sizeClass(fte: number): SizeClass {
  if (fte < 10) return "<10";
  if (fte < 50) return "10-49";
  if (fte < 100) return "50-99";
  if (fte <= 300) return "100-300";
  return ">300";
}

export interface GroupKeys {
  "sector-size": string;
  sector: string;
  all: string;
}

export function groupKeys(sectorId: string, size: string): GroupKeys {
  return { "sector-size": `sector:${sectorId}|size:${size}`, sector: `sector:${sectorId}`, all: "all" };
}

/** A histogram: counts[score] = number of companies with that score. */
export type Histogram = Map<number, number>;

/** Linear-interpolation quantile (as spreadsheets compute it) over the values a histogram holds. */
export function quantile(histogram: Histogram, q: number): number | null {
  const n = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const position = (n - 1) * q;
  const lowerRank = Math.floor(position);
  const fraction = position - lowerRank;
  const scores = [...histogram.keys()].filter((k) => (histogram.get(k) ?? 0) > 0).sort((a, b) => a - b);
  const valueAt = (rank: number): number => {
    let seen = 0;
    for (const score of scores) {
      seen += histogram.get(score) ?? 0;
      if (rank < seen) return score;
    }
    return scores[scores.length - 1] ?? 0;
  };
  const lower = valueAt(lowerRank);
  const upper = fraction > 0 ? valueAt(lowerRank + 1) : lower;
  return Math.round((lower + (upper - lower) * fraction) * 10) / 10;
}

/** The peer figure of a histogram from which the company's own score is taken out. */
export function peerFigure(histogram: Histogram, ownScore: number | null): PeerFigure | null {
  const others: Histogram = new Map(histogram);
  if (ownScore !== null && (others.get(ownScore) ?? 0) > 0) others.set(ownScore, (others.get(ownScore) ?? 0) - 1);
  const n = [...others.values()].reduce((a, b) => a + b, 0);
  if (n < MIN_PEERS) return null;
  return { n, median: quantile(others, 0.5)!, q1: quantile(others, 0.25)!, q3: quantile(others, 0.75)! };
}

export interface Comparison {
  level: ComparisonLevel;
  n: number;
  peers: Record<string, PeerFigure | null>;
}

/**
 * Picks the most specific level where every scored pillar of the report has a
 * figure over at least MIN_PEERS other companies. `counted` are the scores of
 * this employer that the histograms contain (its latest completed scan), which
 * are taken out; `scored` says which pillars of the report have a score.
 */
export function chooseComparison(
  histograms: Record<keyof GroupKeys, Record<string, Histogram>>,
  scored: Record<string, boolean>,
  counted: Record<string, number | null>,
): Comparison {
  const pillarIds = Object.keys(scored);
  for (const level of ["sector-size", "sector", "all"] as const) {
    const peers: Record<string, PeerFigure | null> = {};
    for (const id of pillarIds) peers[id] = peerFigure(histograms[level][id] ?? new Map(), counted[id] ?? null);
    const figures = pillarIds.filter((id) => scored[id]).map((id) => peers[id]);
    if (figures.length > 0 && figures.every((f) => f !== null)) {
      return { level, n: Math.min(...figures.map((f) => f!.n)), peers };
    }
  }
  return { level: "none", n: 0, peers: Object.fromEntries(pillarIds.map((id) => [id, null])) };
}
