/**
 * Deterministic generators for demo and benchmark data: the same seed always
 * gives the same companies and answers.
 */
import type { Answers, QuestionnaireDefinition } from "../../app/content/questionnaire/schema";

/** A small, fast, seedable PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/**
 * Answers for every question: `maturity` (0–1) moves the choice towards the
 * stronger options; about 1 in 12 answers is "Weet ik niet".
 */
export function generateAnswers(definition: QuestionnaireDefinition, rng: () => number, maturity: number): Answers {
  const answers: Answers = {};
  for (const pillar of definition.pillars) {
    for (const q of pillar.questions) {
      const scored = q.options.filter((o) => !("unknown" in o));
      const unknown = q.options.find((o) => "unknown" in o);
      if (unknown && rng() < 1 / 12) {
        answers[q.id] = unknown.id;
        continue;
      }
      const noisy = maturity * (scored.length - 1) + (rng() - 0.5) * 2;
      const index = Math.max(0, Math.min(scored.length - 1, Math.round(noisy)));
      answers[q.id] = scored[index]!.id;
    }
  }
  return answers;
}

const prefixes = ["Bouwbedrijf", "Zorggroep", "Transport", "Hoveniers", "Schoonmaak", "Advies", "Bakkerij", "Installatie", "Logistiek", "Kinderopvang", "Metaal", "Drukkerij"];
const names = ["De Linde", "Van Dam", "Noordwest", "Het Anker", "Maasoever", "De Vaart", "Heuvelland", "Parkzicht", "De Brug", "Zuiderlicht", "Het Baken", "Korenbloem", "De Eik", "Waterweg", "Mergel"];

export function demoCompanyName(rng: () => number, n: number): string {
  return `${pick(rng, prefixes)} ${pick(rng, names)} ${n} (demo)`;
}

/** A UUID-shaped id (version 4 layout) drawn from the PRNG, so generated data has the same ids every run. */
export function prngUuid(rng: () => number): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(rng() * 16).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(rng() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
}
