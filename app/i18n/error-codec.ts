/**
 * Validation messages in zod schemas are keys, not text, so one schema serves
 * both languages on client and server: `err("requests", "initialsRequired")`
 * or with values `err("common", "tooLong", { max: 2000 })`. The key travels
 * as "namespace:key?max=2000"; `errorText` turns it into the user's language
 * where it is shown (FieldShell, ErrorSummary).
 */
import { fmt } from "./locale";

export type ErrorCatalogue = Record<string, Record<string, string>>;

export function encodeError(namespace: string, key: string, vars?: Record<string, string | number>): string {
  const query = vars ? `?${new URLSearchParams(Object.entries(vars).map(([k, v]) => [k, String(v)])).toString()}` : "";
  return `${namespace}:${key}${query}`;
}

const ERROR_KEY = /^([a-z][a-zA-Z0-9]*):([a-zA-Z0-9]+)(?:\?(.*))?$/;

/**
 * The text for an encoded error in the given catalogue of error namespaces.
 * A key that is not in the catalogue becomes the generic `fallback`, so a raw
 * key never shows. A message that is not a key at all is shown as it is.
 */
export function errorText(raw: string, errors: ErrorCatalogue, fallback: string): string {
  const match = ERROR_KEY.exec(raw);
  if (!match) return raw;
  const [, namespace = "", key = "", query] = match;
  const template = errors[namespace]?.[key];
  if (template === undefined) return fallback;
  return fmt(template, Object.fromEntries(new URLSearchParams(query ?? "")));
}
