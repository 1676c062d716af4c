/**
 * All validation messages, by area. Schemas use `err(area, key, vars?)`; the
 * field and the error summary show `errorText(...)` in the user's language.
 * Each area's messages live in their own file next to this one.
 */
import { encodeError } from "../error-codec";
import type { Translation } from "../messages";
import { adminErrors } from "./admin";
import { authErrors } from "./auth";
import { commonErrors } from "./common";
import { organisationErrors } from "./organisation";
import { privacyErrors } from "./privacy";
import { reportErrors } from "./report";
import { requestsErrors } from "./requests";
import { scanErrors } from "./scan";
import { wspErrors } from "./wsp";

const nl = {
  common: commonErrors.nl,
  auth: authErrors.nl,
  scan: scanErrors.nl,
  report: reportErrors.nl,
  requests: requestsErrors.nl,
  privacy: privacyErrors.nl,
  wsp: wspErrors.nl,
  organisation: organisationErrors.nl,
  admin: adminErrors.nl,
};

const en: Translation<typeof nl> = {
  common: commonErrors.en,
  auth: authErrors.en,
  scan: scanErrors.en,
  report: reportErrors.en,
  requests: requestsErrors.en,
  privacy: privacyErrors.en,
  wsp: wspErrors.en,
  organisation: organisationErrors.en,
  admin: adminErrors.en,
};

export const errorMessages = { nl, en };

type ErrorAreas = typeof nl;

/** The message key for a zod schema: `err("common", "tooLong", { max: 200 })`. */
export function err<A extends keyof ErrorAreas>(
  area: A,
  key: keyof ErrorAreas[A] & string,
  vars?: Record<string, string | number>,
): string {
  return encodeError(area, key, vars);
}
