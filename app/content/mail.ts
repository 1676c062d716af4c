/**
 * E-mails in the recipient's language (texts in `app/i18n/mail.ts`; the
 * Dutch ones in plain Dutch, B1). Each returns subject and text body; the
 * HTML body is a simple rendering of the same text.
 */
import { mailMessages } from "~/i18n/mail";
import { fmt, type Locale } from "~/i18n/locale";
import { pick } from "~/i18n/messages";

export interface MailContent {
  subject: string;
  text: string;
}

type MailTexts = ReturnType<typeof texts>;
const texts = (locale: Locale) => pick(mailMessages, locale);

/** A personal letter: greeting, blocks separated by an empty line, closing. */
function letter(t: MailTexts, name: string, blocks: string[]): string {
  return [fmt(t.greeting, { name }), ...blocks, t.closing].join("\n\n");
}

export function loginLinkMail(input: { name: string; link: string; minutes: number }, locale: Locale): MailContent {
  const t = texts(locale);
  return {
    subject: t.loginLink.subject,
    text: letter(t, input.name, [t.loginLink.before, input.link, fmt(t.loginLink.after, { minutes: input.minutes })]),
  };
}

export function resumeScanMail(input: { name: string; link: string; days: number }, locale: Locale): MailContent {
  const t = texts(locale);
  return {
    subject: t.resumeScan.subject,
    text: letter(t, input.name, [t.resumeScan.before, input.link, fmt(t.resumeScan.after, { days: input.days })]),
  };
}

export function knownCompanyMail(input: { name: string; link: string; days: number }, locale: Locale): MailContent {
  const t = texts(locale);
  return {
    subject: t.knownCompany.subject,
    text: letter(t, input.name, [t.knownCompany.before, input.link, fmt(t.knownCompany.after, { days: input.days })]),
  };
}

export function staffInviteMail(
  input: { name: string; roleLabel: string; link: string; days: number },
  locale: Locale,
): MailContent {
  const t = texts(locale);
  return {
    subject: t.staffInvite.subject,
    text: letter(t, input.name, [
      fmt(t.staffInvite.before, { role: input.roleLabel }),
      input.link,
      fmt(t.staffInvite.after, { days: input.days }),
    ]),
  };
}

export function requestReceivedMail(
  input: { name: string; typeLabel: string; due: string; contactName: string; link: string },
  locale: Locale,
): MailContent {
  const t = texts(locale);
  return {
    subject: fmt(t.requestReceived.subject, { type: input.typeLabel }),
    text: letter(t, input.name, [
      fmt(t.requestReceived.before, { type: input.typeLabel, contact: input.contactName, due: input.due }),
      `${t.requestReceived.link}\n${input.link}`,
    ]),
  };
}

export function newRequestForStaffMail(
  input: { typeLabel: string; company: string; due: string; link: string },
  locale: Locale,
): MailContent {
  const t = texts(locale);
  const vars = { type: input.typeLabel, company: input.company, due: input.due };
  return {
    subject: fmt(t.newRequestForStaff.subject, vars),
    text: [fmt(t.newRequestForStaff.before, vars), input.link].join("\n\n"),
  };
}

export function statusChangedMail(
  input: { name: string; typeLabel: string; message: string; link: string },
  locale: Locale,
): MailContent {
  const t = texts(locale);
  return {
    subject: fmt(t.statusChanged.subject, { type: input.typeLabel }),
    text: letter(t, input.name, [input.message, `${t.statusChanged.link}\n${input.link}`, t.statusChanged.after]),
  };
}

export function dailyDigestMail(
  input: { name: string; overdue: string[]; dueToday: string[]; actions: string[]; link: string },
  locale: Locale,
): MailContent {
  const t = texts(locale).dailyDigest;
  const section = (title: string, lines: string[]) => (lines.length ? [[`${title}:`, ...lines.map((l) => `- ${l}`)].join("\n")] : []);
  return {
    subject: fmt(t.subject, { overdue: input.overdue.length, today: input.dueToday.length + input.actions.length }),
    text: [
      fmt(t.greeting, { name: input.name }),
      ...section(t.overdue, input.overdue),
      ...section(t.dueToday, input.dueToday),
      ...section(t.actions, input.actions),
      `${t.link}\n${input.link}`,
    ].join("\n\n"),
  };
}

export function campaignInvitationMail(
  input: { organisation: string; campaign: string; link: string; unsubscribeLink: string; minutes: number },
  locale: Locale,
): MailContent {
  const t = texts(locale).campaignInvitation;
  const vars = { organisation: input.organisation, campaign: input.campaign, minutes: input.minutes };
  return {
    subject: fmt(t.subject, vars),
    text: [
      t.greeting,
      fmt(t.before, vars),
      `${t.link}\n${input.link}`,
      fmt(t.consent, vars),
      `${t.unsubscribe}\n${input.unsubscribeLink}`,
      fmt(t.closing, vars),
    ].join("\n\n"),
  };
}
