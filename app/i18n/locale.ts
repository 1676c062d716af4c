/**
 * Languages of the portal. Dutch is the default; English is the second
 * language. The choice is kept in a cookie (see `locale.server.ts`) and, for a
 * signed-in user, on the user so e-mails are sent in the same language.
 */
export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";

export const isLocale = (value: unknown): value is Locale => value === "nl" || value === "en";
export const parseLocale = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

/** BCP 47 tag for Intl formatting (dates, numbers, money) in each language. */
export const INTL_LOCALE: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder is left as it is, so a test can find it. */
export function fmt(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The `{name}` placeholders of a template, sorted (translations must use the same ones). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}
