/**
 * The 35 arbeidsmarktregio's (labour-market regions), each with one
 * Werkgeversservicepunt (WSP). Names follow the current CBS division
 * ("Arbeidsmarktregio's", in use since 2021).
 *
 * `id` ("AM01".."AM35") is the PORTAL'S OWN stable code, numbered in the order
 * of this list. It is NOT the CBS `ArbeidsmarktregioCode`: CBS also uses codes of
 * the form "AMnn" but numbers them differently (CBS AM07 = Midden-Gelderland,
 * portal AM07 = Achterhoek). The municipality import therefore matches a region
 * by portal id or by name, and reads a CBS code column only through
 * `cbsRegionCodes` below — never as a portal id.
 *
 * WSP contact data is fictional demo data (`demoContact: true`): e-mail
 * addresses use the reserved `.example` domain and the phone numbers are
 * placeholders ("088 000 00 NN", NN = the portal number). An administrator
 * replaces them with the real WSP details.
 */

export type RegionSeed = {
  id: string;
  name: string;
  wspName: string;
  wspEmail: string;
  wspPhone: string;
  serviceNormDays: number;
  demoContact: true;
};

/** Default service norm: first contact within 2 working days (product brief §6). */
export const DEFAULT_SERVICE_NORM_DAYS = 2;

/**
 * Region names in portal order, with the WSP name where the sources name one
 * (product brief §9). Zuid-Limburg uses "WSP Parkstad" from the sources; in
 * reality Zuid-Limburg has sub-regional service points (Parkstad, Maastricht-
 * Heuvelland, Westelijke Mijnstreek), which the one-WSP-per-region model folds
 * into one.
 */
const regionDefinitions: readonly { name: string; wspName?: string }[] = [
  { name: "Groningen" }, // AM01
  { name: "Friesland" }, // AM02
  { name: "Drenthe" }, // AM03
  { name: "Regio Zwolle" }, // AM04
  { name: "Twente" }, // AM05
  { name: "Stedendriehoek en Noordwest Veluwe" }, // AM06
  { name: "Achterhoek" }, // AM07
  { name: "Midden-Gelderland" }, // AM08
  { name: "Rijk van Nijmegen" }, // AM09
  { name: "FoodValley" }, // AM10
  { name: "Midden-Utrecht" }, // AM11
  { name: "Amersfoort", wspName: "WSP Amersfoort" }, // AM12
  { name: "Gooi en Vechtstreek" }, // AM13
  { name: "Flevoland" }, // AM14
  { name: "Noord-Holland Noord" }, // AM15
  { name: "Zaanstreek/Waterland" }, // AM16
  { name: "Groot Amsterdam" }, // AM17
  { name: "Zuid-Kennemerland en IJmond" }, // AM18
  { name: "Holland Rijnland", wspName: "WSP Holland Rijnland" }, // AM19
  { name: "Haaglanden", wspName: "WSP Haaglanden" }, // AM20
  { name: "Midden-Holland", wspName: "WSP Midden-Holland" }, // AM21
  { name: "Zuid-Holland Centraal", wspName: "WSP Zuid-Holland Centraal" }, // AM22
  { name: "Rijnmond", wspName: "WSP Rijnmond" }, // AM23
  { name: "Drechtsteden" }, // AM24
  { name: "Gorinchem" }, // AM25
  { name: "Rivierenland" }, // AM26
  { name: "Zeeland" }, // AM27
  { name: "West-Brabant", wspName: "WSP West-Brabant" }, // AM28
  { name: "Midden-Brabant", wspName: "WSP Midden-Brabant" }, // AM29
  { name: "Noordoost-Brabant" }, // AM30
  { name: "Zuidoost-Brabant" }, // AM31
  { name: "Helmond-De Peel" }, // AM32
  { name: "Noord-Limburg" }, // AM33
  { name: "Midden-Limburg" }, // AM34
  { name: "Zuid-Limburg", wspName: "WSP Parkstad" }, // AM35
];

/** "Zaanstreek/Waterland" → "zaanstreek-waterland"; "FoodValley" → "foodvalley". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const portalId = (index: number) => `AM${String(index + 1).padStart(2, "0")}`;

export const regions: RegionSeed[] = regionDefinitions.map((def, index) => {
  const slug = slugify(def.name);
  const number = String(index + 1).padStart(2, "0");
  return {
    id: portalId(index),
    name: def.name,
    wspName: def.wspName ?? `WSP ${def.name}`,
    wspEmail: `${slug}@wsp.demo.example`,
    wspPhone: `088 000 00 ${number}`,
    serviceNormDays: DEFAULT_SERVICE_NORM_DAYS,
    demoContact: true,
  };
});

/** URL/e-mail slug of a region by portal id ("AM23" → "rijnmond"); undefined for an unknown id. */
export function regionSlug(id: string): string | undefined {
  const region = regions.find((r) => r.id === id);
  return region ? slugify(region.name) : undefined;
}

/**
 * CBS `ArbeidsmarktregioCode` per portal id (CBS numbering, with gaps: AM04,
 * AM16 and AM31 are not in use). Only used to read a CBS file that has a code
 * column but no region-name column.
 */
export const cbsRegionCodes: Readonly<Record<string, string>> = {
  AM01: "AM01", // Groningen
  AM02: "AM02", // Friesland
  AM03: "AM03", // Drenthe
  AM04: "AM36", // Regio Zwolle
  AM05: "AM05", // Twente
  AM06: "AM06", // Stedendriehoek en Noordwest Veluwe
  AM07: "AM09", // Achterhoek
  AM08: "AM07", // Midden-Gelderland
  AM09: "AM08", // Rijk van Nijmegen
  AM10: "AM38", // FoodValley
  AM11: "AM13", // Midden-Utrecht
  AM12: "AM14", // Amersfoort
  AM13: "AM12", // Gooi en Vechtstreek
  AM14: "AM11", // Flevoland
  AM15: "AM15", // Noord-Holland Noord
  AM16: "AM17", // Zaanstreek/Waterland
  AM17: "AM18", // Groot Amsterdam
  AM18: "AM37", // Zuid-Kennemerland en IJmond
  AM19: "AM19", // Holland Rijnland
  AM20: "AM21", // Haaglanden
  AM21: "AM20", // Midden-Holland
  AM22: "AM34", // Zuid-Holland Centraal
  AM23: "AM22", // Rijnmond
  AM24: "AM23", // Drechtsteden
  AM25: "AM35", // Gorinchem
  AM26: "AM10", // Rivierenland
  AM27: "AM24", // Zeeland
  AM28: "AM25", // West-Brabant
  AM29: "AM26", // Midden-Brabant
  AM30: "AM27", // Noordoost-Brabant
  AM31: "AM28", // Zuidoost-Brabant
  AM32: "AM32", // Helmond-De Peel
  AM33: "AM29", // Noord-Limburg
  AM34: "AM33", // Midden-Limburg
  AM35: "AM30", // Zuid-Limburg
};

/** The regions in the shape `parseMunicipalityCsv` needs to also read CBS code columns. */
export const regionsForImport: { id: string; name: string; cbsCode?: string }[] = regions.map((r) => ({
  id: r.id,
  name: r.name,
  cbsCode: cbsRegionCodes[r.id],
}));
