import { err } from "~/i18n/errors";

/** Why a code from the app (or a recovery code) was refused, as a validation message key. */
export const codeError = (reason: "wrong" | "replayed") => err("auth", reason === "wrong" ? "codeWrong" : "codeReplayed");
