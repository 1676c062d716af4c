/**
 * Demo data: fictional people and companies, all marked as demo. Region names
 * refer to db/seed/reference/regions.ts.
 */
import type { Role } from "../schema";

export const DEMO_PASSWORD = "Demo-portaal-2026";
/**
 * The second factor (TOTP, base32) of the demo administrator and coordinators: add it
 * to an authenticator app, or compute the code with app/domain/totp.ts. Demo only.
 */
export const DEMO_TOTP_SECRET = "WERKGEVERSPORTAALDEMOTOTPGEHEIM2";

export interface DemoStaff {
  key: string;
  email: string;
  name: string;
  phone: string;
  role: Exclude<Role, "employer">;
  regionName?: string;
  organisationKey?: string;
  backupKey?: string;
}

export interface DemoEmployer {
  key: string;
  name: string;
  kvk: string;
  sectorId: string;
  fte: number;
  municipalityCode: string;
  regionName: string;
  contactName: string;
  email: string;
  phone: string;
  accountManagerKey: string;
}

export const demoOrganisations = [
  { key: "ovr", name: "Ondernemersvereniging Rijnmond (demo)", regionName: "Rijnmond" },
] as const;

export const demoStaff: DemoStaff[] = [
  {
    key: "am-rijnmond-1",
    email: "fatima.elamrani@wsp-rijnmond.demo.example",
    name: "Fatima El Amrani",
    phone: "010 000 01 01",
    role: "accountmanager",
    regionName: "Rijnmond",
    backupKey: "am-rijnmond-2",
  },
  {
    key: "am-rijnmond-2",
    email: "joost.devries@wsp-rijnmond.demo.example",
    name: "Joost de Vries",
    phone: "010 000 01 02",
    role: "accountmanager",
    regionName: "Rijnmond",
    backupKey: "am-rijnmond-1",
  },
  {
    key: "co-rijnmond",
    email: "marieke.jansen@wsp-rijnmond.demo.example",
    name: "Marieke Jansen",
    phone: "010 000 01 03",
    role: "coordinator",
    regionName: "Rijnmond",
  },
  {
    key: "am-zuid-limburg",
    email: "ruud.hermans@wsp-parkstad.demo.example",
    name: "Ruud Hermans",
    phone: "045 000 02 01",
    role: "accountmanager",
    regionName: "Zuid-Limburg",
  },
  {
    key: "co-zuid-limburg",
    email: "sandra.lemmens@wsp-parkstad.demo.example",
    name: "Sandra Lemmens",
    phone: "045 000 02 02",
    role: "coordinator",
    regionName: "Zuid-Limburg",
  },
  {
    key: "org-ovr",
    email: "lotte.bakker@ondernemers-rijnmond.demo.example",
    name: "Lotte Bakker",
    phone: "010 000 03 01",
    role: "organisation",
    organisationKey: "ovr",
  },
  {
    key: "admin",
    email: "beheer@werkgeversportaal.demo.example",
    name: "Karin Smit",
    phone: "030 000 04 01",
    role: "admin",
  },
];

export const demoEmployers: DemoEmployer[] = [
  {
    key: "korenschoof",
    name: "Bakkerij De Korenschoof (demo)",
    kvk: "90000001",
    sectorId: "horeca-detailhandel",
    fte: 24,
    municipalityCode: "GM0599",
    regionName: "Rijnmond",
    contactName: "Anouk Verbeek",
    email: "anouk@korenschoof.demo.example",
    phone: "010 000 10 01",
    accountManagerKey: "am-rijnmond-1",
  },
  {
    key: "glans",
    name: "Schoonmaakbedrijf Glans (demo)",
    kvk: "90000002",
    sectorId: "schoonmaak-facilitair",
    fte: 85,
    municipalityCode: "GM0606",
    regionName: "Rijnmond",
    contactName: "Mehmet Yilmaz",
    email: "mehmet@glans.demo.example",
    phone: "010 000 10 02",
    accountManagerKey: "am-rijnmond-2",
  },
  {
    key: "havenlogistiek",
    name: "Havenlogistiek Waalhaven (demo)",
    kvk: "90000003",
    sectorId: "transport-logistiek-groothandel",
    fte: 140,
    municipalityCode: "GM0599",
    regionName: "Rijnmond",
    contactName: "Sanne de Groot",
    email: "sanne@havenlogistiek.demo.example",
    phone: "010 000 10 03",
    accountManagerKey: "am-rijnmond-1",
  },
  {
    key: "zorgdrie",
    name: "Zorggroep Drie Beken (demo)",
    kvk: "90000004",
    sectorId: "zorg-welzijn",
    fte: 210,
    municipalityCode: "GM0917",
    regionName: "Zuid-Limburg",
    contactName: "Tom Peeters",
    email: "tom@driebeken.demo.example",
    phone: "045 000 10 04",
    accountManagerKey: "am-zuid-limburg",
  },
  {
    key: "installatie",
    name: "Installatietechniek Mergelland (demo)",
    kvk: "90000005",
    sectorId: "techniek-bouw",
    fte: 38,
    municipalityCode: "GM0935",
    regionName: "Zuid-Limburg",
    contactName: "Eva Janssen",
    email: "eva@mergelland.demo.example",
    phone: "043 000 10 05",
    accountManagerKey: "am-zuid-limburg",
  },
];
