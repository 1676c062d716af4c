import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseMunicipalityCsv, planMunicipalityImport, type MunicipalityImportResult } from "~/domain/municipality-import";
import { enError, nlError } from "../support/i18n";
import { cbsRegionCodes, regionSlug, regions, regionsForImport } from "~db/seed/reference/regions";
import { sectors } from "~db/seed/reference/sectors";

const demoCsvPath = fileURLToPath(new URL("../../db/seed/reference/municipalities-demo.csv", import.meta.url));
const demoCsv = readFileSync(demoCsvPath, "utf8");

const regionId = (name: string) => {
  const region = regions.find((r) => r.name === name);
  if (!region) throw new Error(`test setup: no region ${name}`);
  return region.id;
};

/** The errors as an administrator reads them in Dutch: "Regel n: …" (the page shows the line in its own column). */
function expectErrors(result: MunicipalityImportResult) {
  if (result.ok) throw new Error(`expected errors, got ${result.rows.length} rows`);
  return result.errors.map((e) => ({ line: e.line, message: `Regel ${e.line}: ${nlError(e.message)}` }));
}

function expectRows(result: MunicipalityImportResult) {
  if (!result.ok) throw new Error(`expected rows, got errors: ${result.errors.map((e) => nlError(e.message)).join(" | ")}`);
  return result.rows;
}

describe("reference regions", () => {
  it("has exactly the 35 arbeidsmarktregio's with unique ids AM01..AM35 and unique names", () => {
    expect(regions).toHaveLength(35);
    expect(regions.map((r) => r.id)).toEqual(
      Array.from({ length: 35 }, (_, i) => `AM${String(i + 1).padStart(2, "0")}`),
    );
    expect(new Set(regions.map((r) => r.name)).size).toBe(35);
    // Names must also stay distinct under the importer's tolerant comparison.
    const loose = regions.map((r) => r.name.toLowerCase().replace(/[^a-z0-9]/g, ""));
    expect(new Set(loose).size).toBe(35);
    expect(regions.map((r) => r.name)).toEqual(
      expect.arrayContaining(["Rijnmond", "Zuid-Limburg", "Zuid-Holland Centraal", "Helmond-De Peel", "FoodValley"]),
    );
  });

  it("uses the WSP names from the sources and obviously fictional contact data", () => {
    const byName = (name: string) => regions.find((r) => r.name === name);
    expect(byName("Rijnmond")?.wspName).toBe("WSP Rijnmond");
    expect(byName("Zuid-Limburg")?.wspName).toBe("WSP Parkstad");
    expect(byName("Twente")?.wspName).toBe("WSP Twente");
    expect(byName("Rijnmond")?.wspEmail).toBe("rijnmond@wsp.demo.example");
    expect(byName("Zaanstreek/Waterland")?.wspEmail).toBe("zaanstreek-waterland@wsp.demo.example");
    expect(regionSlug(regionId("Rijnmond"))).toBe("rijnmond");
    expect(regionSlug("AM99")).toBeUndefined();
    for (const [index, r] of regions.entries()) {
      expect(r.wspEmail).toMatch(/^[a-z0-9-]+@wsp\.demo\.example$/);
      expect(r.wspPhone).toBe(`088 000 00 ${String(index + 1).padStart(2, "0")}`);
      expect(r.serviceNormDays).toBe(2);
      expect(r.demoContact).toBe(true);
    }
    expect(new Set(regions.map((r) => r.wspEmail)).size).toBe(35);
  });

  it("maps every region to a distinct CBS code", () => {
    const codes = regions.map((r) => cbsRegionCodes[r.id]);
    expect(codes.every((c) => c !== undefined && /^AM\d{2}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(35);
    expect(cbsRegionCodes[regionId("Rijnmond")]).toBe("AM22");
  });
});

describe("reference sectors", () => {
  it("has unique slug ids, unique names and a strict sort order ending with Overig", () => {
    expect(sectors).toHaveLength(12);
    expect(new Set(sectors.map((s) => s.id)).size).toBe(sectors.length);
    expect(new Set(sectors.map((s) => s.name)).size).toBe(sectors.length);
    for (const s of sectors) expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const sorted = [...sectors].sort((a, b) => a.sortOrder - b.sortOrder);
    expect(sorted.at(-1)?.name).toBe("Overig");
    expect(new Set(sectors.map((s) => s.sortOrder)).size).toBe(sectors.length);
  });
});

describe("shipped demo CSV", () => {
  it("parses with zero errors and references only existing regions", () => {
    const rows = expectRows(parseMunicipalityCsv(demoCsv, regions));
    expect(rows.length).toBeGreaterThanOrEqual(50);
    const ids = new Set(regions.map((r) => r.id));
    for (const row of rows) {
      expect(ids.has(row.regionId)).toBe(true);
      expect(row.code).toMatch(/^GM\d{4}$/);
    }
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it("is semicolon-separated with the documented header and no comments", () => {
    const lines = demoCsv.trimEnd().split("\n");
    expect(lines[0]).toBe("gemeentecode;gemeentenaam;arbeidsmarktregio");
    for (const line of lines.slice(1)) expect(line.split(";")).toHaveLength(3);
    expect(demoCsv).not.toMatch(/^#/m);
  });

  it("covers the regions the demo relies on, with the known anchor codes", () => {
    const rows = expectRows(parseMunicipalityCsv(demoCsv, regions));
    const regionOf = (code: string) => rows.find((r) => r.code === code)?.regionId;
    expect(regionOf("GM0599")).toBe(regionId("Rijnmond")); // Rotterdam
    expect(regionOf("GM0606")).toBe(regionId("Rijnmond")); // Schiedam
    expect(regionOf("GM0935")).toBe(regionId("Zuid-Limburg")); // Maastricht
    expect(regionOf("GM0917")).toBe(regionId("Zuid-Limburg")); // Heerlen
    expect(regionOf("GM0307")).toBe(regionId("Amersfoort"));
    expect(regionOf("GM0513")).toBe(regionId("Midden-Holland")); // Gouda
    expect(regionOf("GM0546")).toBe(regionId("Holland Rijnland")); // Leiden
    expect(regionOf("GM0855")).toBe(regionId("Midden-Brabant")); // Tilburg
    expect(regionOf("GM0758")).toBe(regionId("West-Brabant")); // Breda
    expect(regionOf("GM0518")).toBe(regionId("Haaglanden")); // 's-Gravenhage
    expect(regionOf("GM0637")).toBe(regionId("Zuid-Holland Centraal")); // Zoetermeer
    expect(regionOf("GM0363")).toBe(regionId("Groot Amsterdam"));
    expect(regionOf("GM0344")).toBe(regionId("Midden-Utrecht"));
    expect(regionOf("GM0014")).toBe(regionId("Groningen"));
    expect(regionOf("GM0153")).toBe(regionId("Twente")); // Enschede
    expect(regionOf("GM0193")).toBe(regionId("Regio Zwolle"));
  });
});

describe("parseMunicipalityCsv", () => {
  const header = "gemeentecode;gemeentenaam;arbeidsmarktregio";

  it("returns normalised rows for a valid file, by name or by portal id", () => {
    const csv = [header, "GM0599;Rotterdam;Rijnmond", "gm0935; Maastricht ;am35", "GM0307;Amersfoort;Arbeidsmarktregio Amersfoort"].join("\n");
    expect(expectRows(parseMunicipalityCsv(csv, regions))).toEqual([
      { code: "GM0599", name: "Rotterdam", regionId: regionId("Rijnmond") },
      { code: "GM0935", name: "Maastricht", regionId: "AM35" },
      { code: "GM0307", name: "Amersfoort", regionId: regionId("Amersfoort") },
    ]);
  });

  it("reports a bad code on line 4 and an unknown region on line 6, with those line numbers", () => {
    const csv = [
      header,
      "GM0599;Rotterdam;Rijnmond",
      "GM0606;Schiedam;Rijnmond",
      "GM59;Vlaardingen;Rijnmond",
      "GM0502;Capelle aan den IJssel;Rijnmond",
      "GM0556;Maassluis;Rotterdamm",
      "GM0917;Heerlen;Zuid-Limburg",
    ].join("\n");
    const errors = expectErrors(parseMunicipalityCsv(csv, regions));
    expect(errors.map((e) => e.line)).toEqual([4, 6]);
    expect(errors[0]?.message).toMatch(/^Regel 4: ongeldige gemeentecode ‘GM59’/);
    expect(errors[1]?.message).toBe("Regel 6: onbekende arbeidsmarktregio ‘Rotterdamm’.");
  });

  it("collects every error, including several on one line", () => {
    const csv = [header, "XX;;Nergens", "GM0599;Rotterdam;Rijnmond"].join("\n");
    const errors = expectErrors(parseMunicipalityCsv(csv, regions));
    expect(errors.map((e) => e.line)).toEqual([2, 2, 2]);
    expect(errors.map((e) => e.message).join(" ")).toMatch(/gemeentecode.*gemeentenaam ontbreekt.*arbeidsmarktregio/);
  });

  it("suggests the nearest region name for a small typo", () => {
    const csv = [header, "GM0599;Rotterdam;Rijnmnod"].join("\n");
    const errors = expectErrors(parseMunicipalityCsv(csv, regions));
    expect(errors[0]?.message).toBe("Regel 2: onbekende arbeidsmarktregio ‘Rijnmnod’. Bedoelt u ‘Rijnmond’?");    // The same error in English, for an administrator who chose English.
    const raw = parseMunicipalityCsv(csv, regions);
    expect(raw.ok ? [] : raw.errors.map((e) => enError(e.message))).toEqual(["unknown arbeidsmarktregio ‘Rijnmnod’. Did you mean ‘Rijnmond’?"]);
  });

  it("accepts a BOM, comma delimiter, CRLF, quoted fields and CBS-style headers", () => {
    const csv =
      "\uFEFFGemeentecodeGM,Gemeentenaam,Provincienaam,ArbeidsmarktregioNaam\r\n" +
      '"GM0599","Rotterdam","Zuid-Holland","Rijnmond"\r\n' +
      "GM0518,'s-Gravenhage,Zuid-Holland,Haaglanden\r\n" +
      '"GM0935","Maastricht","Limburg","Arbeidsmarktregio Zuid-Limburg"\r\n' +
      "GM0479,Zaanstad,Noord-Holland,Zaanstreek / Waterland\r\n" +
      "GM0228,Ede,Gelderland,Food Valley\r\n";
    expect(expectRows(parseMunicipalityCsv(csv, regions))).toEqual([
      { code: "GM0599", name: "Rotterdam", regionId: regionId("Rijnmond") },
      { code: "GM0518", name: "'s-Gravenhage", regionId: regionId("Haaglanden") },
      { code: "GM0935", name: "Maastricht", regionId: regionId("Zuid-Limburg") },
      { code: "GM0479", name: "Zaanstad", regionId: regionId("Zaanstreek/Waterland") },
      { code: "GM0228", name: "Ede", regionId: regionId("FoodValley") },
    ]);
    // A BOM directly before a quoted header cell (as Excel writes "CSV UTF-8").
    const quotedHeader = '\uFEFF"gemeentecode";"gemeentenaam";"arbeidsmarktregio"\n"GM0599";"Rotterdam";"Rijnmond"\n';
    expect(expectRows(parseMunicipalityCsv(quotedHeader, regions))).toEqual([
      { code: "GM0599", name: "Rotterdam", regionId: regionId("Rijnmond") },
    ]);
  });

  it("normalises a bare numeric gemeentecode to GM####", () => {
    const csv = ["code;naam;arbeidsmarktregio", "0599;Rotterdam;Rijnmond", "14;Groningen;Groningen"].join("\n");
    expect(expectRows(parseMunicipalityCsv(csv, regions)).map((r) => r.code)).toEqual(["GM0599", "GM0014"]);
  });

  it("reads a CBS region code column through the CBS code table, not as a portal id", () => {
    // CBS AM07 is Midden-Gelderland; portal AM07 is Achterhoek.
    const csv = ["GemeentecodeGM;Gemeentenaam;ArbeidsmarktregioCode", "GM0202;Arnhem;AM07", "GM0599;Rotterdam;AM22"].join("\n");
    expect(expectRows(parseMunicipalityCsv(csv, regionsForImport))).toEqual([
      { code: "GM0202", name: "Arnhem", regionId: regionId("Midden-Gelderland") },
      { code: "GM0599", name: "Rotterdam", regionId: regionId("Rijnmond") },
    ]);
  });

  it("rejects a CBS code column when the regions carry no CBS codes", () => {
    const csv = ["GemeentecodeGM;Gemeentenaam;ArbeidsmarktregioCode", "GM0202;Arnhem;AM07"].join("\n");
    const errors = expectErrors(parseMunicipalityCsv(csv, regions));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(1);
    expect(errors[0]?.message).toMatch(/^Regel 1: .*CBS-codes/);
  });

  it("prefers the region name column when a CBS file has both name and code", () => {
    const csv = ["GemeentecodeGM;ArbeidsmarktregioCode;ArbeidsmarktregioNaam;Gemeentenaam", "GM0202;AM07;Midden-Gelderland;Arnhem"].join("\n");
    expect(expectRows(parseMunicipalityCsv(csv, regions))).toEqual([
      { code: "GM0202", name: "Arnhem", regionId: regionId("Midden-Gelderland") },
    ]);
  });

  it("reports a duplicate gemeentecode on the second occurrence, pointing at the first", () => {
    const csv = [header, "GM0599;Rotterdam;Rijnmond", "GM0606;Schiedam;Rijnmond", "gm0599;Rotterdam;Rijnmond"].join("\n");
    const errors = expectErrors(parseMunicipalityCsv(csv, regions));
    expect(errors).toEqual([{ line: 4, message: "Regel 4: gemeentecode ‘GM0599’ komt dubbel voor; hij staat ook op regel 2." }]);
  });

  it("ignores blank lines but keeps physical line numbers", () => {
    const csv = [header, "", "GM0599;Rotterdam;Rijnmond", "   ", ";;", "GM0606;Schiedam;Rijnmnd", ""].join("\n");
    const errors = expectErrors(parseMunicipalityCsv(csv, regions));
    expect(errors.map((e) => e.line)).toEqual([6]);
    const ok = [header, "", "GM0599;Rotterdam;Rijnmond", "", ""].join("\r\n");
    expect(expectRows(parseMunicipalityCsv(ok, regions))).toHaveLength(1);
  });

  it("rejects an empty file and a header-only file", () => {
    for (const text of ["", "\uFEFF", "\n\n  \n"]) {
      const errors = expectErrors(parseMunicipalityCsv(text, regions));
      expect(errors).toHaveLength(1);
      expect(errors[0]?.line).toBe(1);
      expect(errors[0]?.message).toMatch(/^Regel 1: het bestand is leeg/);
    }
    for (const text of [header, `${header}\n`, `\uFEFF${header}\r\n\r\n;;\r\n`]) {
      const errors = expectErrors(parseMunicipalityCsv(text, regions));
      expect(errors).toEqual([{ line: 1, message: "Regel 1: het bestand bevat alleen een kopregel en geen gemeenten." }]);
    }
  });

  it("reports missing columns on the header line and hints when the header is absent", () => {
    const errors = expectErrors(parseMunicipalityCsv("gemeentecode;plaats\nGM0599;Rotterdam", regions));
    expect(errors.map((e) => e.line)).toEqual([1, 1]);
    expect(errors.map((e) => e.message).join(" ")).toMatch(/gemeentenaam.*ontbreekt.*arbeidsmarktregio.*ontbreekt/);
    const noHeader = expectErrors(parseMunicipalityCsv("GM0599;Rotterdam;Rijnmond\nGM0606;Schiedam;Rijnmond", regions));
    expect(noHeader[0]?.message).toMatch(/De eerste regel moet de kolomnamen bevatten/);
  });

  it("reports extra columns and broken quoting per line", () => {
    const csv = [
      "gemeentecode,gemeentenaam,arbeidsmarktregio",
      "GM0502,Capelle, aan den IJssel,Rijnmond",
      '"GM0599,"Rotterdam,Rijnmond',
      "GM0606,Schiedam,Rijnmond",
    ].join("\n");
    const errors = expectErrors(parseMunicipalityCsv(csv, regions));
    expect(errors.map((e) => e.line)).toEqual([2, 3]);
    expect(errors[0]?.message).toMatch(/^Regel 2: 4 kolommen/);
    expect(errors[1]?.message).toMatch(/^Regel 3: .*aanhalingstekens/);
  });
});

describe("planMunicipalityImport", () => {
  const stored = [
    { code: "GM0599", name: "Rotterdam", regionId: "AM01" },
    { code: "GM0917", name: "Heerlen", regionId: "AM02" },
    { code: "GM0363", name: "Amsterdam", regionId: "AM03" },
  ];
  it("adds new codes, changes a different name or region, counts identical rows as unchanged", () => {
    const plan = planMunicipalityImport(stored, [
      { code: "GM0599", name: "Rotterdam", regionId: "AM01" },
      { code: "GM0917", name: "Heerlen", regionId: "AM09" },
      { code: "GM0363", name: "Gemeente Amsterdam", regionId: "AM03" },
      { code: "GM9001", name: "Testdorp", regionId: "AM01" },
    ]);
    expect(plan.added.map((r) => r.code)).toEqual(["GM9001"]);
    expect(plan.changed.map((r) => r.code)).toEqual(["GM0917", "GM0363"]);
    expect(plan.unchanged).toBe(1);
  });

  it("leaves municipalities that are missing from the file alone", () => {
    const plan = planMunicipalityImport(stored, [{ code: "GM0599", name: "Rotterdam", regionId: "AM01" }]);
    expect(plan).toEqual({ added: [], changed: [], unchanged: 1 });
  });
});
