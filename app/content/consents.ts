/**
 * Consent text versions. The version is stored with every consent, so it is
 * always known which words the employer saw, and in which language: the
 * Dutch and the English text each have their own version. The words of the
 * sharing questions are in `app/i18n/consents.ts`; a changed text, in either
 * language, gets a new version here (tests/unit/consents.test.ts pins them).
 */
import type { Locale } from "~/i18n/locale";

/** The version of a consent text in each language. */
type ConsentVersions = Readonly<Record<Locale, string>>;

export const shareWithWspConsent: ConsentVersions = { nl: "delen-wsp-2026-11b", en: "delen-wsp-2026-11b-en" };

export const shareWithOrganisationConsent: ConsentVersions = {
  nl: "delen-organisatie-2026-11",
  en: "delen-organisatie-2026-11-en",
};

/**
 * What a werkgeversorganisatie confirms before its members are mailed. The
 * words are `campaign.confirmText` in app/i18n/organisation.ts. The form sends
 * the version of the words it showed, and the invitation batch records it.
 */
export const invitationConsent: ConsentVersions = { nl: "uitnodigen-leden-2026-11", en: "uitnodigen-leden-2026-11-en" };

/** The version of the text the user saw in this language. */
export const consentVersion = (consent: ConsentVersions, locale: Locale) => consent[locale];
