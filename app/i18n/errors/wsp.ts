/** Validation messages of the wsp forms (used through `err("wsp", key)`). */
import type { Translation } from "../messages";

const nl = {};

const en: Translation<typeof nl> = {};

export const wspErrors = { nl, en };
