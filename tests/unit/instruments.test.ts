import { describe, expect, it } from "vitest";
import { jargon } from "~/content/jargon";
import { questionnaireDefinitions } from "~/content/questionnaire";
import { MAX_AVERAGE_WORDS, checkTexts, splitSentences, type TextToCheck } from "~/domain/plain-language";
import { instrumentIds } from "~db/seed/reference/instrument-ids";
import { instruments } from "~db/seed/reference/instruments";

function byId(id: string) {
  const found = instruments.find((i) => i.id === id);
  if (!found) throw new Error(`no instrument ${id}`);
  return found;
}

describe("instrument catalogue (seed data)", () => {
  it("has every instrument id exactly once, and nothing else", () => {
    const ids = instruments.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...instrumentIds].sort());
  });

  it("amounts are whole euro cents or null", () => {
    for (const instrument of instruments) {
      if (instrument.amountCents !== null) {
        expect(Number.isSafeInteger(instrument.amountCents), instrument.id).toBe(true);
        expect(instrument.amountCents, instrument.id).toBeGreaterThan(0);
      }
    }
  });

  it("has the amounts from the sources", () => {
    expect(Object.fromEntries(instruments.map((i) => [i.id, i.amountCents]))).toEqual({
      "less-risk-polis": 50_000,
      "jobcoach-voucher": 100_000,
      "kansenkaart-voucher": 200_000,
      "scholing-werkgevers": 99_900,
      "beschut-werk": 850_000,
      "no-riskpolis": null,
      loonkostensubsidie: null,
      loonwaardebepaling: null,
      proefplaatsing: null,
      werkplekaanpassing: null,
    });
  });

  it("only the WSP instruments can be requested through the portal", () => {
    const requestable = instruments.filter((i) => i.requestable).map((i) => i.id);
    expect(requestable.sort()).toEqual(
      ["jobcoach-voucher", "kansenkaart-voucher", "less-risk-polis", "scholing-werkgevers"].sort(),
    );
    for (const id of ["no-riskpolis", "loonkostensubsidie", "loonwaardebepaling", "proefplaatsing"]) {
      expect(byId(id).provider, id).toMatch(/UWV|gemeente/);
    }
  });

  it("has unique sort orders and a kind, name and provider for every instrument", () => {
    const orders = instruments.map((i) => i.sortOrder);
    expect(new Set(orders).size).toBe(orders.length);
    for (const instrument of instruments) {
      expect(["polis", "voucher", "subsidie", "scholing", "regeling"], instrument.id).toContain(instrument.kind);
      expect(instrument.name.trim().length, instrument.id).toBeGreaterThan(0);
      expect(instrument.provider.trim().length, instrument.id).toBeGreaterThan(0);
    }
  });

  it("the Less-Risk-polis states who it is for and who not", () => {
    const { conditions } = byId("less-risk-polis");
    expect(conditions).toMatch(/niet in het doelgroepregister/);
    for (const excluded of ["Wajong", "WSW", "beschut werk"]) expect(conditions).toContain(excluded);
    expect(conditions).toMatch(/binnen 6 maanden zelf het minimumloon/);
    expect(conditions).toMatch(/Werkgeversservicepunt .*taken binnen 6 maanden te leren/);
  });

  it("descriptions are 1–3 sentences and all texts are B1 with jargon explained", () => {
    const texts: TextToCheck[] = instruments.flatMap((i) => [
      { where: `instrument:${i.id}/omschrijving`, text: i.description },
      // the conditions are shown under the description and may rely on it to explain jargon
      { where: `instrument:${i.id}/voorwaarden`, text: i.conditions, explains: i.description },
    ]);
    for (const instrument of instruments) {
      const sentences = splitSentences(instrument.description).length;
      expect(sentences, instrument.id).toBeGreaterThanOrEqual(1);
      expect(sentences, instrument.id).toBeLessThanOrEqual(3);
    }
    const report = checkTexts(texts, jargon);
    expect(report.violations).toEqual([]);
    expect(report.averageWords).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
  });

  it("every instrument is linked from at least one Kansenkaart option of the newest questionnaire", () => {
    const latest = questionnaireDefinitions[questionnaireDefinitions.length - 1]!;
    const linked = new Set(latest.opportunities.flatMap((o) => o.instrumentIds));
    expect(instrumentIds.filter((id) => !linked.has(id))).toEqual([]);
  });
});
