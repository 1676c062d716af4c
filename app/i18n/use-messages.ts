/**
 * React side of the catalogues: the language comes from the root loader
 * (cookie), so server render and hydration use the same texts.
 */
import { useRouteLoaderData } from "@remix-run/react";
import { errorText } from "./error-codec";
import { errorMessages } from "./errors";
import { DEFAULT_LOCALE, parseLocale, type Locale } from "./locale";
import { pick, type Catalogue } from "./messages";

export function useLocale(): Locale {
  const data = useRouteLoaderData("root") as { locale?: unknown } | undefined;
  return data ? parseLocale(data.locale) : DEFAULT_LOCALE;
}

/** `const t = useMessages(reportMessages)` → `t.title`, `fmt(t.score, { score })`. */
export function useMessages<T>(catalogue: Catalogue<T>): T {
  return pick(catalogue, useLocale());
}

/** Turns a validation message key (see `errors/index.ts`) into text in the user's language. */
export function useErrorText(): (raw: string) => string {
  const errors = useMessages(errorMessages);
  return (raw) => errorText(raw, errors, errors.common.invalid);
}
