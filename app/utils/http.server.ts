import { json } from "@remix-run/node";
import type { FieldErrors } from "./forms";

/** A failed form submission: 400 with the field errors and the values to show again. */
export function badRequest(errors: FieldErrors, values: Record<string, string> = {}) {
  return json({ ok: false as const, errors, values }, { status: 400 });
}

/** For pages with secrets (TOTP set-up, recovery codes): never kept by a browser or proxy cache. */
export const noStore = { "Cache-Control": "private, no-store" };
