/**
 * Page titles in the user's language. `meta` runs outside React, so the
 * language is read from the root loader's data in `matches`.
 */
import { commonMessages } from "./common";
import { parseLocale, type Locale } from "./locale";
import { pick, type Catalogue } from "./messages";

type Matches = readonly ({ id: string; data?: unknown } | undefined)[];

export function localeOfMatches(matches: Matches): Locale {
  const root = matches.find((m) => m?.id === "root")?.data as { locale?: unknown } | undefined;
  return parseLocale(root?.locale);
}

/** `meta = ({ matches }) => pageTitle(matches, scanMessages, (t) => t.title)` → "<title> — Werkgeversportaal". */
export function pageTitle<T>(matches: Matches, catalogue: Catalogue<T>, select: (t: T) => string) {
  const locale = localeOfMatches(matches);
  return [{ title: `${select(pick(catalogue, locale))} — ${pick(commonMessages, locale).siteName}` }];
}
