/**
 * The consent questions for sharing a report. The words are recorded with
 * every consent through a text version per language (see
 * `app/content/consents.ts`): a changed text, in either language, gets a new
 * version there, so it is always known which words the employer saw.
 */
import type { Translation } from "./messages";

const nl = {
  wsp: {
    question: "Mag uw Werkgeversservicepunt (WSP: het loket van gemeenten en UWV voor werkgevers) uw uitslag zien?",
    hint: "Dan kan uw accountmanager u persoonlijk advies geven. U kunt dit later altijd weer veranderen.",
    yes: "Ja, deel mijn uitslag met {wsp}",
    no: "Nee, ik houd mijn uitslag voor mezelf",
  },
  organisation: {
    question: "Mag {organisation} uw uitslag zien?",
    hint: "U deed de scan via {organisation}. Zonder uw toestemming ziet {organisation} alleen totalen van alle bedrijven samen, nooit uw antwoorden of uw naam.",
    yes: "Ja, deel mijn uitslag met {organisation}",
    no: "Nee, {organisation} ziet mijn uitslag niet",
  },
  /** Field names in the error summary. */
  labels: {
    share: "Delen met het Werkgeversservicepunt",
    shareOrganisation: "Delen met de werkgeversorganisatie",
  },
};

const en: Translation<typeof nl> = {
  wsp: {
    question:
      "May your Employer Service Point (Werkgeversservicepunt, the desk of municipalities and UWV for employers) see your result?",
    hint: "Then your account manager can give you personal advice. You can always change this later.",
    yes: "Yes, share my result with {wsp}",
    no: "No, I keep my result to myself",
  },
  organisation: {
    question: "May {organisation} see your result?",
    hint: "You took the scan through {organisation}. Without your permission, {organisation} only sees totals of all companies together, never your answers or your name.",
    yes: "Yes, share my result with {organisation}",
    no: "No, {organisation} does not see my result",
  },
  labels: {
    share: "Share with the Employer Service Point",
    shareOrganisation: "Share with the employer organisation",
  },
};

export const consentMessages = { nl, en };
