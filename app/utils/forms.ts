/**
 * One zod schema per form, used on the client (react-hook-form) and on the
 * server (parseForm). The server answers 400 with the same field errors.
 */
import type { z } from "zod";

export type FieldErrors = Record<string, string>;

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Maximum length of any single submitted text value (larger input is rejected, never stored). */
export const MAX_FIELD_LENGTH = 10_000;

export function formDataToObject(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

export function zodErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

export function parseForm<S extends z.ZodTypeAny>(schema: S, formData: FormData): FormResult<z.output<S>> {
  const values = formDataToObject(formData);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data as z.output<S> };
  // Echo values back for re-display, but never echo an oversized value.
  const safeValues: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) safeValues[k] = v.length > MAX_FIELD_LENGTH ? "" : v;
  return { ok: false, errors: zodErrors(result.error), values: safeValues };
}
