/** Validation messages shared by many forms (used through `err("common", key)`). */
import type { Translation } from "../messages";

const nl = {
  invalid: "Dit klopt niet. Kijk het nog eens na.",
  required: "Vul dit in.",
  choose: "Maak een keuze.",
  tooLong: "Dit is te lang. Gebruik hoogstens {max} tekens.",
  email: "Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.",
  date: "Vul een geldige datum in, bijvoorbeeld 31-12-2026.",
};

const en: Translation<typeof nl> = {
  invalid: "This is not right. Please check it again.",
  required: "Please fill this in.",
  choose: "Please make a choice.",
  tooLong: "This is too long. Use at most {max} characters.",
  email: "Enter a valid e-mail address, for example name@company.com.",
  date: "Enter a valid date, for example 31-12-2026.",
};

export const commonErrors = { nl, en };
