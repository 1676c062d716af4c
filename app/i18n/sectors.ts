/**
 * Names of the sectors (branches) an employer chooses from, by their stable
 * id (see `db/seed/reference/sectors.ts`; the table holds the Dutch name).
 * A sector that is not listed here keeps its name from the database.
 */
import type { Locale } from "./locale";
import { pick, type Translation } from "./messages";

const nl = {
  names: {
    "zorg-welzijn": "Zorg en welzijn",
    "zakelijke-dienstverlening": "Zakelijke dienstverlening",
    "techniek-bouw": "Techniek en bouw",
    "industrie-productie": "Industrie en productie",
    "transport-logistiek-groothandel": "Transport, logistiek en groothandel",
    "horeca-detailhandel": "Horeca en detailhandel",
    groen: "Groen (land- en tuinbouw, hoveniers)",
    "schoonmaak-facilitair": "Schoonmaak en facilitair",
    ict: "ICT",
    onderwijs: "Onderwijs",
    overheid: "Overheid",
    overig: "Overig",
  },
};

const en: Translation<typeof nl> = {
  names: {
    "zorg-welzijn": "Care and welfare",
    "zakelijke-dienstverlening": "Business services",
    "techniek-bouw": "Engineering and construction",
    "industrie-productie": "Industry and manufacturing",
    "transport-logistiek-groothandel": "Transport, logistics and wholesale",
    "horeca-detailhandel": "Hospitality and retail",
    groen: "Green sector (agriculture, horticulture, gardeners)",
    "schoonmaak-facilitair": "Cleaning and facility services",
    ict: "IT",
    onderwijs: "Education",
    overheid: "Government",
    overig: "Other",
  },
};

export const sectorMessages = { nl, en };

/** The sector's name in the user's language; `fallback` (the name in the database) for a sector not listed. */
export function sectorName(id: string, fallback: string, locale: Locale): string {
  const names: Record<string, string> = pick(sectorMessages, locale).names;
  return names[id] ?? fallback;
}
