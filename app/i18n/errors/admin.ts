/** Validation messages of the admin forms (used through `err("admin", key)`). */
import type { Translation } from "../messages";

const nl = {};

const en: Translation<typeof nl> = {};

export const adminErrors = { nl, en };
