/** Validation messages of the requests forms (used through `err("requests", key)`). */
import type { Translation } from "../messages";

const nl = {};

const en: Translation<typeof nl> = {};

export const requestsErrors = { nl, en };
