/** Validation messages of the organisation forms (used through `err("organisation", key)`). */
import type { Translation } from "../messages";

const nl = {
  reload: "Vernieuw de pagina en probeer het opnieuw.",
  nameTooShort: "Geef de campagne een naam van minstens 3 tekens.",
  startsOnFormat: "Vul de eerste dag in, bijvoorbeeld 2026-12-01.",
  endsOnFormat: "Vul de laatste dag in, bijvoorbeeld 2027-03-31.",
  endBeforeStart: "De laatste dag ligt vóór de eerste dag.",
  regionFromList: "Kies een regio uit de lijst.",
  sectorFromList: "Kies een branche uit de lijst.",
  listRequired: "Plak de e-mailadressen of kies een CSV-bestand.",
  listTooLong: "De lijst is te lang. Verstuur hoogstens {max} adressen per keer.",
  fileTooLarge: "Het bestand is te groot. Verstuur hoogstens {max} adressen per keer.",
  tooManyAddresses: "Verstuur hoogstens {max} adressen per keer. Deze lijst heeft er {count}.",
  noValidAddress: "Geen geldig e-mailadres gevonden (regel {line} is geen e-mailadres).",
  confirmRequired: "Bevestig dat u deze leden over de Toekomstscan mag mailen.",
  unsubscribeConfirm: "Klik op de knop om u af te melden.",
};

const en: Translation<typeof nl> = {
  reload: "Reload the page and try again.",
  nameTooShort: "Give the campaign a name of at least 3 characters.",
  startsOnFormat: "Enter the first day, for example 2026-12-01.",
  endsOnFormat: "Enter the last day, for example 2027-03-31.",
  endBeforeStart: "The last day is before the first day.",
  regionFromList: "Choose a region from the list.",
  sectorFromList: "Choose a sector from the list.",
  listRequired: "Paste the e-mail addresses or choose a CSV file.",
  listTooLong: "The list is too long. Send at most {max} addresses at a time.",
  fileTooLarge: "The file is too large. Send at most {max} addresses at a time.",
  tooManyAddresses: "Send at most {max} addresses at a time. This list has {count}.",
  noValidAddress: "No valid e-mail address found (line {line} is not an e-mail address).",
  confirmRequired: "Confirm that you may e-mail these members about the Future Scan.",
  unsubscribeConfirm: "Click the button to unsubscribe.",
};

export const organisationErrors = { nl, en };
