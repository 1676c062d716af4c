import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jargon } from "~/content/jargon";
import {
  ALTERNATIVES,
  NOTES,
  REASONS,
  SITUATIONS,
  SPECIAL_SCHEMES,
  YES_NO,
  YES_NO_UNKNOWN,
  checkEligibility,
  eligibilitySchema,
  type EligibilityInput,
  type EligibilityResult,
} from "~/domain/less-risk-eligibility";
import { MAX_AVERAGE_WORDS, checkTexts, type TextToCheck } from "~/domain/plain-language";
import { requestsMessages } from "~/i18n/requests";
import { instrumentIds } from "~db/seed/reference/instrument-ids";
import { nlError } from "../support/i18n";

/** The Dutch texts the employer reads for the codes of a result. */
const texts = requestsMessages.nl.eligibility;

/** A typical candidate: long-term WW, learnable tasks, a guide at work. */
const FITS: EligibilityInput = {
  situation: "ww",
  inTargetRegister: "nee",
  specialScheme: "geen",
  minimumWageWithin6Months: "ja",
  tasksLearnableWithin6Months: "ja",
  internalGuide: "ja",
};

function notEligible(result: EligibilityResult) {
  if (result.eligible) throw new Error("expected not eligible");
  return result;
}
function eligible(result: EligibilityResult) {
  if (!result.eligible) throw new Error(`expected eligible, got: ${result.reasons.join(" | ")}`);
  return result;
}
const ids = (result: EligibilityResult) => notEligible(result).alternatives;

/** All 4 × 3 × 4 × 3 × 3 × 2 = 864 combinations of answers. */
function allInputs(): EligibilityInput[] {
  const out: EligibilityInput[] = [];
  for (const situation of SITUATIONS)
    for (const inTargetRegister of YES_NO_UNKNOWN)
      for (const specialScheme of SPECIAL_SCHEMES)
        for (const minimumWageWithin6Months of YES_NO_UNKNOWN)
          for (const tasksLearnableWithin6Months of YES_NO_UNKNOWN)
            for (const internalGuide of YES_NO)
              out.push({ situation, inTargetRegister, specialScheme, minimumWageWithin6Months, tasksLearnableWithin6Months, internalGuide });
  return out;
}

describe("checkEligibility: eligible", () => {
  it("a typical candidate fits, without notes", () => {
    expect(checkEligibility(FITS)).toEqual({ eligible: true, notes: [] });
    expect(checkEligibility({ ...FITS, situation: "bijstand" })).toEqual({ eligible: true, notes: [] });
    expect(checkEligibility({ ...FITS, situation: "statushouder" })).toEqual({ eligible: true, notes: [] });
  });

  it("'weet niet' does not block: the accountmanager checks it together with the employer", () => {
    const r = eligible(checkEligibility({ ...FITS, inTargetRegister: "weet-niet" }));
    expect(r.notes).toEqual(["inTargetRegisterUnknown"]);
    expect(texts.notes.inTargetRegisterUnknown).toContain("samen met u");

    expect(eligible(checkEligibility({ ...FITS, minimumWageWithin6Months: "weet-niet" })).notes).toEqual(["minimumWageUnknown"]);
    expect(eligible(checkEligibility({ ...FITS, tasksLearnableWithin6Months: "weet-niet" })).notes).toEqual(["tasksUnknown"]);
    expect(texts.notes.minimumWageUnknown).toContain("samen met u");
    expect(texts.notes.tasksUnknown).toContain("samen met u");
  });

  it("no internal guide: still fits, with a note that a buddy or jobcoach is needed and the voucher helps", () => {
    const r = eligible(checkEligibility({ ...FITS, internalGuide: "nee" }));
    expect(r.notes).toEqual(["noInternalGuide"]);
    expect(texts.notes.noInternalGuide).toMatch(/buddy/);
    expect(texts.notes.noInternalGuide).toMatch(/jobcoach /);
    expect(texts.notes.noInternalGuide).toMatch(/jobcoachvoucher/);
  });

  it("another situation than WW, bijstand or statushouder does not block, but gets a note", () => {
    expect(eligible(checkEligibility({ ...FITS, situation: "anders" })).notes).toEqual(["otherSituation"]);
  });

  it("all notes together, in a fixed order", () => {
    const r = eligible(
      checkEligibility({
        situation: "anders",
        inTargetRegister: "weet-niet",
        specialScheme: "geen",
        minimumWageWithin6Months: "weet-niet",
        tasksLearnableWithin6Months: "weet-niet",
        internalGuide: "nee",
      }),
    );
    expect(r.notes).toEqual(["otherSituation", "inTargetRegisterUnknown", "minimumWageUnknown", "tasksUnknown", "noInternalGuide"]);
  });
});

describe("checkEligibility: not eligible", () => {
  it("in the doelgroepregister → the no-riskpolis of UWV and loonkostensubsidie", () => {
    const r = notEligible(checkEligibility({ ...FITS, inTargetRegister: "ja" }));
    expect(r.reasons).toEqual(["inTargetRegister"]);
    expect(texts.reasons.inTargetRegister).toMatch(/doelgroepregister \(/);
    expect(ids(r)).toEqual(["no-riskpolis", "loonkostensubsidie"]);
    expect(texts.alternatives["no-riskpolis"]).toMatch(/UWV/);
  });

  it("Wajong → no-riskpolis and loonwaardebepaling", () => {
    const r = notEligible(checkEligibility({ ...FITS, specialScheme: "wajong" }));
    expect(r.reasons).toEqual(["wajong"]);
    expect(texts.reasons.wajong).toMatch(/Wajong/);
    expect(ids(r)).toEqual(["no-riskpolis", "loonwaardebepaling"]);
  });

  it("WSW → no-riskpolis and loonkostensubsidie", () => {
    const r = notEligible(checkEligibility({ ...FITS, specialScheme: "wsw" }));
    expect(r.reasons).toEqual(["wsw"]);
    expect(texts.reasons.wsw).toMatch(/WSW/);
    expect(ids(r)).toEqual(["no-riskpolis", "loonkostensubsidie"]);
  });

  it("beschut werk → beschut werk first, then loonkostensubsidie and no-riskpolis", () => {
    const r = notEligible(checkEligibility({ ...FITS, specialScheme: "beschut-werk" }));
    expect(r.reasons).toEqual(["beschut-werk"]);
    expect(texts.reasons["beschut-werk"]).toMatch(/beschut werk/);
    expect(ids(r)).toEqual(["beschut-werk", "loonkostensubsidie", "no-riskpolis"]);
  });

  it("cannot earn the minimum wage within 6 months → loonkostensubsidie, loonwaardebepaling, proefplaatsing", () => {
    const r = notEligible(checkEligibility({ ...FITS, minimumWageWithin6Months: "nee" }));
    expect(r.reasons).toEqual(["minimumWage"]);
    expect(texts.reasons.minimumWage).toMatch(/minimumloon/);
    expect(ids(r)).toEqual(["loonkostensubsidie", "loonwaardebepaling", "proefplaatsing"]);
  });

  it("tasks not learnable within 6 months → talk to the accountmanager about jobcarving or functiecreatie", () => {
    const r = notEligible(checkEligibility({ ...FITS, tasksLearnableWithin6Months: "nee" }));
    expect(r.reasons).toEqual(["tasksNotLearnable"]);
    expect(texts.reasons.tasksNotLearnable).toMatch(/6 maanden/);
    expect(r.alternatives).toEqual(["kansenkaart-voucher"]);
    expect(texts.alternatives["kansenkaart-voucher"]).toMatch(/accountmanager/);
    expect(texts.alternatives["kansenkaart-voucher"]).toMatch(/jobcarving/);
    expect(texts.alternatives["kansenkaart-voucher"]).toMatch(/functiecreatie/);
  });

  it("several blocking answers: one reason each, every alternative once, in order of the reasons", () => {
    const r = notEligible(
      checkEligibility({ ...FITS, inTargetRegister: "ja", specialScheme: "wsw", minimumWageWithin6Months: "nee", tasksLearnableWithin6Months: "nee" }),
    );
    expect(r.reasons).toHaveLength(4);
    expect(ids(r)).toEqual(["no-riskpolis", "loonkostensubsidie", "loonwaardebepaling", "proefplaatsing", "kansenkaart-voucher"]);
  });

  it("a missing guide or another situation is not a reason to refuse, and gives no notes when refused", () => {
    const r = notEligible(checkEligibility({ ...FITS, situation: "anders", internalGuide: "nee", inTargetRegister: "ja" }));
    expect(r.reasons).toHaveLength(1);
    expect(r).not.toHaveProperty("notes");
  });
});

describe("checkEligibility over all 864 combinations", () => {
  const inputs = allInputs();
  const blocked = (i: EligibilityInput) =>
    i.inTargetRegister === "ja" || i.specialScheme !== "geen" || i.minimumWageWithin6Months === "nee" || i.tasksLearnableWithin6Months === "nee";

  it("enumerates every combination once", () => {
    expect(inputs).toHaveLength(864);
    expect(new Set(inputs.map((i) => JSON.stringify(i))).size).toBe(864);
  });

  it("every not-eligible result has at least one reason and one alternative, all known instruments, none twice", () => {
    let refused = 0;
    for (const input of inputs) {
      const r = checkEligibility(input);
      if (r.eligible) continue;
      refused += 1;
      expect(r.reasons.length, JSON.stringify(input)).toBeGreaterThan(0);
      expect(r.alternatives.length, JSON.stringify(input)).toBeGreaterThan(0);
      const alternativeIds = r.alternatives;
      expect(new Set(alternativeIds).size).toBe(alternativeIds.length);
      expect(new Set(r.reasons).size).toBe(r.reasons.length);
      for (const id of alternativeIds) expect(instrumentIds).toContain(id);
      expect(alternativeIds).not.toContain("less-risk-polis");
      expect(alternativeIds).not.toContain("jobcoach-voucher");
    }
    expect(refused).toBeGreaterThan(0);
  });

  it("in the doelgroepregister is never eligible", () => {
    for (const input of inputs.filter((i) => i.inTargetRegister === "ja")) expect(checkEligibility(input).eligible).toBe(false);
  });

  it("eligible exactly when no answer blocks; 'weet niet', the situation and the guide never decide", () => {
    for (const input of inputs) expect(checkEligibility(input).eligible, JSON.stringify(input)).toBe(!blocked(input));
  });

  it("the number of reasons is the number of blocking answers", () => {
    for (const input of inputs) {
      const r = checkEligibility(input);
      const count =
        Number(input.inTargetRegister === "ja") +
        Number(input.specialScheme !== "geen") +
        Number(input.minimumWageWithin6Months === "nee") +
        Number(input.tasksLearnableWithin6Months === "nee");
      expect(r.eligible ? 0 : r.reasons.length).toBe(count);
    }
  });

  it("every text the employer can see passes the plain-language check (B1, each text explains its own jargon)", () => {
    const shown: TextToCheck[] = [];
    const seen = new Set<string>();
    const add = (where: string, text: string) => {
      if (seen.has(text)) return;
      seen.add(text);
      shown.push({ where, text });
    };
    for (const input of inputs) {
      const r = checkEligibility(input);
      const where = JSON.stringify(input);
      if (r.eligible) r.notes.forEach((n) => add(`${where}/note:${n}`, texts.notes[n]));
      else {
        r.reasons.forEach((n) => add(`${where}/reason:${n}`, texts.reasons[n]));
        r.alternatives.forEach((a) => add(`${where}/alt:${a}`, texts.alternatives[a]));
      }
    }
    // every code has a text, and every reason, note and alternative occurs in some result
    expect(Object.keys(texts.reasons).sort()).toEqual([...REASONS].sort());
    expect(Object.keys(texts.notes).sort()).toEqual([...NOTES].sort());
    expect(Object.keys(texts.alternatives).sort()).toEqual([...ALTERNATIVES].sort());
    for (const text of [...Object.values(texts.reasons), ...Object.values(texts.notes), ...Object.values(texts.alternatives)]) {
      expect(seen).toContain(text);
    }
    const report = checkTexts(shown, jargon);
    expect(report.violations).toEqual([]);
    expect(report.averageWords).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
  });

  it("the result only depends on the answers (deterministic)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...inputs), (input) => {
        expect(checkEligibility({ ...input })).toEqual(checkEligibility(input));
      }),
      { numRuns: 200 },
    );
  });
});

describe("eligibilitySchema", () => {
  const form = {
    situation: "statushouder",
    inTargetRegister: "weet-niet",
    specialScheme: "geen",
    minimumWageWithin6Months: "ja",
    tasksLearnableWithin6Months: "ja",
    internalGuide: "nee",
  };

  it("accepts the six answers and drops other fields", () => {
    const parsed = eligibilitySchema.parse({ ...form, submissionKey: "x", csrf: "y" });
    expect(parsed).toEqual(form);
    expect(Object.keys(eligibilitySchema.shape).sort()).toEqual(
      ["inTargetRegister", "internalGuide", "minimumWageWithin6Months", "situation", "specialScheme", "tasksLearnableWithin6Months"].sort(),
    );
  });

  it("accepts every combination the domain knows", () => {
    for (const input of allInputs()) expect(eligibilitySchema.safeParse(input).success).toBe(true);
  });

  it("says 'Kies een antwoord' in Dutch next to every missing or unknown field", () => {
    const missing = eligibilitySchema.safeParse({});
    expect(missing.success).toBe(false);
    if (missing.success) return;
    const errors = missing.error.flatten().fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(Object.keys(form).sort());
    for (const messages of Object.values(errors)) expect(nlError(messages?.[0])).toMatch(/^Kies een antwoord/);

    const wrong = eligibilitySchema.safeParse({ ...form, inTargetRegister: "misschien", internalGuide: "weet-niet" });
    expect(wrong.success).toBe(false);
    if (wrong.success) return;
    expect(Object.keys(wrong.error.flatten().fieldErrors).sort()).toEqual(["inTargetRegister", "internalGuide"]);
    expect(nlError(wrong.error.flatten().fieldErrors.internalGuide?.[0])).toBe("Kies een antwoord: ja of nee.");
  });

  it("property: random strings are never accepted as an answer", () => {
    const valid = new Set<string>([...SITUATIONS, ...YES_NO_UNKNOWN, ...SPECIAL_SCHEMES]);
    fc.assert(
      fc.property(fc.string().filter((s) => !valid.has(s)), fc.constantFrom(...Object.keys(form)), (value, field) => {
        expect(eligibilitySchema.safeParse({ ...form, [field]: value }).success).toBe(false);
      }),
    );
  });
});
