/**
 * Step 1 of a request for the Less-Risk-polis and the jobcoach voucher: does
 * the scheme fit this candidate? Pure, no I/O. Source: the blueprint
 * "Voucherregeling Less-Risk Polis en Jobcoaching" (003:532–709):
 *
 * - the polis is for people with a larger distance to the labour market who
 *   can NOT use the instruments of the doelgroepregister, and who within
 *   6 months earn the minimum wage independently (003:532–547);
 * - explicitly not for the doelgroepregister, beschut werk, Wajong or WSW;
 * - employer and WSP jointly confirm that the tasks are learnable within six
 *   months (003:644);
 * - the employer must invest time in internal guidance next to the jobcoach
 *   (003:640–642);
 * - typical candidates: long-term WW, statushouders, Participatiewet
 *   (003:578) — "bijvoorbeeld", so another situation does not block.
 *
 * Rules here:
 * - "ja" to the doelgroepregister, any special scheme (Wajong, WSW, beschut
 *   werk), "nee" to the minimum wage within 6 months or "nee" to learnable
 *   tasks → not eligible. Every blocking answer gives its own reason; the
 *   alternatives of all blocking answers are listed once each (first text
 *   wins), in the order the reasons appear.
 * - "weet-niet" never blocks: eligible, with a note that the accountmanager
 *   (the WSP) checks it together with the employer.
 * - No internal guide: eligible, with a note that a buddy or jobcoach is
 *   needed and that the jobcoach voucher helps.
 * - Situation "anders": eligible, with a note that the accountmanager checks
 *   the fit.
 *
 * The result holds codes; the texts (Dutch and English) are in the requests
 * catalogue (`app/i18n/requests.ts`, group `eligibility`). Every Dutch text is
 * B1 and explains its own jargon, because the UI shows them as separate items.
 */
import { z } from "zod";
import { err } from "~/i18n/errors";
import type { InstrumentId } from "~db/seed/reference/instrument-ids";

export const SITUATIONS = ["ww", "bijstand", "statushouder", "anders"] as const;
export const YES_NO_UNKNOWN = ["ja", "nee", "weet-niet"] as const;
export const SPECIAL_SCHEMES = ["geen", "wajong", "wsw", "beschut-werk"] as const;
export const YES_NO = ["ja", "nee"] as const;

const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { errorMap: () => ({ message }) });

/**
 * The answers of the eligibility step. Shared by the form (client) and the
 * action (server). Unknown fields are stripped, so it can be extended.
 */
export const eligibilitySchema = z.object({
  situation: choice(SITUATIONS, err("requests", "situation")),
  inTargetRegister: choice(YES_NO_UNKNOWN, err("requests", "yesNoUnknown")),
  specialScheme: choice(SPECIAL_SCHEMES, err("requests", "specialScheme")),
  minimumWageWithin6Months: choice(YES_NO_UNKNOWN, err("requests", "yesNoUnknown")),
  tasksLearnableWithin6Months: choice(YES_NO_UNKNOWN, err("requests", "yesNoUnknown")),
  internalGuide: choice(YES_NO, err("requests", "yesNo")),
});

export type EligibilityInput = z.infer<typeof eligibilitySchema>;

/** The instruments offered instead, in plain words under `eligibility.alternatives` in the requests catalogue. */
export const ALTERNATIVES = [
  "no-riskpolis",
  "loonkostensubsidie",
  "loonwaardebepaling",
  "proefplaatsing",
  "beschut-werk",
  "kansenkaart-voucher",
] as const satisfies readonly InstrumentId[];
export type AlternativeId = (typeof ALTERNATIVES)[number];

/** Why the scheme does not fit (texts under `eligibility.reasons`). */
export const REASONS = ["inTargetRegister", "wajong", "wsw", "beschut-werk", "minimumWage", "tasksNotLearnable"] as const;
export type ReasonCode = (typeof REASONS)[number];

/** What the employer should know when it fits (texts under `eligibility.notes`). */
export const NOTES = ["otherSituation", "inTargetRegisterUnknown", "minimumWageUnknown", "tasksUnknown", "noInternalGuide"] as const;
export type NoteCode = (typeof NOTES)[number];

export type EligibilityResult =
  | { eligible: true; notes: NoteCode[] }
  | { eligible: false; reasons: ReasonCode[]; alternatives: AlternativeId[] };

/** Decides whether the Less-Risk-polis and jobcoach voucher fit this candidate. */
export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const reasons: ReasonCode[] = [];
  const alternativeIds: AlternativeId[] = [];
  const block = (reason: ReasonCode, ...ids: AlternativeId[]) => {
    reasons.push(reason);
    for (const id of ids) if (!alternativeIds.includes(id)) alternativeIds.push(id);
  };

  if (input.inTargetRegister === "ja") block("inTargetRegister", "no-riskpolis", "loonkostensubsidie");
  switch (input.specialScheme) {
    case "wajong":
      block("wajong", "no-riskpolis", "loonwaardebepaling");
      break;
    case "wsw":
      block("wsw", "no-riskpolis", "loonkostensubsidie");
      break;
    case "beschut-werk":
      block("beschut-werk", "beschut-werk", "loonkostensubsidie", "no-riskpolis");
      break;
    case "geen":
      break;
  }
  if (input.minimumWageWithin6Months === "nee") {
    block("minimumWage", "loonkostensubsidie", "loonwaardebepaling", "proefplaatsing");
  }
  if (input.tasksLearnableWithin6Months === "nee") block("tasksNotLearnable", "kansenkaart-voucher");

  if (reasons.length > 0) {
    return { eligible: false, reasons, alternatives: alternativeIds };
  }

  const notes: NoteCode[] = [];
  if (input.situation === "anders") notes.push("otherSituation");
  if (input.inTargetRegister === "weet-niet") notes.push("inTargetRegisterUnknown");
  if (input.minimumWageWithin6Months === "weet-niet") notes.push("minimumWageUnknown");
  if (input.tasksLearnableWithin6Months === "weet-niet") notes.push("tasksUnknown");
  if (input.internalGuide === "nee") notes.push("noInternalGuide");
  return { eligible: true, notes };
}
