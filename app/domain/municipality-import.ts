/**
 * Reads the municipality → arbeidsmarktregio table (CSV) that an administrator
 * imports. Pure: the only dependency is csv-parse on the given string.
 *
 * File format
 * - UTF-8, an optional BOM is ignored. Delimiter ";" or "," (or a tab), detected
 *   from the header line. Line endings LF, CRLF or CR. Fields may be quoted;
 *   a field cannot span several lines.
 * - The first non-blank line is the header. Blank lines (also lines with only
 *   delimiters, as spreadsheets write them) are ignored. Columns that are not
 *   recognised (e.g. Provincienaam in a CBS file) are ignored.
 * - Header names are matched case-insensitively, ignoring spaces, "_" and "-".
 *   Accepted names (first match in this order wins when several are present):
 *     gemeentecode:  GemeentecodeGM, gemeentecode, code
 *     gemeentenaam:  gemeentenaam, naam
 *     region:        arbeidsmarktregio, ArbeidsmarktregioNaam
 *                    — the portal id ("AM23") or the region name;
 *                    ArbeidsmarktregioCode / arbeidsmarktregiocode
 *                    — a CBS code, used only when there is no name column.
 *   CBS numbers its arbeidsmarktregio codes differently from the portal ids
 *   (both look like "AM07"), so a CBS code is looked up through
 *   `cbsCode` of the given regions and never read as a portal id. Without
 *   `cbsCode`s a file with only a CBS code column is rejected.
 *
 * Values
 * - gemeentecode: "GM" + 4 digits (case-insensitive). A bare number of 1–4
 *   digits is the same code without prefix/leading zeros (spreadsheets drop
 *   them) and is normalised: "599" → "GM0599".
 * - gemeentenaam: non-empty.
 * - region: a portal id (case-insensitive) or a region name, compared
 *   case-insensitively and ignoring spaces and punctuation ("Food Valley" =
 *   "FoodValley", "Zaanstreek / Waterland" = "Zaanstreek/Waterland"), with or
 *   without the prefix "Arbeidsmarktregio ".
 * - A gemeentecode may occur once; a repeat is an error on the later line.
 *
 * Errors carry the 1-based physical line number (header = line 1) and a
 * message key (`err("admin", "csv…", values)`) that the page shows in the
 * user's language. All errors are collected; any error makes the result
 * `ok: false` and the caller imports nothing.
 */
import { parse } from "csv-parse/sync";
import { err } from "~/i18n/errors";

export type MunicipalityImportRow = { code: string; name: string; regionId: string };
export type MunicipalityImportError = { line: number; message: string };
export type MunicipalityImportResult =
  | { ok: true; rows: MunicipalityImportRow[] }
  | { ok: false; errors: MunicipalityImportError[] };

/** A region as the importer needs it; `cbsCode` is only needed to read CBS code columns. */
export type ImportRegion = { id: string; name: string; cbsCode?: string };

type Role = "code" | "name" | "region" | "cbsRegionCode";

/** Accepted header names per role, normalised by `headerKey`, in order of preference. */
const HEADER_NAMES: Record<Role, readonly string[]> = {
  code: ["gemeentecodegm", "gemeentecode", "code"],
  name: ["gemeentenaam", "naam"],
  region: ["arbeidsmarktregio", "arbeidsmarktregionaam"],
  cbsRegionCode: ["arbeidsmarktregiocode"],
};

const CODE_PATTERN = /^GM\d{4}$/;
const BARE_CODE_PATTERN = /^\d{1,4}$/;

const headerKey = (cell: string) => cell.trim().toLowerCase().replace(/[\s_-]+/g, "");

/** Region names compared without case, diacritics, spaces and punctuation. */
function regionKey(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/^arbeidsmarktregio\s+/, "")
    .replace(/[^a-z0-9]/g, "");
}

function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
}

function detectDelimiter(headerLine: string): string {
  const candidates = [";", ",", "\t"] as const;
  let best: string = ";";
  let bestCount = 0;
  for (const candidate of candidates) {
    const count = headerLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function isBlank(line: string, delimiter: string): boolean {
  return line.split(delimiter).every((part) => part.trim() === "" || part.trim() === '""');
}

/** Parses one physical line into cells; undefined when the quoting is broken. */
function parseLine(line: string, delimiter: string): string[] | undefined {
  try {
    const records = parse(line, {
      delimiter,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: false,
    });
    return records.length === 1 ? records[0] : undefined;
  } catch {
    return undefined;
  }
}

/** Levenshtein distance, for "bedoelt u …?" suggestions. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

type RegionLookup = {
  byId: Map<string, string>;
  byName: Map<string, string[]>;
  byCbsCode: Map<string, string>;
  names: { key: string; name: string }[];
};

function buildLookup(regions: readonly ImportRegion[]): RegionLookup {
  const byId = new Map<string, string>();
  const byName = new Map<string, string[]>();
  const byCbsCode = new Map<string, string>();
  const names: { key: string; name: string }[] = [];
  for (const region of regions) {
    byId.set(region.id.trim().toUpperCase(), region.id);
    const key = regionKey(region.name);
    byName.set(key, [...(byName.get(key) ?? []), region.id]);
    names.push({ key, name: region.name });
    if (region.cbsCode) byCbsCode.set(region.cbsCode.trim().toUpperCase(), region.id);
  }
  return { byId, byName, byCbsCode, names };
}

type RegionResolution = { regionId: string } | { error: string };

function resolveRegionValue(value: string, lookup: RegionLookup): RegionResolution {
  const byId = lookup.byId.get(value.toUpperCase());
  if (byId) return { regionId: byId };
  const key = regionKey(value);
  const matches = key === "" ? [] : (lookup.byName.get(key) ?? []);
  const [only] = matches;
  if (matches.length === 1 && only !== undefined) return { regionId: only };
  if (matches.length > 1) return { error: err("admin", "csvRegionAmbiguous", { value }) };
  const suggestion = lookup.names
    .map((n) => ({ name: n.name, d: distance(key, n.key) }))
    .filter((n) => n.d <= 2)
    .sort((a, b) => a.d - b.d)[0];
  return {
    error: suggestion
      ? err("admin", "csvRegionSuggestion", { value, suggestion: suggestion.name })
      : err("admin", "csvRegionUnknown", { value }),
  };
}

function resolveCbsRegionCode(value: string, lookup: RegionLookup): RegionResolution {
  const regionId = lookup.byCbsCode.get(value.toUpperCase());
  return regionId ? { regionId } : { error: err("admin", "csvCbsCodeUnknown", { value }) };
}

function normaliseCode(value: string): string | undefined {
  const upper = value.toUpperCase();
  if (CODE_PATTERN.test(upper)) return upper;
  if (BARE_CODE_PATTERN.test(value)) return `GM${value.padStart(4, "0")}`;
  return undefined;
}

export function parseMunicipalityCsv(text: string, regions: readonly ImportRegion[]): MunicipalityImportResult {
  const lines = splitLines(text);
  const errors: MunicipalityImportError[] = [];
  const fail = (line: number, message: string) => errors.push({ line, message });

  const headerIndex = lines.findIndex((line) => line.trim() !== "");
  const headerText = headerIndex >= 0 ? lines[headerIndex] : undefined;
  if (headerText === undefined) {
    fail(1, err("admin", "csvEmpty"));
    return { ok: false, errors };
  }
  const headerLine = headerIndex + 1;
  const delimiter = detectDelimiter(headerText);
  const header = parseLine(headerText, delimiter);
  if (!header) {
    fail(headerLine, err("admin", "csvHeaderUnreadable"));
    return { ok: false, errors };
  }

  // Locate the columns.
  const keys = header.map(headerKey);
  const column = (role: Role): number | undefined => {
    for (const name of HEADER_NAMES[role]) {
      const index = keys.indexOf(name);
      if (index >= 0) return index;
    }
    return undefined;
  };
  const codeColumn = column("code");
  const nameColumn = column("name");
  const regionNameColumn = column("region");
  const cbsColumn = regionNameColumn === undefined ? column("cbsRegionCode") : undefined;
  const lookup = buildLookup(regions);

  const looksLikeData = header.some((cell) => CODE_PATTERN.test(cell.toUpperCase()));
  if (looksLikeData) fail(headerLine, err("admin", "csvNoHeader"));
  if (codeColumn === undefined) fail(headerLine, err("admin", "csvMissingCode"));
  if (nameColumn === undefined) fail(headerLine, err("admin", "csvMissingName"));
  if (regionNameColumn === undefined && cbsColumn === undefined) fail(headerLine, err("admin", "csvMissingRegion"));
  if (cbsColumn !== undefined && lookup.byCbsCode.size === 0) {
    fail(headerLine, err("admin", "csvCbsCodes", { column: header[cbsColumn] ?? "" }));
  }
  if (errors.length > 0 || codeColumn === undefined || nameColumn === undefined) return { ok: false, errors };
  const regionColumn = regionNameColumn ?? cbsColumn;
  if (regionColumn === undefined) return { ok: false, errors };
  const resolveRegion = regionNameColumn !== undefined ? resolveRegionValue : resolveCbsRegionCode;

  const rows: MunicipalityImportRow[] = [];
  const firstLineOfCode = new Map<string, number>();
  let dataLines = 0;

  for (let index = headerIndex + 1; index < lines.length; index++) {
    const raw = lines[index] ?? "";
    const line = index + 1;
    if (isBlank(raw, delimiter)) continue;
    dataLines++;

    const cells = parseLine(raw, delimiter);
    if (!cells) {
      fail(line, err("admin", "csvLineUnreadable"));
      continue;
    }
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell !== "")) {
      fail(
        line,
        err("admin", "csvTooManyColumns", { count: cells.length, expected: header.length, delimiter: delimiter === "\t" ? "tab" : delimiter }),
      );
      continue;
    }

    const codeValue = cells[codeColumn] ?? "";
    const nameValue = cells[nameColumn] ?? "";
    const regionValue = cells[regionColumn] ?? "";
    let lineOk = true;

    let code: string | undefined;
    if (codeValue === "") {
      fail(line, err("admin", "csvCodeMissing"));
      lineOk = false;
    } else {
      code = normaliseCode(codeValue);
      if (code === undefined) {
        fail(line, err("admin", "csvCodeInvalid", { value: codeValue }));
        lineOk = false;
      } else {
        const earlier = firstLineOfCode.get(code);
        if (earlier !== undefined) {
          fail(line, err("admin", "csvCodeTwice", { value: code, earlier }));
          lineOk = false;
        } else {
          firstLineOfCode.set(code, line);
        }
      }
    }

    if (nameValue === "") {
      fail(line, err("admin", "csvNameMissing"));
      lineOk = false;
    }

    let regionId: string | undefined;
    if (regionValue === "") {
      fail(line, err("admin", "csvRegionMissing"));
      lineOk = false;
    } else {
      const resolution = resolveRegion(regionValue, lookup);
      if ("error" in resolution) {
        fail(line, resolution.error);
        lineOk = false;
      } else {
        regionId = resolution.regionId;
      }
    }

    if (lineOk && code !== undefined && regionId !== undefined) {
      rows.push({ code, name: nameValue, regionId });
    }
  }

  if (dataLines === 0) {
    fail(headerLine, err("admin", "csvOnlyHeader"));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

export type MunicipalityImportPlan = {
  added: MunicipalityImportRow[];
  changed: MunicipalityImportRow[];
  unchanged: number;
};

/**
 * Compares validated rows with the municipalities already stored: new codes
 * are added, codes whose name or region differ are changed, the rest is left
 * alone. Municipalities missing from the file stay (employers refer to them).
 */
export function planMunicipalityImport(
  existing: readonly MunicipalityImportRow[],
  rows: readonly MunicipalityImportRow[],
): MunicipalityImportPlan {
  const byCode = new Map(existing.map((m) => [m.code, m]));
  const plan: MunicipalityImportPlan = { added: [], changed: [], unchanged: 0 };
  for (const row of rows) {
    const before = byCode.get(row.code);
    if (!before) plan.added.push(row);
    else if (before.name !== row.name || before.regionId !== row.regionId) plan.changed.push(row);
    else plan.unchanged++;
  }
  return plan;
}
