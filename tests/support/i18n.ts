/** Validation messages travel as keys; tests read them as the Dutch (or English) text a user sees. */
import { errorText } from "~/i18n/error-codec";
import { errorMessages } from "~/i18n/errors";

export const nlError = (raw: string | undefined) => errorText(raw ?? "", errorMessages.nl, "(onbekende fout)");
export const enError = (raw: string | undefined) => errorText(raw ?? "", errorMessages.en, "(unknown error)");
