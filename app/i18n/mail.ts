/**
 * Texts of the e-mails (see `app/content/mail.ts`), in the recipient's
 * language. Each mail has a subject and blocks of lines; the content module
 * puts the link and the blocks together.
 */
import type { Translation } from "./messages";

const nl = {
  greeting: "Beste {name},",
  closing: "Met vriendelijke groet,\nHet Werkgeversportaal",
  loginLink: {
    subject: "Uw inloglink voor het Werkgeversportaal",
    before: "U vroeg om een link om in te loggen op het Werkgeversportaal.\nKlik op de link hieronder. Daarna bent u ingelogd.",
    after: "De link werkt {minutes} minuten. U kunt hem één keer gebruiken.\nHeeft u niet om deze link gevraagd? Dan hoeft u niets te doen.",
  },
  resumeScan: {
    subject: "Verder met uw Toekomstscan",
    before:
      "Uw antwoorden in de Toekomstscan zijn bewaard.\nMet de link hieronder gaat u verder waar u was. Dat kan ook op een andere computer of telefoon.",
    after: "De link werkt {days} dagen. U kunt hem één keer gebruiken.\nDaarna kunt u altijd een nieuwe link aanvragen op de pagina Inloggen.",
  },
  knownCompany: {
    subject: "Uw bedrijf staat al in het Werkgeversportaal",
    before:
      "Iemand wilde de Toekomstscan starten voor uw bedrijf.\nUw bedrijf staat al in het Werkgeversportaal. Daarom sturen we u deze link.\nMet de link logt u in en gaat u verder met de scan.",
    after: "De link werkt {days} dagen. U kunt hem één keer gebruiken.\nWas u dit niet? Dan hoeft u niets te doen. Er is niets veranderd.",
  },
  staffInvite: {
    subject: "Uw account voor het Werkgeversportaal",
    before:
      "Er is een account voor u gemaakt op het Werkgeversportaal, met de rol {role}.\nKlik op de link hieronder en kies een wachtwoord. Daarna bent u ingelogd.",
    after: "De link werkt {days} dagen. U kunt hem één keer gebruiken.\nWerkt de link niet meer? Vraag de beheerder dan om een nieuwe uitnodiging.",
  },
  requestReceived: {
    subject: "We hebben uw aanvraag ontvangen: {type}",
    before: "Wij hebben uw aanvraag ontvangen: {type}.\n{contact} neemt uiterlijk {due} contact met u op.",
    link: "Hier ziet u uw aanvraag en wat ermee gebeurt:",
  },
  newRequestForStaff: {
    subject: "Nieuwe aanvraag: {type} — {company}",
    before: "Er is een nieuwe aanvraag binnen: {type}.\nBedrijf: {company}.\nEerste contact uiterlijk: {due}.",
  },
  statusChanged: {
    subject: "Nieuws over uw aanvraag: {type}",
    link: "Bekijk uw aanvraag:",
    after: "Heeft u vragen? Bel of mail uw accountmanager.",
  },
  dailyDigest: {
    subject: "Werkvoorraad vandaag: {overdue} te laat, {today} voor vandaag",
    greeting: "Goedemorgen {name},",
    overdue: "Te laat (eerste contact)",
    dueToday: "Vandaag contact opnemen",
    actions: "Acties die vandaag of eerder af moeten",
    sharedScan: "Toekomstscan gedeeld",
    link: "Naar uw werkvoorraad:",
  },
  campaignInvitation: {
    subject: "{organisation} nodigt u uit voor de Toekomstscan",
    greeting: "Beste ondernemer,",
    before:
      "{organisation} nodigt u uit om de Toekomstscan te doen ({campaign}).\nDe scan is gratis. U beantwoordt vragen over uw personeel en uw bedrijf.\nDat duurt ongeveer {minutes} minuten. U ziet meteen uw uitslag en advies.",
    link: "Start de scan met deze link:",
    consent:
      "U kiest zelf of {organisation} uw uitslag mag zien.\nZonder uw toestemming ziet de organisatie alleen totalen, nooit uw antwoorden.",
    unsubscribe: "Wilt u geen uitnodigingen voor de Toekomstscan meer krijgen? Meld u dan af:",
    closing: "Met vriendelijke groet,\n{organisation} en het Werkgeversportaal",
  },
};

const en: Translation<typeof nl> = {
  greeting: "Dear {name},",
  closing: "Kind regards,\nThe Employer Portal",
  loginLink: {
    subject: "Your sign-in link for the Employer Portal",
    before: "You asked for a link to sign in to the Employer Portal.\nClick the link below. Then you are signed in.",
    after: "The link works for {minutes} minutes. You can use it once.\nDid you not ask for this link? Then you do not need to do anything.",
  },
  resumeScan: {
    subject: "Continue your Future Scan",
    before:
      "Your answers in the Future Scan have been saved.\nWith the link below you continue where you left off. You can also do that on another computer or phone.",
    after: "The link works for {days} days. You can use it once.\nAfter that you can always ask for a new link on the Sign in page.",
  },
  knownCompany: {
    subject: "Your company is already in the Employer Portal",
    before:
      "Someone wanted to start the Future Scan for your company.\nYour company is already in the Employer Portal. That is why we are sending you this link.\nWith the link you sign in and continue the scan.",
    after: "The link works for {days} days. You can use it once.\nWas this not you? Then you do not need to do anything. Nothing has changed.",
  },
  staffInvite: {
    subject: "Your account for the Employer Portal",
    before:
      "An account has been made for you in the Employer Portal, with the role {role}.\nClick the link below and choose a password. Then you are signed in.",
    after: "The link works for {days} days. You can use it once.\nDoes the link no longer work? Then ask the administrator for a new invitation.",
  },
  requestReceived: {
    subject: "We have received your request: {type}",
    before: "We have received your request: {type}.\n{contact} will contact you by {due} at the latest.",
    link: "Here you can see your request and what happens with it:",
  },
  newRequestForStaff: {
    subject: "New request: {type} — {company}",
    before: "A new request has come in: {type}.\nCompany: {company}.\nFirst contact by: {due}.",
  },
  statusChanged: {
    subject: "News about your request: {type}",
    link: "See your request:",
    after: "Any questions? Call or e-mail your account manager.",
  },
  dailyDigest: {
    subject: "Work queue today: {overdue} overdue, {today} for today",
    greeting: "Good morning {name},",
    overdue: "Overdue (first contact)",
    dueToday: "Contact today",
    actions: "Actions due today or earlier",
    sharedScan: "Future Scan shared",
    link: "To your work queue:",
  },
  campaignInvitation: {
    subject: "{organisation} invites you to take the Future Scan",
    greeting: "Dear business owner,",
    before:
      "{organisation} invites you to take the Future Scan ({campaign}).\nThe scan is free. You answer questions about your staff and your company.\nIt takes about {minutes} minutes. You see your result and advice straight away.",
    link: "Start the scan with this link:",
    consent:
      "You decide yourself whether {organisation} may see your result.\nWithout your permission the organisation only sees totals, never your answers.",
    unsubscribe: "Do you no longer want invitations for the Future Scan? Then unsubscribe here:",
    closing: "Kind regards,\n{organisation} and the Employer Portal",
  },
};

export const mailMessages = { nl, en };
