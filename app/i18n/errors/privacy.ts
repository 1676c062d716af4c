/** Validation messages of the privacy forms (used through `err("privacy", key)`). */
import type { Translation } from "../messages";

const nl = {};

const en: Translation<typeof nl> = {};

export const privacyErrors = { nl, en };
