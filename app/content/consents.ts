/**
 * Consent text versions. The version is stored with every consent, so it is
 * always known which words the employer saw, and in which language: the
 * Dutch and the English text each have their own version. The words of the
 * sharing questions are in `app/i18n/consents.ts`; a changed text, in either
 * language, gets a new version here (tests/unit/consents.test.ts pins them).
 */
import type { Locale } from "~/i18n/locale";

interface ConsentVersions {
  /** The Dutch text. */
  version: string;
  /** The English text. */
  englishVersion: string;
}

export const shareWithWspConsent: ConsentVersions = {
  version: "delen-wsp-2026-11b",
  englishVersion: "delen-wsp-2026-11b-en",
};

export const shareWithOrganisationConsent: ConsentVersions = {
  version: "delen-organisatie-2026-11",
  englishVersion: "delen-organisatie-2026-11-en",
};

/** The version of the text the employer saw in this language. */
export const consentVersion = (consent: ConsentVersions, locale: Locale) =>
  locale === "en" ? consent.englishVersion : consent.version;

/**
 * What a werkgeversorganisatie confirms before its members are mailed. The
 * words are `campaign.confirmText` in app/i18n/organisation.ts; each language
 * has its own version. The form sends the version of the words it showed, and
 * the invitation batch records that version.
 */
export const invitationConsent = {
  version: { nl: "uitnodigen-leden-2026-11", en: "uitnodigen-leden-2026-11-en" },
} as const;
