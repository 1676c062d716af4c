/** Validation messages of the scan forms (used through `err("scan", key)`). */
import type { Translation } from "../messages";

const nl = {
  placeRequired:
    "Kies uw gemeente. Staat die er niet bij? Kies dan uw arbeidsmarktregio (een van de 35 regio's waarin gemeenten en UWV samenwerken voor werk).",
  nameRequired: "Vul de naam van uw bedrijf in.",
  contactNameRequired: "Vul uw naam in.",
  kvkRequired: "Vul het KvK-nummer in.",
  kvkDigits: "Een KvK-nummer heeft precies 8 cijfers. U vindt het op uw uittreksel van de KvK.",
  kvkTaken: "Dit KvK-nummer hoort bij een ander bedrijf in het portaal. Controleer het nummer of bel uw accountmanager.",
  fromList: "Kies een waarde uit de lijst.",
  sectorRequired: "Kies de branche van uw bedrijf.",
  sectorFromList: "Kies een branche uit de lijst.",
  municipalityFromList: "Kies een gemeente uit de lijst.",
  regionFromList: "Kies een arbeidsmarktregio uit de lijst.",
  fteRequired: "Vul het aantal medewerkers in.",
  fteRange: "Vul een aantal in van 1 tot 100.000.",
  fteWhole: "Vul een heel getal in, bijvoorbeeld 25.",
  fteMin: "Vul een aantal in van minstens 1.",
  emailRequired: "Vul uw e-mailadres in.",
  emailTooLong: "Dit e-mailadres is te lang.",
  email: "Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.",
  emailTaken: "Dit e-mailadres is al in gebruik. Kies een ander e-mailadres.",
  phoneTooLong: "Vul een telefoonnummer in van hoogstens 20 tekens.",
  phone: "Vul een geldig telefoonnummer in, bijvoorbeeld 010 123 45 67.",
  chooseAnswer: "Kies een antwoord. Weet u het niet? Kies dan ‘Weet ik niet’.",
};

const en: Translation<typeof nl> = {
  placeRequired:
    "Choose your municipality. Not in the list? Then choose your labour market region (one of the 35 regions where municipalities and UWV work together on jobs).",
  nameRequired: "Please enter the name of your company.",
  contactNameRequired: "Please enter your name.",
  kvkRequired: "Please enter the KvK number.",
  kvkDigits: "A KvK number has exactly 8 digits. You can find it on your Chamber of Commerce (KvK) extract.",
  kvkTaken: "This KvK number belongs to another company in the portal. Check the number or call your account manager.",
  fromList: "Choose a value from the list.",
  sectorRequired: "Choose the sector of your company.",
  sectorFromList: "Choose a sector from the list.",
  municipalityFromList: "Choose a municipality from the list.",
  regionFromList: "Choose a labour market region from the list.",
  fteRequired: "Please enter the number of employees.",
  fteRange: "Enter a number from 1 to 100,000.",
  fteWhole: "Enter a whole number, for example 25.",
  fteMin: "Enter a number of at least 1.",
  emailRequired: "Please enter your e-mail address.",
  emailTooLong: "This e-mail address is too long.",
  email: "Enter a valid e-mail address, such as name@company.com.",
  emailTaken: "This e-mail address is already in use. Choose another e-mail address.",
  phoneTooLong: "Enter a phone number of at most 20 characters.",
  phone: "Enter a valid phone number, for example 010 123 45 67.",
  chooseAnswer: "Choose an answer. Don't know? Then choose ‘I don't know’.",
};

export const scanErrors = { nl, en };
