/**
 * The privacy statement (/privacy) as data, in B1 Dutch and in English (texts
 * in `app/i18n/legal.ts`). The retention periods come from the same settings
 * the daily job uses, so the page always says what the portal does.
 * tests/unit/plain-language.test.ts checks every Dutch text with the same
 * rules as the questionnaire; the intro explains the jargon (WSP,
 * arbeidsmarktregio, voucher) for the whole page.
 */
import { MIN_GROUP_SIZE } from "~/domain/campaigns";
import type { TextToCheck } from "~/domain/plain-language";
import { retentionPeriod, type RetentionSettings } from "~/domain/retention";
import { privacyMessages } from "~/i18n/legal";
import { fmt, type Locale } from "~/i18n/locale";
import { pick } from "~/i18n/messages";

export interface PrivacyProcessing {
  what: string;
  why: string;
  howLong: string;
}

export interface PrivacySection {
  id: string;
  heading: string;
  paragraphs: string[];
  items?: string[];
}

export interface PrivacyStatement {
  title: string;
  intro: string;
  processingCaption: string;
  processing: PrivacyProcessing[];
  sections: PrivacySection[];
}

export function privacyStatement(retention: RetentionSettings, locale: Locale): PrivacyStatement {
  const t = pick(privacyMessages, locale);
  const period = (days: number) => {
    const { count, unit } = retentionPeriod(days);
    const template = unit === "year" ? (count === 1 ? t.periods.year : t.periods.years) : count === 1 ? t.periods.day : t.periods.days;
    return fmt(template, { count });
  };
  const vars = {
    scanDays: period(retention.unfinishedScanDays),
    requestDays: period(retention.closedRequestDays),
    minGroup: MIN_GROUP_SIZE,
  };
  return {
    title: t.title,
    intro: t.intro,
    sections: Object.entries(t.sections).map(([id, section]) => ({
      id,
      heading: section.heading,
      paragraphs: Object.values(section.paragraphs).map((p) => fmt(p, vars)),
      ...("items" in section ? { items: Object.values(section.items) } : {}),
    })),
    processingCaption: t.processingCaption,
    processing: Object.values(t.processing).map((p) => ({ what: p.what, why: p.why, howLong: fmt(p.howLong, vars) })),
  };
}

/** Every text of the statement a reader sees, in reading order; the intro explains the jargon for all of them. */
export function textsOfPrivacyStatement(statement: PrivacyStatement): TextToCheck[] {
  const explains = statement.intro;
  const texts: TextToCheck[] = [
    { where: "privacy/titel", text: statement.title },
    { where: "privacy/intro", text: statement.intro },
    { where: "privacy/tabel", text: statement.processingCaption, explains },
  ];
  statement.processing.forEach((p, i) => {
    texts.push({ where: `privacy/verwerking:${i + 1}/wat`, text: p.what, explains });
    texts.push({ where: `privacy/verwerking:${i + 1}/waarom`, text: p.why, explains });
    texts.push({ where: `privacy/verwerking:${i + 1}/hoelang`, text: p.howLong, explains });
  });
  for (const section of statement.sections) {
    texts.push({ where: `privacy/${section.id}/kop`, text: section.heading, explains });
    section.paragraphs.forEach((text, i) => texts.push({ where: `privacy/${section.id}/alinea:${i + 1}`, text, explains }));
    (section.items ?? []).forEach((text, i) => texts.push({ where: `privacy/${section.id}/punt:${i + 1}`, text, explains }));
  }
  return texts;
}
