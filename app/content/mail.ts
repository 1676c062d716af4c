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
