/**
 * Sectors an employer chooses from (product brief §9). `id` is a stable slug
 * (referenced by demo data and by benchmarks of branchegenoten); `name` is the
 * Dutch label shown in the UI; `sortOrder` is the order in pick lists, with
 * "Overig" last.
 */
export type SectorSeed = { id: string; name: string; sortOrder: number };

export const sectors: SectorSeed[] = [
  { id: "zorg-welzijn", name: "Zorg en welzijn", sortOrder: 1 },
  { id: "zakelijke-dienstverlening", name: "Zakelijke dienstverlening", sortOrder: 2 },
  { id: "techniek-bouw", name: "Techniek en bouw", sortOrder: 3 },
  { id: "industrie-productie", name: "Industrie en productie", sortOrder: 4 },
  { id: "transport-logistiek-groothandel", name: "Transport, logistiek en groothandel", sortOrder: 5 },
  { id: "horeca-detailhandel", name: "Horeca en detailhandel", sortOrder: 6 },
  { id: "groen", name: "Groen (land- en tuinbouw, hoveniers)", sortOrder: 7 },
  { id: "schoonmaak-facilitair", name: "Schoonmaak en facilitair", sortOrder: 8 },
  { id: "ict", name: "ICT", sortOrder: 9 },
  { id: "onderwijs", name: "Onderwijs", sortOrder: 10 },
  { id: "overheid", name: "Overheid", sortOrder: 11 },
  { id: "overig", name: "Overig", sortOrder: 12 },
];
