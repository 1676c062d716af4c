/** Validation messages of the auth forms (used through `err("auth", key)`). */
import type { Translation } from "../messages";

const nl = {};

const en: Translation<typeof nl> = {};

export const authErrors = { nl, en };
