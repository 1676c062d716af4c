import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { latestDefinition } from "~/content/questionnaire";
import { pickAccountManager } from "~/domain/account-manager";
import { CHECK_STEP, firstIncompleteStep, neighbours, outsideTargetSize, wizardSteps } from "~/domain/wizard";
import { companyProfileSchema } from "~/schemas/company-profile";
import { pillarAnswersSchema, validPartialAnswers } from "~/schemas/scan";
import { enError, nlError } from "../support/i18n";

const definition = latestDefinition();

describe("wizard steps", () => {
  it("are the profile, one page per pillar and the check page: 7 steps", () => {
    const steps = wizardSteps(definition);
    expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(steps[0]?.key).toBe("bedrijf");
    expect(steps.at(-1)?.key).toBe(CHECK_STEP);
    expect(neighbours(definition, definition.pillars[2]!.id)).toMatchObject({
      step: { number: 4 },
      previous: { key: definition.pillars[1]!.id },
      next: { key: definition.pillars[3]!.id },
    });
  });

  it("resume at the first pillar with an unanswered question", () => {
    const answers: Record<string, string> = {};
    expect(firstIncompleteStep(definition, answers)).toBe(definition.pillars[0]!.id);
    for (const q of definition.pillars[0]!.questions) answers[q.id] = q.options[0]!.id;
    expect(firstIncompleteStep(definition, answers)).toBe(definition.pillars[1]!.id);
    for (const p of definition.pillars) for (const q of p.questions) answers[q.id] = "weet-niet";
    expect(firstIncompleteStep(definition, answers)).toBe(CHECK_STEP);
    delete answers[definition.pillars[3]!.questions[2]!.id];
    expect(firstIncompleteStep(definition, answers)).toBe(definition.pillars[3]!.id);
  });

  it("flag company sizes outside 10–300 fte", () => {
    expect([9, 10, 300, 301].map(outsideTargetSize)).toEqual([true, false, false, true]);
  });
});

describe("pillar answer schema", () => {
  const pillar = definition.pillars[0]!;
  it("requires every question, with a message in Dutch and in English", () => {
    const result = pillarAnswersSchema(pillar).safeParse({});
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toHaveLength(pillar.questions.length);
      expect(nlError(result.error.issues[0]?.message)).toContain("Kies een antwoord");
      expect(enError(result.error.issues[0]?.message)).toContain("Choose an answer");
    }
  });
  it("rejects an option id the question does not have and accepts 'Weet ik niet'", () => {
    const all = Object.fromEntries(pillar.questions.map((q) => [q.id, "weet-niet"]));
    expect(pillarAnswersSchema(pillar).safeParse(all).success).toBe(true);
    expect(pillarAnswersSchema(pillar).safeParse({ ...all, [pillar.questions[0]!.id]: "<script>" }).success).toBe(false);
  });
  it("keeps only valid answers when saving for later", () => {
    const q0 = pillar.questions[0]!;
    const q1 = pillar.questions[1]!;
    expect(validPartialAnswers(pillar, { [q0.id]: q0.options[1]!.id, [q1.id]: "bestaat-niet", other: "x" })).toEqual({
      [q0.id]: q0.options[1]!.id,
    });
  });
});

describe("company profile schema", () => {
  const valid = {
    name: "Bakkerij Test",
    kvk: "1234 5678",
    sectorId: "zorg-welzijn",
    fte: "25",
    municipalityCode: "GM0599",
    contactName: "Sam",
    email: "Sam@Bedrijf.NL",
  };
  it("normalises the KvK-nummer and the e-mail address", () => {
    const parsed = companyProfileSchema.parse(valid);
    expect(parsed.kvk).toBe("12345678");
    expect(parsed.email).toBe("sam@bedrijf.nl");
    expect(parsed.fte).toBe(25);
  });
  it("rejects a KvK-nummer that is not exactly 8 digits", () => {
    for (const kvk of ["123456789", "1234567", "1234567a", ""]) {
      const r = companyProfileSchema.safeParse({ ...valid, kvk });
      expect(r.success, kvk).toBe(false);
      if (!r.success) expect(nlError(r.error.issues.find((i) => i.path[0] === "kvk")?.message)).toMatch(/KvK-nummer/);
    }
  });
  it("needs a municipality or a region", () => {
    const r = companyProfileSchema.safeParse({ ...valid, municipalityCode: "" });
    expect(r.success).toBe(false);
    expect(companyProfileSchema.safeParse({ ...valid, municipalityCode: "", regionId: "AM23" }).success).toBe(true);
  });
  it("rejects 100 kB of text with a message instead of storing it", () => {
    const r = companyProfileSchema.safeParse({ ...valid, name: "x".repeat(100_000) });
    expect(r.success).toBe(false);
    if (!r.success) expect(nlError(r.error.issues[0]?.message)).toContain("te lang");
  });
});

describe("accountmanager choice", () => {
  it("picks the accountmanager with the fewest employers, deterministically", () => {
    expect(
      pickAccountManager([
        { id: "b", name: "Bram", employers: 3 },
        { id: "a", name: "Anna", employers: 2 },
        { id: "c", name: "Cor", employers: 2 },
      ]),
    ).toBe("a");
    expect(pickAccountManager([])).toBeNull();
  });
  it("never picks someone with more employers than another candidate (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.uuid(), name: fc.string(), employers: fc.nat(50) }), {
          minLength: 1,
          selector: (c) => c.id,
        }),
        (candidates) => {
          const chosen = candidates.find((c) => c.id === pickAccountManager(candidates))!;
          expect(candidates.every((c) => c.employers >= chosen.employers)).toBe(true);
          expect(pickAccountManager([...candidates].reverse())).toBe(chosen.id);
        },
      ),
    );
  });
});
