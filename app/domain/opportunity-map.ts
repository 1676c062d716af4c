/**
 * Kansenkaart advice: for one company, which forms of inclusive work fit
 * (product.md §4, 003:3832–3852). Pure and deterministic: no I/O, no clock,
 * no randomness; the result depends only on the definition and the answers.
 *
 * The advice rules are data in the questionnaire version (`opportunities`
 * in the definition, see `app/content/questionnaire/schema.ts`), not code:
 * a report made under version 1 is computed from version 1's rules, whatever
 * later versions say.
 *
 * Per opportunity:
 * - a rule "fires" when its question was answered with one of its
 *   `optionIds` (an unanswered question fires nothing);
 * - points = sum of the points of the rules that fired;
 * - fit = "kansrijk" when points ≥ thresholds.kansrijk, else "mogelijk" when
 *   points ≥ thresholds.mogelijk, else "nog niet" (see `fitFor`);
 * - reasons = the reason texts of the rules that fired: first those with
 *   positive points, then those with 0, then the negative ones; within each
 *   group in the order of the rules in the definition;
 * - next steps = the steps the definition gives for that fit level.
 * Opportunities come back in the definition's order.
 */
import type {
  Answers,
  FIT_LEVELS,
  Opportunity,
  OpportunityRule,
  OpportunityThresholds,
  QuestionnaireDefinition,
} from "~/content/questionnaire/schema";
import type { FitLevel } from "./report-view";

// The fit levels of the definition's next steps and of the report are the same three.
type SameLevels = [FitLevel] extends [(typeof FIT_LEVELS)[number]]
  ? [(typeof FIT_LEVELS)[number]] extends [FitLevel]
    ? true
    : never
  : never;
const _sameLevels: SameLevels = true;

export interface OpportunityResult {
  id: string;
  title: string;
  description: string;
  fit: FitLevel;
  /** Sum of the points of the rules that fired. */
  points: number;
  /** Reason texts of the rules that fired, positive first. */
  reasons: string[];
  /** The next steps for this fit level. */
  nextSteps: string[];
  instrumentIds: string[];
}

/** Fit level for a number of points. */
export function fitFor(points: number, thresholds: OpportunityThresholds): FitLevel {
  if (points >= thresholds.kansrijk) return "kansrijk";
  if (points >= thresholds.mogelijk) return "mogelijk";
  return "nog niet";
}

/** True when the answer to the rule's question is one of the rule's options. */
export function ruleFires(rule: OpportunityRule, answers: Answers): boolean {
  if (!Object.hasOwn(answers, rule.questionId)) return false;
  const optionId = answers[rule.questionId];
  return typeof optionId === "string" && rule.optionIds.includes(optionId);
}

function signGroup(points: number): number {
  if (points > 0) return 0;
  if (points === 0) return 1;
  return 2;
}

/** The result for one opportunity. */
export function evaluateOpportunity(opportunity: Opportunity, answers: Answers): OpportunityResult {
  const fired = opportunity.rules
    .map((rule, order) => ({ rule, order }))
    .filter(({ rule }) => ruleFires(rule, answers));
  const points = fired.reduce((sum, { rule }) => sum + rule.points, 0);
  const reasons = [...fired]
    .sort((a, b) => signGroup(a.rule.points) - signGroup(b.rule.points) || a.order - b.order)
    .map(({ rule }) => rule.reason);
  const fit = fitFor(points, opportunity.thresholds);
  return {
    id: opportunity.id,
    title: opportunity.title,
    description: opportunity.description,
    fit,
    points,
    reasons,
    nextSteps: [...opportunity.nextSteps[fit]],
    instrumentIds: [...opportunity.instrumentIds],
  };
}

/** The Kansenkaart of a scan: one result per opportunity, in the definition's order. */
export function opportunityMap(definition: QuestionnaireDefinition, answers: Answers): OpportunityResult[] {
  return definition.opportunities.map((opportunity) => evaluateOpportunity(opportunity, answers));
}
