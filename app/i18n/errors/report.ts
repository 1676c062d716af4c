/** Validation messages of the report forms (used through `err("report", key)`). */
import type { Translation } from "../messages";

const nl = {};

const en: Translation<typeof nl> = {};

export const reportErrors = { nl, en };
