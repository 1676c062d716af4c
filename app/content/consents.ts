/**
 * Consent texts. The version is stored with every consent, so it is always
 * known which words the employer saw. A changed text gets a new version.
 */
export const shareWithWspConsent = {
  version: "delen-wsp-2026-11",
  question: (wspName: string) => `Mag ${wspName} uw uitslag zien?`,
  hint: "Dan kan uw accountmanager u persoonlijk advies geven. U kunt dit later altijd weer veranderen.",
  yes: (wspName: string) => `Ja, deel mijn uitslag met ${wspName}`,
  no: "Nee, ik houd mijn uitslag voor mezelf",
};
