/**
 * Everything a report shows, assembled on the server from the stored scan,
 * the published definition, the peer figures and the region's instruments.
 * The web page and the PDF both render this one object, so they always agree.
 */
import type { SizeClass } from "./benchmark";
import type { Verdict } from "./scoring";

export type FitLevel = "kansrijk" | "mogelijk" | "nog niet";

export type ComparisonLevel = "sector-size" | "sector" | "all" | "none";

export interface PeerFigure {
  /** Number of other companies the figure is computed over (never fewer than 5). */
  n: number;
  median: number;
  q1: number;
  q3: number;
}

export interface ReportPillar {
  id: string;
  title: string;
  score: number | null;
  /** A code; the page and the PDF show it in the reader's language. */
  verdict: Verdict | null;
  lowConfidence: boolean;
  unknownCount: number;
  /** Score in the previous completed scan of this employer, if any. */
  previousScore: number | null;
  peer: PeerFigure | null;
  /** The answers that pulled the pillar down, most important first. */
  weakPoints: { question: string; answer: string }[];
  /** Questions answered with "Weet ik niet". */
  unknownQuestions: string[];
}

export interface ReportInstrument {
  id: string;
  name: string;
  description: string;
  /** Formatted amount, e.g. "€ 500,00", or null when the instrument has no fixed amount. */
  amount: string | null;
  provider: string;
  requestable: boolean;
}

export interface ReportOpportunity {
  id: string;
  title: string;
  description: string;
  /** A code; the page and the PDF show it in the reader's language. */
  fit: FitLevel;
  /** Why: the answers that led to this fit level, in plain words. */
  reasons: string[];
  nextSteps: string[];
  instruments: ReportInstrument[];
}

export interface ReportView {
  scanId: string;
  company: { name: string; sectorName: string; fte: number; regionName: string };
  /** ISO timestamp (UTC); shown in Europe/Amsterdam. */
  completedAt: string;
  questionnaireVersion: number;
  overall: number | null;
  previousOverall: number | null;
  /** ISO timestamp of the previous completed scan, if any. */
  previousCompletedAt: string | null;
  pillars: ReportPillar[];
  /** Who the scores are compared with: the level, the number of companies and the company's size class (for the text). */
  comparison: { level: ComparisonLevel; n: number; size: SizeClass };
  opportunities: ReportOpportunity[];
  contact: {
    wspName: string;
    name: string | null;
    phone: string;
    email: string;
    serviceNormDays: number;
  };
}
