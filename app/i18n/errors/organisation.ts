/** Validation messages of the organisation forms (used through `err("organisation", key)`). */
import type { Translation } from "../messages";

const nl = {};

const en: Translation<typeof nl> = {};

export const organisationErrors = { nl, en };
