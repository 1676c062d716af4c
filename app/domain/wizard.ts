/**
 * The steps of the Toekomstscan wizard: the company profile, one page per
 * pillar, then the check-answers page. Pure functions of the definition and
 * the answers.
 */
import type { Answers, QuestionnaireDefinition } from "~/content/questionnaire/schema";
import { isPillarComplete } from "./scoring";

export const PROFILE_STEP = "bedrijf";
export const CHECK_STEP = "controleren";

/** A step of the wizard: its key (the last part of the page address) and its number; pages show the titles. */
export interface WizardStep {
  key: string;
  number: number;
}

export function wizardSteps(definition: QuestionnaireDefinition): WizardStep[] {
  const keys = [PROFILE_STEP, ...definition.pillars.map((p) => p.id), CHECK_STEP];
  return keys.map((key, i) => ({ key, number: i + 1 }));
}

/** The first pillar with an unanswered question, or the check page when all are answered. */
export function firstIncompleteStep(definition: QuestionnaireDefinition, answers: Answers): string {
  const open = definition.pillars.find((p) => !isPillarComplete(definition, p.id, answers));
  return open ? open.id : CHECK_STEP;
}

export function neighbours(definition: QuestionnaireDefinition, key: string) {
  const steps = wizardSteps(definition);
  const index = steps.findIndex((s) => s.key === key);
  return {
    step: steps[index],
    total: steps.length,
    previous: index > 0 ? steps[index - 1] : undefined,
    next: index >= 0 && index < steps.length - 1 ? steps[index + 1] : undefined,
  };
}

/** The fte range the scan is made for; outside it the scan is allowed with a notice. */
export const SCAN_FTE_MIN = 10;
export const SCAN_FTE_MAX = 300;
export const outsideTargetSize = (fte: number) => fte < SCAN_FTE_MIN || fte > SCAN_FTE_MAX;
