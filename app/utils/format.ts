/**
 * Times are stored in UTC and shown in Europe/Amsterdam, in the user's
 * language (Dutch by default). Money is integer cents.
 */
import { INTL_LOCALE, type Locale } from "~/i18n/locale";

const zone = "Europe/Amsterdam";
const formats = (tag: string) => ({
  dateTime: new Intl.DateTimeFormat(tag, {
    timeZone: zone,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }),
  date: new Intl.DateTimeFormat(tag, { timeZone: zone, day: "numeric", month: "long", year: "numeric" }),
  // Amounts are shown the Dutch way in both languages: the money is in euros in the Netherlands.
  euro: new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }),
});
const byLocale = { nl: formats(INTL_LOCALE.nl), en: formats(INTL_LOCALE.en) };

export const formatDateTime = (iso: string, locale: Locale = "nl") => byLocale[locale].dateTime.format(new Date(iso));
export const formatDate = (iso: string, locale: Locale = "nl") => byLocale[locale].date.format(new Date(iso));
export const formatCents = (cents: number) => byLocale.nl.euro.format(cents / 100);
