/**
 * A consent records the version of the words the employer saw. These tests
 * pin the words of every version in both languages: change a text, and this
 * fails until the text gets a new version in app/content/consents.ts (and the
 * new words are pinned here).
 */
import { describe, expect, it } from "vitest";
import { consentVersion, shareWithOrganisationConsent, shareWithWspConsent } from "~/content/consents";
import { consentMessages } from "~/i18n/consents";

const words = (texts: { question: string; hint: string; yes: string; no: string }) => [texts.question, texts.hint, texts.yes, texts.no];

const pinned: Record<string, string[]> = {
  "delen-wsp-2026-11b": [
    "Mag uw Werkgeversservicepunt (WSP: het loket van gemeenten en UWV voor werkgevers) uw uitslag zien?",
    "Dan kan uw accountmanager u persoonlijk advies geven. U kunt dit later altijd weer veranderen.",
    "Ja, deel mijn uitslag met {wsp}",
    "Nee, ik houd mijn uitslag voor mezelf",
  ],
  "delen-wsp-2026-11b-en": [
    "May your Employer Service Point (Werkgeversservicepunt, the desk of municipalities and UWV for employers) see your result?",
    "Then your account manager can give you personal advice. You can always change this later.",
    "Yes, share my result with {wsp}",
    "No, I keep my result to myself",
  ],
  "delen-organisatie-2026-11": [
    "Mag {organisation} uw uitslag zien?",
    "U deed de scan via {organisation}. Zonder uw toestemming ziet {organisation} alleen totalen van alle bedrijven samen, nooit uw antwoorden of uw naam.",
    "Ja, deel mijn uitslag met {organisation}",
    "Nee, {organisation} ziet mijn uitslag niet",
  ],
  "delen-organisatie-2026-11-en": [
    "May {organisation} see your result?",
    "You took the scan through {organisation}. Without your permission, {organisation} only sees totals of all companies together, never your answers or your name.",
    "Yes, share my result with {organisation}",
    "No, {organisation} does not see my result",
  ],
};

describe("consent text versions", () => {
  it("name the exact words shown, per language", () => {
    for (const locale of ["nl", "en"] as const) {
      expect(pinned[consentVersion(shareWithWspConsent, locale)]).toEqual(words(consentMessages[locale].wsp));
      expect(pinned[consentVersion(shareWithOrganisationConsent, locale)]).toEqual(words(consentMessages[locale].organisation));
    }
  });

  it("differ between the languages, so a recorded version tells which language was shown", () => {
    for (const consent of [shareWithWspConsent, shareWithOrganisationConsent]) {
      expect(consentVersion(consent, "en")).not.toBe(consentVersion(consent, "nl"));
    }
  });
});
