/**
 * Scoring of a Toekomstscan. Pure and deterministic: no I/O, no clock, no
 * randomness; the result depends only on the definition and the answers.
 *
 * Per question the employer picks one option: a scored option (points), or
 * "Weet ik niet", or nothing yet.
 *
 * - Scored answer: counts for the pillar score with
 *   weight × points / maxPoints (maxPoints = highest points of the question).
 * - "Weet ik niet": NOT part of the pillar score (it neither adds nor
 *   subtracts), but it is counted (`unknownCount`), listed (`unknowns`) and
 *   its weight share is reported. When more than half of the pillar's
 *   question weight is "Weet ik niet", the pillar is `lowConfidence`.
 * - Unanswered question (or an answer with an option id the question does
 *   not have): not scored at all. Such a scan is incomplete; the wizard
 *   requires every question (see `validateAnswers` / `isPillarComplete`).
 *
 * Pillar score = round(100 × Σ(weight × points/maxPoints) / Σ weight) over the
 * scored answers; an integer 0–100, or null when the pillar has no scored
 * answer. Overall = round(mean of the non-null pillar scores), or null.
 * Rounding is half up and computed with integers, so it is exact
 * (62.5 → 63) and the same on every machine.
 *
 * Weak point = a scored answer with points/maxPoints < 0.5; its impact is
 * weight × (1 − points/maxPoints). Weak points are sorted by impact
 * (highest first), then by question order.
 */
import {
  isScoredOption,
  isUnknownOption,
  type AnswerOption,
  type Answers,
  type Pillar,
  type Question,
  type QuestionnaireDefinition,
  type ScoredOption,
} from "~/content/questionnaire/schema";

export type Verdict = "sterk" | "op weg" | "aandacht nodig";

/** Score from which a pillar is "sterk". */
export const STRONG_FROM = 70;
/** Score from which a pillar is "op weg" (below: "aandacht nodig"). */
export const ON_THE_WAY_FROM = 40;

export interface WeakPoint {
  questionId: string;
  optionId: string;
  /** The label of the chosen answer. */
  label: string;
  points: number;
  maxPoints: number;
  /** weight × (1 − points / maxPoints). */
  impact: number;
}

export interface PillarResult {
  pillarId: string;
  title: string;
  /** 0–100, or null when no question of the pillar has a scored answer. */
  score: number | null;
  /** Number of questions with a scored answer ("Weet ik niet" not included). */
  answeredCount: number;
  /** Number of questions answered with "Weet ik niet". */
  unknownCount: number;
  /** Weight of the "Weet ik niet" questions ÷ weight of all questions of the pillar (0–1). */
  unknownWeightShare: number;
  /** True when more than half of the pillar's question weight is "Weet ik niet". */
  lowConfidence: boolean;
  weakPoints: WeakPoint[];
}

export interface UnknownAnswer {
  questionId: string;
  pillarId: string;
}

export interface ScanResult {
  overall: number | null;
  pillars: PillarResult[];
  unknowns: UnknownAnswer[];
}

type ResolvedAnswer =
  | { kind: "unanswered" }
  | { kind: "invalid"; optionId: string }
  | { kind: "unknown" }
  | { kind: "scored"; option: ScoredOption };

/** The option the answers point to for this question, if any. */
export function chosenOption(question: Question, answers: Answers): AnswerOption | undefined {
  if (!Object.hasOwn(answers, question.id)) return undefined;
  const optionId = answers[question.id];
  if (typeof optionId !== "string") return undefined;
  return question.options.find((option) => option.id === optionId);
}

function resolve(question: Question, answers: Answers): ResolvedAnswer {
  if (!Object.hasOwn(answers, question.id)) return { kind: "unanswered" };
  const optionId = answers[question.id];
  if (typeof optionId !== "string") return { kind: "unanswered" };
  const option = question.options.find((o) => o.id === optionId);
  if (!option) return { kind: "invalid", optionId };
  if (isUnknownOption(option)) return { kind: "unknown" };
  if (isScoredOption(option)) return { kind: "scored", option };
  return { kind: "invalid", optionId };
}

/** Highest points of a question's scored options. */
export function maxPoints(question: Question): number {
  let max = 0;
  for (const option of question.options) {
    if (isScoredOption(option) && option.points > max) max = option.points;
  }
  return max;
}

/** round(numerator / denominator), half up, for non-negative integers. */
function roundRatio(numerator: number, denominator: number): number {
  const twice = 2 * numerator + denominator;
  const divisor = 2 * denominator;
  return (twice - (twice % divisor)) / divisor;
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

interface ScoredEntry {
  order: number;
  question: Question;
  option: ScoredOption;
  max: number;
}

function scorePillar(
  pillar: Pillar,
  answers: Answers,
): { result: PillarResult; unknowns: UnknownAnswer[] } {
  const scored: ScoredEntry[] = [];
  const unknowns: UnknownAnswer[] = [];
  let unknownWeight = 0;
  let totalWeight = 0;

  pillar.questions.forEach((question, order) => {
    totalWeight += question.weight;
    const answer = resolve(question, answers);
    if (answer.kind === "unknown") {
      unknownWeight += question.weight;
      unknowns.push({ questionId: question.id, pillarId: pillar.id });
    } else if (answer.kind === "scored") {
      const max = maxPoints(question);
      if (max <= 0) {
        throw new Error(`Vraag "${question.id}" heeft geen antwoord met punten; de definitie is ongeldig.`);
      }
      scored.push({ order, question, option: answer.option, max });
    }
  });

  // Exact arithmetic: express every points/max as a fraction over the least
  // common multiple of the maxima, so all sums are integers.
  const lcm = scored.reduce((acc, e) => (acc * e.max) / gcd(acc, e.max), 1);
  let numerator = 0; // Σ weight × points × (lcm / max)
  let weightSum = 0;
  for (const e of scored) {
    numerator += e.question.weight * e.option.points * (lcm / e.max);
    weightSum += e.question.weight;
  }
  const score = scored.length === 0 ? null : roundRatio(100 * numerator, lcm * weightSum);

  const weak = scored.filter((e) => 2 * e.option.points < e.max);
  weak.sort((a, b) => {
    // impact(a) > impact(b)  ⇔  wa(ma−pa)·mb > wb(mb−pb)·ma  (integers, exact)
    const left = a.question.weight * (a.max - a.option.points) * b.max;
    const right = b.question.weight * (b.max - b.option.points) * a.max;
    if (left !== right) return right - left;
    return a.order - b.order;
  });
  const weakPoints: WeakPoint[] = weak.map((e) => ({
    questionId: e.question.id,
    optionId: e.option.id,
    label: e.option.label,
    points: e.option.points,
    maxPoints: e.max,
    impact: (e.question.weight * (e.max - e.option.points)) / e.max,
  }));

  return {
    result: {
      pillarId: pillar.id,
      title: pillar.title,
      score,
      answeredCount: scored.length,
      unknownCount: unknowns.length,
      unknownWeightShare: totalWeight === 0 ? 0 : unknownWeight / totalWeight,
      lowConfidence: 2 * unknownWeight > totalWeight,
      weakPoints,
    },
    unknowns,
  };
}

export function scoreScan(definition: QuestionnaireDefinition, answers: Answers): ScanResult {
  const pillars: PillarResult[] = [];
  const unknowns: UnknownAnswer[] = [];
  for (const pillar of definition.pillars) {
    const scored = scorePillar(pillar, answers);
    pillars.push(scored.result);
    unknowns.push(...scored.unknowns);
  }
  const scores = pillars.flatMap((p) => (p.score === null ? [] : [p.score]));
  const overall = scores.length === 0 ? null : roundRatio(scores.reduce((a, b) => a + b, 0), scores.length);
  return { overall, pillars, unknowns };
}

export function verdictFor(score: number | null): Verdict | null {
  if (score === null) return null;
  if (score >= STRONG_FROM) return "sterk";
  if (score >= ON_THE_WAY_FROM) return "op weg";
  return "aandacht nodig";
}

export interface QuestionRef {
  questionId: string;
  pillarId: string;
}

export interface AnswerValidation {
  /** True when every checked question has an existing option (a scored one or "Weet ik niet"). */
  complete: boolean;
  /** Questions without an answer. */
  unanswered: QuestionRef[];
  /** Questions whose answer is an option id the question does not have. */
  invalid: (QuestionRef & { optionId: string })[];
  /** Answer keys that are not a question of this definition (ignored by scoring). */
  unexpected: string[];
}

/**
 * Checks the answers against the definition: which questions are unanswered
 * and which answers name an option that does not exist. With `pillarId`,
 * only that pillar's questions are checked (`unexpected` still looks at the
 * whole definition). Throws a RangeError for an unknown pillar id.
 */
export function validateAnswers(
  definition: QuestionnaireDefinition,
  answers: Answers,
  pillarId?: string,
): AnswerValidation {
  let pillars: readonly Pillar[] = definition.pillars;
  if (pillarId !== undefined) {
    const pillar = definition.pillars.find((p) => p.id === pillarId);
    if (!pillar) throw new RangeError(`Onbekende pijler "${pillarId}".`);
    pillars = [pillar];
  }

  const unanswered: QuestionRef[] = [];
  const invalid: (QuestionRef & { optionId: string })[] = [];
  for (const pillar of pillars) {
    for (const question of pillar.questions) {
      const answer = resolve(question, answers);
      if (answer.kind === "unanswered") {
        unanswered.push({ questionId: question.id, pillarId: pillar.id });
      } else if (answer.kind === "invalid") {
        invalid.push({ questionId: question.id, pillarId: pillar.id, optionId: answer.optionId });
      }
    }
  }

  const questionIds = new Set(definition.pillars.flatMap((p) => p.questions.map((q) => q.id)));
  const unexpected = Object.keys(answers).filter((key) => !questionIds.has(key));

  return { complete: unanswered.length === 0 && invalid.length === 0, unanswered, invalid, unexpected };
}

/** True when every question of the pillar has a valid answer. False for an unknown pillar id. */
export function isPillarComplete(definition: QuestionnaireDefinition, pillarId: string, answers: Answers): boolean {
  if (!definition.pillars.some((p) => p.id === pillarId)) return false;
  return validateAnswers(definition, answers, pillarId).complete;
}

/** True when every question of the scan has a valid answer. */
export function isScanComplete(definition: QuestionnaireDefinition, answers: Answers): boolean {
  return validateAnswers(definition, answers).complete;
}
