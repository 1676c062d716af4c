/** Validation messages of the sign-in and second-factor forms, and the rate limits (used through `err("auth", key)`). */
import type { Translation } from "../messages";

const nl = {
  emailRequired: "Vul uw e-mailadres in.",
  emailTooLong: "Dit e-mailadres is te lang.",
  emailInvalid: "Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.",
  leaveEmpty: "Laat dit veld leeg.",
  passwordRequired: "Vul uw wachtwoord in.",
  passwordTooLong: "Dit wachtwoord is te lang.",
  wrongPassword: "Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.",
  linkInvalid: "Deze link is niet geldig.",
  appCodeRequired: "Vul de code uit uw app in.",
  appCodeDigits: "Vul de 6 cijfers uit uw app in.",
  appCodeDigitsOnly: "Vul de 6 cijfers uit uw app in, zonder andere tekens.",
  codeRequired: "Vul de code uit uw app of een herstelcode in.",
  codeTooLong: "Deze code is te lang.",
  codeFormat: "Vul de 6 cijfers uit uw app in, of een herstelcode zoals ABCDE-FGH23.",
  codeWrong: "Deze code klopt niet. Kijk in uw app en vul de code in die nu te zien is.",
  codeWrongOrRecovery: "Deze code klopt niet. Kijk in uw app en vul de code in die nu te zien is. Of gebruik een herstelcode.",
  codeReplayed: "Deze code is al gebruikt. Wacht tot uw app een nieuwe code laat zien en vul die in.",
  tooManyOneMinute: "U heeft dit te vaak geprobeerd. Wacht 1 minuut en probeer het dan opnieuw.",
  tooMany: "U heeft dit te vaak geprobeerd. Wacht {minutes} minuten en probeer het dan opnieuw.",
};

const en: Translation<typeof nl> = {
  emailRequired: "Enter your e-mail address.",
  emailTooLong: "This e-mail address is too long.",
  emailInvalid: "Enter a valid e-mail address, such as name@company.com.",
  leaveEmpty: "Leave this field empty.",
  passwordRequired: "Enter your password.",
  passwordTooLong: "This password is too long.",
  wrongPassword: "The e-mail address or the password is not right. Check them and try again.",
  linkInvalid: "This link is not valid.",
  appCodeRequired: "Enter the code from your app.",
  appCodeDigits: "Enter the 6 digits from your app.",
  appCodeDigitsOnly: "Enter the 6 digits from your app, without any other characters.",
  codeRequired: "Enter the code from your app or a recovery code.",
  codeTooLong: "This code is too long.",
  codeFormat: "Enter the 6 digits from your app, or a recovery code such as ABCDE-FGH23.",
  codeWrong: "This code is not right. Look in your app and enter the code it shows now.",
  codeWrongOrRecovery: "This code is not right. Look in your app and enter the code it shows now. Or use a recovery code.",
  codeReplayed: "This code has already been used. Wait until your app shows a new code and enter that one.",
  tooManyOneMinute: "You have tried this too often. Wait 1 minute and then try again.",
  tooMany: "You have tried this too often. Wait {minutes} minutes and then try again.",
};

export const authErrors = { nl, en };
