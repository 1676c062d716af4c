/**
 * The English questionnaire and instruments work on what the database holds:
 * the published definition (frozen JSON, parsed again) and the seeded
 * instrument rows, also after an administrator changed one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instrumentsEn, localizeInstrument } from "~/content/instruments-en";
import { localizeDefinition } from "~/content/questionnaire/localize";
import { getInstrument, listInstruments, saveInstrument } from "~/models/instrument.server";
import { currentDefinition } from "~/models/questionnaire.server";
import { opportunityMap } from "~/domain/opportunity-map";
import { scoreScan } from "~/domain/scoring";
import { setupDatabase, teardownDatabase } from "../support/db";

beforeAll(async () => {
  await setupDatabase({ reference: true });
});
afterAll(teardownDatabase);

describe("English content from the database", () => {
  it("the published questionnaire shows in English and scores the same", async () => {
    const dutch = await currentDefinition();
    const english = localizeDefinition(dutch, "en");
    expect(english.title).toBe("Future Scan");
    expect(english.pillars[0]!.questions[0]!.text).toBe("Do you know where your company wants to be in three years?");
    expect(english.opportunities.map((o) => o.title)).toEqual([
      "Job creation and job carving",
      "Support at work",
      "Open Hiring",
      "SROI and PSO",
      "Work-and-learn programme and work-based learning",
      "Trial placement",
      "Inclusive redesign",
      "Training for employers",
    ]);

    const answers = Object.fromEntries(dutch.pillars.flatMap((p) => p.questions.map((q) => [q.id, q.options[1]!.id])));
    expect(scoreScan(english, answers).overall).toBe(scoreScan(dutch, answers).overall);
    expect(opportunityMap(english, answers).map((o) => o.fit)).toEqual(opportunityMap(dutch, answers).map((o) => o.fit));
  });

  it("seeded instruments show in English; a text an administrator changed stays as written", async () => {
    const rows = await listInstruments();
    expect(rows.length).toBe(Object.keys(instrumentsEn).length);
    for (const row of rows) {
      const english = localizeInstrument(row, "en");
      expect(english, row.id).toEqual({ ...row, ...instrumentsEn[row.id as keyof typeof instrumentsEn] });
    }

    const row = (await getInstrument("kansenkaart-voucher"))!;
    const description = "Met deze voucher krijgt u een advies op maat. Een adviseur komt bij u langs.";
    const saved = await saveInstrument(
      row.id,
      {
        name: row.name,
        description,
        conditions: row.conditions,
        provider: row.provider,
        kind: row.kind,
        amountCents: row.amount_cents,
        requestable: row.requestable === 1,
      },
      { id: crypto.randomUUID(), role: "admin" },
    );
    expect(saved).toEqual({ ok: true, id: row.id });
    const english = localizeInstrument((await getInstrument(row.id))!, "en");
    expect(english.description).toBe(description);
    expect(english.name).toBe("Opportunity Map voucher");
    expect(english.conditions).toBe(instrumentsEn["kansenkaart-voucher"].conditions);
  });
});
