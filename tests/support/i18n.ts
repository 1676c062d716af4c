/** Validation messages travel as keys; tests read them as the Dutch (or English) text a user sees. */
import { errorText } from "~/i18n/error-codec";
import { errorMessages } from "~/i18n/errors";

export const nlError = (raw: string | undefined) => errorText(raw ?? "", errorMessages.nl, "(onbekende fout)");
export const enError = (raw: string | undefined) => errorText(raw ?? "", errorMessages.en, "(unknown error)");

/** The `taal` cookie as the language switch sets it (Remix serializes "en" as base64 JSON). */
export const ENGLISH_COOKIE = { name: "taal", value: "ImVuIg%3D%3D" } as const;
export const englishCookieHeader = `${ENGLISH_COOKIE.name}=${ENGLISH_COOKIE.value}`;
