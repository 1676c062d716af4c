/**
 * The message catalogues. Each area has one file in `app/i18n/` that exports
 * `{ nl, en }`: `nl` is the source, and `en` is typed `Translation<typeof nl>`,
 * so a missing or extra key is a type error. `tests/unit/i18n.test.ts` checks
 * every catalogue at runtime too (same keys, same placeholders, no empty
 * text, and the B1 rules on the Dutch texts).
 *
 * One file per area keeps a route bundle to the texts it imports.
 */
import type { Locale } from "./locale";

/** The shape of a catalogue: the same keys, every leaf a string. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

export interface Catalogue<T> {
  nl: T;
  en: Translation<T>;
}

/** The texts of a catalogue in one language. */
export function pick<T>(catalogue: Catalogue<T>, locale: Locale): T {
  return (locale === "en" ? catalogue.en : catalogue.nl) as T;
}
