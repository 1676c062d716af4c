/** Validation messages of the scan forms (used through `err("scan", key)`). */
import type { Translation } from "../messages";

const nl = {};

const en: Translation<typeof nl> = {};

export const scanErrors = { nl, en };
