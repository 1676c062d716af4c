/**
 * Consent texts. The version is stored with every consent, so it is always
 * known which words the employer saw. A changed text gets a new version.
 */
export const shareWithWspConsent = {
  version: "delen-wsp-2026-11b",
  question: "Mag uw Werkgeversservicepunt (WSP: het loket van gemeenten en UWV voor werkgevers) uw uitslag zien?",
  hint: "Dan kan uw accountmanager u persoonlijk advies geven. U kunt dit later altijd weer veranderen.",
  yes: (wspName: string) => `Ja, deel mijn uitslag met ${wspName}`,
  no: "Nee, ik houd mijn uitslag voor mezelf",
};

export const shareWithOrganisationConsent = {
  version: "delen-organisatie-2026-11",
  question: (organisation: string) => `Mag ${organisation} uw uitslag zien?`,
  hint: (organisation: string) =>
    `U deed de scan via ${organisation}. Zonder uw toestemming ziet ${organisation} alleen totalen van alle bedrijven samen, nooit uw antwoorden of uw naam.`,
  yes: (organisation: string) => `Ja, deel mijn uitslag met ${organisation}`,
  no: (organisation: string) => `Nee, ${organisation} ziet mijn uitslag niet`,
};

/**
 * What a werkgeversorganisatie confirms before its members are mailed. The
 * words are `campaign.confirmText` in app/i18n/organisation.ts; each language
 * has its own version. The form sends the version of the words it showed, and
 * the invitation batch records that version.
 */
export const invitationConsent = {
  version: { nl: "uitnodigen-leden-2026-11", en: "uitnodigen-leden-2026-11-en" },
} as const;
