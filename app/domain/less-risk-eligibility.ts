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
 * Every text is B1 Dutch and passes `checkTexts` with the jargon list; each
 * text explains its own jargon, because the UI shows them as separate items.
 */
import { z } from "zod";
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
  situation: choice(SITUATIONS, "Kies een antwoord: wat is de situatie van de kandidaat?"),
  inTargetRegister: choice(YES_NO_UNKNOWN, "Kies een antwoord: ja, nee of weet ik niet."),
  specialScheme: choice(SPECIAL_SCHEMES, "Kies een antwoord. Kies ‘geen’ als niets van toepassing is."),
  minimumWageWithin6Months: choice(YES_NO_UNKNOWN, "Kies een antwoord: ja, nee of weet ik niet."),
  tasksLearnableWithin6Months: choice(YES_NO_UNKNOWN, "Kies een antwoord: ja, nee of weet ik niet."),
  internalGuide: choice(YES_NO, "Kies een antwoord: ja of nee."),
});

export type EligibilityInput = z.infer<typeof eligibilitySchema>;

export interface Alternative {
  instrumentId: InstrumentId;
  text: string;
}

export type EligibilityResult =
  | { eligible: true; notes: string[] }
  | { eligible: false; reasons: string[]; alternatives: Alternative[] };

/** What each alternative is, in plain words. Keyed by instrument id (db/seed/reference/instrument-ids.ts). */
export const ALTERNATIVE_TEXTS = {
  "no-riskpolis":
    "De no-riskpolis (een regeling van UWV) betaalt het loon door als uw medewerker ziek wordt. Uw accountmanager vertelt u hoe dat werkt.",
  loonkostensubsidie:
    "Loonkostensubsidie (geld van de gemeente voor een deel van het loon) krijgt u als uw medewerker minder kan dan anderen.",
  loonwaardebepaling:
    "Een loonwaardebepaling (een meting van wat het werk van iemand waard is) laat zien hoeveel hulp bij het loon u kunt krijgen.",
  proefplaatsing:
    "Met een proefplaatsing (een periode waarin iemand op proef meewerkt en zijn uitkering houdt) ziet u eerst of het werk past.",
  "beschut-werk":
    "Beschut werk (werk met veel begeleiding en aanpassingen) kan bij u in het bedrijf. U kunt dan geld krijgen voor aanpassingen.",
  "kansenkaart-voucher":
    "Praat met uw accountmanager over jobcarving (een baan maken uit losse, eenvoudige taken). Of over functiecreatie (een functie maken die past bij wat iemand kan). Met een advies op maat zoekt u samen uit welke taken passen.",
} as const satisfies Partial<Record<InstrumentId, string>>;

type AlternativeId = keyof typeof ALTERNATIVE_TEXTS;

const REASONS = {
  inTargetRegister:
    "De kandidaat staat in het doelgroepregister (een lijst van UWV van mensen met een beperking). Deze polis is alleen voor mensen die daar niet in staan.",
  wajong:
    "De kandidaat heeft Wajong (een uitkering voor mensen die al jong ziek of beperkt waren). Daarvoor zijn andere regelingen.",
  wsw: "De kandidaat werkt via de WSW (werk met begeleiding vanuit een sociale werkplaats). Daarvoor zijn andere regelingen.",
  "beschut-werk":
    "De kandidaat heeft een indicatie voor beschut werk (werk met veel begeleiding en aanpassingen). Daarvoor zijn andere regelingen.",
  minimumWage:
    "De kandidaat kan binnen 6 maanden niet zelf het minimumloon verdienen. Deze polis is juist voor mensen die dat wel kunnen.",
  tasksNotLearnable:
    "De kandidaat kan het werk niet binnen 6 maanden leren. Dat is wel een voorwaarde voor deze polis.",
} as const;

export const ELIGIBILITY_NOTES = {
  inTargetRegisterUnknown:
    "U weet niet of de kandidaat in het doelgroepregister (een lijst van UWV van mensen met een beperking) staat. Uw accountmanager zoekt dat samen met u uit.",
  minimumWageUnknown:
    "U weet nog niet of de kandidaat binnen 6 maanden zelf het minimumloon kan verdienen. Uw accountmanager bekijkt dat samen met u.",
  tasksUnknown:
    "U weet nog niet of het werk binnen 6 maanden te leren is. Uw accountmanager bekijkt dat samen met u, voordat de polis ingaat.",
  noInternalGuide:
    "Uw nieuwe medewerker heeft iemand nodig die hem of haar op het werk helpt. Bijvoorbeeld een buddy (een vaste collega die helpt) of een jobcoach (een begeleider van buiten). De jobcoachvoucher betaalt een deel van die begeleiding.",
  otherSituation:
    "De kandidaat heeft geen WW of bijstand, en is geen statushouder (iemand met een verblijfsvergunning na asiel). Dat hoeft geen probleem te zijn. Uw accountmanager bekijkt samen met u of de polis past.",
} as const;

/** Decides whether the Less-Risk-polis and jobcoach voucher fit this candidate. */
export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const reasons: string[] = [];
  const alternativeIds: AlternativeId[] = [];
  const block = (reason: string, ...ids: AlternativeId[]) => {
    reasons.push(reason);
    for (const id of ids) if (!alternativeIds.includes(id)) alternativeIds.push(id);
  };

  if (input.inTargetRegister === "ja") block(REASONS.inTargetRegister, "no-riskpolis", "loonkostensubsidie");
  switch (input.specialScheme) {
    case "wajong":
      block(REASONS.wajong, "no-riskpolis", "loonwaardebepaling");
      break;
    case "wsw":
      block(REASONS.wsw, "no-riskpolis", "loonkostensubsidie");
      break;
    case "beschut-werk":
      block(REASONS["beschut-werk"], "beschut-werk", "loonkostensubsidie", "no-riskpolis");
      break;
    case "geen":
      break;
  }
  if (input.minimumWageWithin6Months === "nee") {
    block(REASONS.minimumWage, "loonkostensubsidie", "loonwaardebepaling", "proefplaatsing");
  }
  if (input.tasksLearnableWithin6Months === "nee") block(REASONS.tasksNotLearnable, "kansenkaart-voucher");

  if (reasons.length > 0) {
    return {
      eligible: false,
      reasons,
      alternatives: alternativeIds.map((instrumentId) => ({ instrumentId, text: ALTERNATIVE_TEXTS[instrumentId] })),
    };
  }

  const notes: string[] = [];
  if (input.situation === "anders") notes.push(ELIGIBILITY_NOTES.otherSituation);
  if (input.inTargetRegister === "weet-niet") notes.push(ELIGIBILITY_NOTES.inTargetRegisterUnknown);
  if (input.minimumWageWithin6Months === "weet-niet") notes.push(ELIGIBILITY_NOTES.minimumWageUnknown);
  if (input.tasksLearnableWithin6Months === "weet-niet") notes.push(ELIGIBILITY_NOTES.tasksUnknown);
  if (input.internalGuide === "nee") notes.push(ELIGIBILITY_NOTES.noInternalGuide);
  return { eligible: true, notes };
}
