/**
 * E-mail texts, in plain Dutch (B1). Each returns subject and text body; the
 * HTML body is a simple rendering of the same text.
 */
export interface MailContent {
  subject: string;
  text: string;
}

export function loginLinkMail(input: { name: string; link: string; minutes: number }): MailContent {
  return {
    subject: "Uw inloglink voor het Werkgeversportaal",
    text: [
      `Beste ${input.name},`,
      "",
      "U vroeg om een link om in te loggen op het Werkgeversportaal.",
      "Klik op de link hieronder. Daarna bent u ingelogd.",
      "",
      input.link,
      "",
      `De link werkt ${input.minutes} minuten. U kunt hem één keer gebruiken.`,
      "Heeft u niet om deze link gevraagd? Dan hoeft u niets te doen.",
      "",
      "Met vriendelijke groet,",
      "Het Werkgeversportaal",
    ].join("\n"),
  };
}

export function resumeScanMail(input: { name: string; link: string; days: number }): MailContent {
  return {
    subject: "Verder met uw Toekomstscan",
    text: [
      `Beste ${input.name},`,
      "",
      "Uw antwoorden in de Toekomstscan zijn bewaard.",
      "Met de link hieronder gaat u verder waar u was. Dat kan ook op een andere computer of telefoon.",
      "",
      input.link,
      "",
      `De link werkt ${input.days} dagen. U kunt hem één keer gebruiken.`,
      "Daarna kunt u altijd een nieuwe link aanvragen op de pagina Inloggen.",
      "",
      "Met vriendelijke groet,",
      "Het Werkgeversportaal",
    ].join("\n"),
  };
}

export function knownCompanyMail(input: { name: string; link: string; days: number }): MailContent {
  return {
    subject: "Uw bedrijf staat al in het Werkgeversportaal",
    text: [
      `Beste ${input.name},`,
      "",
      "Iemand wilde de Toekomstscan starten voor uw bedrijf.",
      "Uw bedrijf staat al in het Werkgeversportaal. Daarom sturen we u deze link.",
      "Met de link logt u in en gaat u verder met de scan.",
      "",
      input.link,
      "",
      `De link werkt ${input.days} dagen. U kunt hem één keer gebruiken.`,
      "Was u dit niet? Dan hoeft u niets te doen. Er is niets veranderd.",
      "",
      "Met vriendelijke groet,",
      "Het Werkgeversportaal",
    ].join("\n"),
  };
}

export function staffInviteMail(input: { name: string; roleLabel: string; link: string; days: number }): MailContent {
  return {
    subject: "Uw account voor het Werkgeversportaal",
    text: [
      `Beste ${input.name},`,
      "",
      `Er is een account voor u gemaakt op het Werkgeversportaal, met de rol ${input.roleLabel}.`,
      "Klik op de link hieronder en kies een wachtwoord. Daarna bent u ingelogd.",
      "",
      input.link,
      "",
      `De link werkt ${input.days} dagen. U kunt hem één keer gebruiken.`,
      "Werkt de link niet meer? Vraag de beheerder dan om een nieuwe uitnodiging.",
      "",
      "Met vriendelijke groet,",
      "Het Werkgeversportaal",
    ].join("\n"),
  };
}

export function requestReceivedMail(input: {
  name: string;
  typeLabel: string;
  due: string;
  contactName: string;
  link: string;
}): MailContent {
  return {
    subject: `We hebben uw aanvraag ontvangen: ${input.typeLabel}`,
    text: [
      `Beste ${input.name},`,
      "",
      `Wij hebben uw aanvraag ontvangen: ${input.typeLabel}.`,
      `${input.contactName} neemt uiterlijk ${input.due} contact met u op.`,
      "",
      "Hier ziet u uw aanvraag en wat ermee gebeurt:",
      input.link,
      "",
      "Met vriendelijke groet,",
      "Het Werkgeversportaal",
    ].join("\n"),
  };
}

export function newRequestForStaffMail(input: { typeLabel: string; company: string; due: string; link: string }): MailContent {
  return {
    subject: `Nieuwe aanvraag: ${input.typeLabel} — ${input.company}`,
    text: [
      `Er is een nieuwe aanvraag binnen: ${input.typeLabel}.`,
      `Bedrijf: ${input.company}.`,
      `Eerste contact uiterlijk: ${input.due}.`,
      "",
      input.link,
    ].join("\n"),
  };
}

export function statusChangedMail(input: { name: string; typeLabel: string; message: string; link: string }): MailContent {
  return {
    subject: `Nieuws over uw aanvraag: ${input.typeLabel}`,
    text: [
      `Beste ${input.name},`,
      "",
      input.message,
      "",
      "Bekijk uw aanvraag:",
      input.link,
      "",
      "Heeft u vragen? Bel of mail uw accountmanager.",
      "",
      "Met vriendelijke groet,",
      "Het Werkgeversportaal",
    ].join("\n"),
  };
}

export function dailyDigestMail(input: {
  name: string;
  overdue: string[];
  dueToday: string[];
  actions: string[];
  link: string;
}): MailContent {
  const section = (title: string, lines: string[]) => (lines.length ? ["", `${title}:`, ...lines.map((l) => `- ${l}`)] : []);
  return {
    subject: `Werkvoorraad vandaag: ${input.overdue.length} te laat, ${input.dueToday.length + input.actions.length} voor vandaag`,
    text: [
      `Goedemorgen ${input.name},`,
      ...section("Te laat (eerste contact)", input.overdue),
      ...section("Vandaag contact opnemen", input.dueToday),
      ...section("Acties die vandaag of eerder af moeten", input.actions),
      "",
      "Naar uw werkvoorraad:",
      input.link,
    ].join("\n"),
  };
}

export function campaignInvitationMail(input: {
  organisation: string;
  campaign: string;
  link: string;
  unsubscribeLink: string;
  minutes: number;
}): MailContent {
  return {
    subject: `${input.organisation} nodigt u uit voor de Toekomstscan`,
    text: [
      "Beste ondernemer,",
      "",
      `${input.organisation} nodigt u uit om de Toekomstscan te doen (${input.campaign}).`,
      "De scan is gratis. U beantwoordt vragen over uw personeel en uw bedrijf.",
      `Dat duurt ongeveer ${input.minutes} minuten. U ziet meteen uw uitslag en advies.`,
      "",
      "Start de scan met deze link:",
      input.link,
      "",
      `U kiest zelf of ${input.organisation} uw uitslag mag zien.`,
      "Zonder uw toestemming ziet de organisatie alleen totalen, nooit uw antwoorden.",
      "",
      "Wilt u geen uitnodigingen voor de Toekomstscan meer krijgen? Meld u dan af:",
      input.unsubscribeLink,
      "",
      "Met vriendelijke groet,",
      `${input.organisation} en het Werkgeversportaal`,
    ].join("\n"),
  };
}
