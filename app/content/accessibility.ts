/** The accessibility statement (toegankelijkheidsverklaring) in a language, as data so the plain-language check can read it. */
import { accessibilityMessages } from "~/i18n/legal";
import type { Locale } from "~/i18n/locale";
import { pick } from "~/i18n/messages";

/** The day the statement was last checked (ISO date). */
export const ACCESSIBILITY_UPDATED = "2026-11-23";

export function accessibilityStatement(locale: Locale) {
  const t = pick(accessibilityMessages, locale);
  return {
    title: t.title,
    intro: t.intro,
    sections: Object.entries(t.sections).map(([id, s]) => ({ id, heading: s.heading, paragraphs: Object.values(s.paragraphs) })),
    updated: t.updated,
  };
}
