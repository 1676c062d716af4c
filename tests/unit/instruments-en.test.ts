import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { INSTRUMENT_TEXT_FIELDS, instrumentsEn, localizeInstrument } from "~/content/instruments-en";
import { MAX_AVERAGE_WORDS, checkTexts, type TextToCheck } from "~/domain/plain-language";
import { instrumentIds } from "~db/seed/reference/instrument-ids";
import { instruments } from "~db/seed/reference/instruments";

/** Names that are the same in both languages. */
const SAME_IN_ENGLISH = new Set(["UWV"]);
const DUTCH_WORDS = /\b(u|uw|het|een|niet|wij|zijn|voor|als|bij|gemeente|regeling)\b/i;

/** A database row as seeding stores it. */
function rowOf(id: string) {
  const seed = instruments.find((i) => i.id === id)!;
  return {
    id: seed.id,
    name: seed.name,
    description: seed.description,
    conditions: seed.conditions,
    provider: seed.provider,
    kind: seed.kind,
    amount_cents: seed.amountCents,
    requestable: seed.requestable ? 1 : 0,
    sort_order: seed.sortOrder,
    updated_at: "2026-11-23T10:00:00.000Z",
  };
}

describe("English texts of the reference instruments", () => {
  it("exist for every reference instrument and no other id", () => {
    expect(Object.keys(instrumentsEn).sort()).toEqual([...instrumentIds].sort());
  });

  it("are translated: not empty, not the Dutch text, no Dutch words, no placeholders", () => {
    const problems: string[] = [];
    for (const seed of instruments) {
      for (const field of INSTRUMENT_TEXT_FIELDS) {
        const nl = seed[field];
        const en = instrumentsEn[seed.id][field];
        const where = `${seed.id}/${field}`;
        if (en.trim() === "") problems.push(`${where}: empty`);
        else if (en === nl && !SAME_IN_ENGLISH.has(nl)) problems.push(`${where}: still Dutch`);
        else if (DUTCH_WORDS.test(en)) problems.push(`${where}: looks Dutch: ${en}`);
        else if (/[{}]|TODO|XXX/.test(en)) problems.push(`${where}: placeholder`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("are plain: descriptions of 1–3 sentences, no sentence over 25 words, on average at most 15", () => {
    const texts: TextToCheck[] = Object.entries(instrumentsEn).flatMap(([id, t]) => [
      { where: `${id}/description`, text: t.description },
      { where: `${id}/conditions`, text: t.conditions },
    ]);
    const report = checkTexts(texts, []);
    expect(report.violations).toEqual([]);
    expect(report.averageWords).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
    for (const seed of instruments) {
      const dutchSentences = seed.description.split(/(?<=\.)\s/).length;
      expect(instrumentsEn[seed.id].description.split(/(?<=\.)\s/).length, seed.id).toBe(dutchSentences);
    }
  });

  it("were made from the current Dutch reference texts (change the English with the Dutch, then this fingerprint)", () => {
    const dutch = instruments.map((i) => INSTRUMENT_TEXT_FIELDS.map((field) => i[field]));
    expect(createHash("sha256").update(JSON.stringify(dutch)).digest("hex").slice(0, 16)).toBe("2d9c529ad3096e69");
  });
});

describe("localizeInstrument", () => {
  it("returns the instrument itself for nl", () => {
    const row = rowOf("less-risk-polis");
    expect(localizeInstrument(row, "nl")).toBe(row);
  });

  it("gives the English texts of a reference instrument and keeps every other field", () => {
    const row = rowOf("less-risk-polis");
    const before = structuredClone(row);
    const english = localizeInstrument(row, "en");
    expect(english).toEqual({ ...row, ...instrumentsEn["less-risk-polis"] });
    expect(english.name).toBe("Less-Risk policy");
    expect(english.provider).toBe("Employer Service Point");
    expect(row).toEqual(before);
  });

  it("works on any shape with an id: a report line or just id and name", () => {
    expect(localizeInstrument({ id: "no-riskpolis", name: "No-riskpolis" }, "en")).toEqual({ id: "no-riskpolis", name: "No-risk policy" });
    const line = { id: "loonkostensubsidie", name: "Loonkostensubsidie", description: rowOf("loonkostensubsidie").description, amount: null, provider: "gemeente", requestable: false };
    expect(localizeInstrument(line, "en")).toEqual({
      ...line,
      name: "Wage cost subsidy",
      description: instrumentsEn.loonkostensubsidie.description,
      provider: "municipality",
    });
  });

  it("keeps Dutch for an instrument an administrator added, and for a text an administrator changed", () => {
    const added = { id: "3f2b8c0e-1111-4c4c-9d9d-0123456789ab", name: "Regionale startersbonus", description: "Een bonus voor starters." };
    expect(localizeInstrument(added, "en")).toBe(added);

    const changed = { ...rowOf("jobcoach-voucher"), description: "Met deze voucher krijgt u een jobcoach voor een jaar." };
    const english = localizeInstrument(changed, "en");
    expect(english.description).toBe(changed.description);
    expect(english.name).toBe("Job coach voucher");
    expect(english.conditions).toBe(instrumentsEn["jobcoach-voucher"].conditions);
  });
});
