import { json } from "@remix-run/node";
import type { FieldErrors } from "./forms";

/** A failed form submission: 400 with the field errors and the values to show again. */
export function badRequest(errors: FieldErrors, values: Record<string, string> = {}) {
  return json({ ok: false as const, errors, values }, { status: 400 });
}
