import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDefinition, latestDefinition, questionnaireDefinitions } from "~/content/questionnaire";
import { publishedChecksums } from "~/content/questionnaire/published";
import {
  FIT_LEVELS,
  OPPORTUNITY_IDS,
  questionnaireDefinitionSchema,
  type Answers,
  type OpportunityId,
  type QuestionnaireDefinition,
} from "~/content/questionnaire/schema";
import { fitFor, opportunityMap, type OpportunityResult } from "~/domain/opportunity-map";
import { splitSentences } from "~/domain/plain-language";
import type { FitLevel } from "~/domain/report-view";
import { scoreScan } from "~/domain/scoring";
import { definitionChecksum } from "~/models/questionnaire.server";

const v1 = getDefinition(1)!;

function questionsOf(definition: QuestionnaireDefinition) {
  return definition.pillars.flatMap((p) => p.questions);
}

/** Every question answered with "Weet ik niet" (no v1 rule uses it), then the given answers on top. */
function answersWith(overrides: Answers): Answers {
  const answers: Answers = Object.fromEntries(questionsOf(v1).map((q) => [q.id, "weet-niet"]));
  for (const [questionId, optionId] of Object.entries(overrides)) {
    const question = questionsOf(v1).find((q) => q.id === questionId);
    if (!question?.options.some((o) => o.id === optionId)) {
      throw new Error(`fixture: ${questionId}=${optionId} is not an answer of v1`);
    }
    answers[questionId] = optionId;
  }
  return answers;
}

function resultFor(id: OpportunityId, answers: Answers, definition = v1): OpportunityResult {
  const found = opportunityMap(definition, answers).find((o) => o.id === id);
  if (!found) throw new Error(`no opportunity ${id}`);
  return found;
}

// ---------------------------------------------------------------------------
// one case per fit level per opportunity: answers, expected points, and a
// piece of the reason that must appear

interface Case {
  answers: Answers;
  points: number;
  reason: string;
}

const cases: Record<OpportunityId, Record<FitLevel, Case>> = {
  functiecreatie: {
    kansrijk: {
      answers: { "iw-taken": "zijn-er", "sb-vacatures": "blijven-open" },
      points: 5,
      reason: "U ziet eenvoudige taken die u kunt samenvoegen",
    },
    mogelijk: {
      answers: { "iw-taken": "nooit-gekeken", "iw-motivatie": "staan-open" },
      points: 2,
      reason: "U heeft nog niet gekeken naar eenvoudige taken",
    },
    "nog niet": {
      answers: { "iw-taken": "zie-ik-niet", "sb-vacatures": "snel" },
      points: -2,
      reason: "U ziet nu geen eenvoudige taken",
    },
  },
  begeleiding: {
    kansrijk: {
      answers: { "iw-begeleiding": "getrainde-collega", "iw-team": "goede-voorbeeld" },
      points: 4,
      reason: "krijgt bij u een vaste collega die helpt",
    },
    mogelijk: {
      answers: { "iw-nazorg": "vaste-momenten", "oa-uitleg-nieuwe-mensen": "beelden" },
      points: 2,
      reason: "na de eerste maanden praten",
    },
    "nog niet": {
      answers: { "iw-team": "geen-geduld", "iw-begeleiding": "vaste-collega" },
      points: 0,
      reason: "weinig tijd of geduld",
    },
  },
  "open-hiring": {
    kansrijk: {
      answers: { "iw-open-hiring": "willen-proberen", "oa-uitleg-nieuwe-mensen": "vragen-of-duidelijk" },
      points: 4,
      reason: "U wilt mensen aannemen zonder cv",
    },
    mogelijk: {
      answers: { "iw-open-hiring": "misschien" },
      points: 1,
      reason: "U staat open voor aannemen zonder cv",
    },
    "nog niet": {
      answers: { "iw-open-hiring": "past-niet", "sb-vacatures": "veel-moeite" },
      points: -1,
      reason: "niet bij u past",
    },
  },
  sroi: {
    kansrijk: {
      answers: { "iw-sroi": "doen-we-al", "sb-koers": "gebruikt" },
      points: 4,
      reason: "U wilt SROI gebruiken",
    },
    mogelijk: {
      answers: { "iw-sroi": "misschien", "sb-hulp-van-buiten": "vaste-contacten" },
      points: 2,
      reason: "U heeft vaste contacten",
    },
    "nog niet": {
      answers: { "iw-sroi": "past-niet", "iw-motivatie": "hoort-bij-ons" },
      points: -1,
      reason: "SROI niet bij uw bedrijf past",
    },
  },
  leerwerktraject: {
    kansrijk: {
      answers: { "iw-leren-en-werken": "willen-proberen", "sb-pensioen": "opvolging-geregeld" },
      points: 4,
      reason: "het vak laten leren",
    },
    mogelijk: {
      answers: { "iw-leren-en-werken": "misschien", "ei-cursussen": "plan-en-geld" },
      points: 2,
      reason: "Leren hoort dus al bij uw bedrijf",
    },
    "nog niet": {
      answers: { "iw-leren-en-werken": "past-niet", "iw-begeleiding": "vaste-collega" },
      points: -2,
      reason: "een leerling naast het werk nu niet bij u past",
    },
  },
  proefplaatsing: {
    kansrijk: {
      answers: { "iw-proefplaatsing": "willen-proberen", "iw-zorgen": "twijfelen" },
      points: 4,
      reason: "op proef laten meewerken",
    },
    mogelijk: {
      answers: { "iw-team": "de-meeste" },
      points: 1,
      reason: "Uw team staat open",
    },
    "nog niet": {
      answers: { "iw-motivatie": "niet-mee-bezig", "iw-proefplaatsing": "misschien" },
      points: -1,
      reason: "U bent nu niet bezig met werk",
    },
  },
  "inclusief-herontwerp": {
    kansrijk: {
      answers: {
        "iw-motivatie": "hoort-bij-ons",
        "sb-koers": "op-papier",
        "sb-techniek": "voorbereid",
        "fw-veranderingen": "eigen-ideeen",
      },
      points: 5,
      reason: "nieuwe techniek",
    },
    mogelijk: {
      answers: { "iw-motivatie": "hoort-bij-ons", "iw-taken": "al-gedaan" },
      points: 3,
      reason: "hoort echt bij uw bedrijf",
    },
    "nog niet": {
      answers: { "iw-motivatie": "geen-haast", "sb-koers": "gebruikt" },
      points: -1,
      reason: "een te grote stap",
    },
  },
  scholing: {
    kansrijk: {
      answers: { "iw-motivatie": "staan-open", "iw-zorgen": "houdt-tegen" },
      points: 4,
      reason: "U heeft zorgen over ziekte, begeleiding of papierwerk",
    },
    mogelijk: {
      answers: { "iw-begeleiding": "als-er-tijd-is", "sb-hulp-van-buiten": "bij-problemen" },
      points: 2,
      reason: "hoe collega's kunnen begeleiden",
    },
    "nog niet": {
      answers: { "iw-motivatie": "niet-mee-bezig", "ei-cursussen": "op-verzoek" },
      points: -1,
      reason: "Een training komt dan te vroeg",
    },
  },
};

describe("fitFor", () => {
  it("is kansrijk from the kansrijk threshold, mogelijk from the mogelijk threshold, else nog niet", () => {
    const thresholds = { kansrijk: 4, mogelijk: 2 };
    expect(fitFor(5, thresholds)).toBe("kansrijk");
    expect(fitFor(4, thresholds)).toBe("kansrijk");
    expect(fitFor(3, thresholds)).toBe("mogelijk");
    expect(fitFor(2, thresholds)).toBe("mogelijk");
    expect(fitFor(1, thresholds)).toBe("nog niet");
    expect(fitFor(-7, thresholds)).toBe("nog niet");
    expect(fitFor(0, { kansrijk: 1, mogelijk: 0 })).toBe("mogelijk");
    expect(fitFor(-1, { kansrijk: 0, mogelijk: -1 })).toBe("mogelijk");
  });
});

describe("Kansenkaart v1: one test per option", () => {
  it("covers every option of the map", () => {
    expect(Object.keys(cases)).toEqual([...OPPORTUNITY_IDS]);
  });

  for (const id of OPPORTUNITY_IDS) {
    it(`${id}: answers that make it kansrijk, mogelijk and nog niet, with the reasons`, () => {
      const opportunity = v1.opportunities.find((o) => o.id === id)!;
      for (const fit of FIT_LEVELS) {
        const { answers, points, reason } = cases[id][fit];
        const result = resultFor(id, answersWith(answers));
        expect({ fit: result.fit, points: result.points }, `${id} ${fit}`).toEqual({ fit, points });
        expect(result.reasons.some((r) => r.includes(reason)), `${id} ${fit}: "${reason}" in ${result.reasons.join(" | ")}`).toBe(
          true,
        );
        expect(result.nextSteps).toEqual(opportunity.nextSteps[fit]);
        expect(result.instrumentIds).toEqual(opportunity.instrumentIds);
        expect(result.title).toBe(opportunity.title);
        expect(result.description).toBe(opportunity.description);
      }
    });
  }

  it("lists positive reasons first, then the negative ones, each in rule order", () => {
    const result = resultFor("begeleiding", answersWith(cases.begeleiding["nog niet"].answers));
    expect(result.reasons).toEqual([
      "Een nieuwe collega krijgt bij u een vaste collega die helpt. Daarop kunt u verder bouwen.",
      "Uw team heeft nu weinig tijd of geduld voor een collega die meer hulp nodig heeft. Dan is begeleiding op de werkvloer nog lastig.",
    ]);

    const mixed = resultFor(
      "open-hiring",
      answersWith({ "iw-zorgen": "houdt-tegen", "iw-open-hiring": "past-niet", "sb-vacatures": "blijven-open" }),
    );
    const rules = v1.opportunities.find((o) => o.id === "open-hiring")!.rules;
    const reasonOf = (questionId: string, optionId: string) =>
      rules.find((r) => r.questionId === questionId && r.optionIds.includes(optionId))!.reason;
    expect(mixed.reasons).toEqual([
      reasonOf("sb-vacatures", "blijven-open"),
      reasonOf("iw-open-hiring", "past-niet"),
      reasonOf("iw-zorgen", "houdt-tegen"),
    ]);
    expect(mixed.points).toBe(2 - 3 - 1);
  });

  it("without answers, or with only 'Weet ik niet', no rule fires and every option is 'nog niet'", () => {
    for (const answers of [{}, answersWith({})]) {
      const map = opportunityMap(v1, answers);
      expect(map.map((o) => o.id)).toEqual([...OPPORTUNITY_IDS]);
      for (const o of map) {
        expect(o.points, o.id).toBe(0);
        expect(o.reasons, o.id).toEqual([]);
        expect(o.fit, o.id).toBe("nog niet");
      }
    }
  });

  it("ignores unknown answer keys, unknown option ids and keys from Object.prototype", () => {
    const answers = answersWith(cases.sroi.kansrijk.answers);
    const noisy: Answers = { ...answers, "bestaat-niet": "doen-we-al", "iw-open-hiring": "bestaat-niet" };
    Object.defineProperty(noisy, "constructor", { value: "x", enumerable: false });
    const clean = { ...answers, "iw-open-hiring": "weet-niet" };
    expect(opportunityMap(v1, noisy)).toEqual(opportunityMap(v1, clean));
    expect(() => opportunityMap(v1, Object.create(null) as Answers)).not.toThrow();
  });

  it("returns fresh arrays: changing a result does not change the definition", () => {
    const [first] = opportunityMap(v1, answersWith(cases.functiecreatie.kansrijk.answers));
    first!.nextSteps.push("iets");
    first!.instrumentIds.length = 0;
    const again = resultFor("functiecreatie", answersWith(cases.functiecreatie.kansrijk.answers));
    expect(again.nextSteps).toEqual(v1.opportunities[0]!.nextSteps.kansrijk);
    expect(again.instrumentIds.length).toBeGreaterThan(0);
  });
});

describe("Kansenkaart v1: every rule on its own", () => {
  const rules = v1.opportunities.flatMap((opportunity) =>
    opportunity.rules.map((rule, i) => ({ opportunity: opportunity.id as OpportunityId, n: i + 1, rule })),
  );

  it.each(rules)("$opportunity rule $n ($rule.questionId → $rule.points)", ({ opportunity, rule }) => {
    for (const optionId of rule.optionIds) {
      const result = resultFor(opportunity, answersWith({ [rule.questionId]: optionId }));
      expect(result.points, optionId).toBe(rule.points);
      expect(result.reasons, optionId).toEqual([rule.reason]);
      expect(result.fit).toBe(fitFor(rule.points, v1.opportunities.find((o) => o.id === opportunity)!.thresholds));
    }
    // any other answer to the same question does not fire this rule
    const question = questionsOf(v1).find((q) => q.id === rule.questionId)!;
    for (const option of question.options.filter((o) => !rule.optionIds.includes(o.id))) {
      const result = resultFor(opportunity, answersWith({ [rule.questionId]: option.id }));
      expect(result.reasons, option.id).not.toContain(rule.reason);
    }
  });
});

describe("Kansenkaart v1 content", () => {
  it("has 3–6 rules, reachable fit levels and 2–3 next steps per level for every option", () => {
    for (const opportunity of v1.opportunities) {
      expect(opportunity.rules.length, opportunity.id).toBeGreaterThanOrEqual(3);
      expect(opportunity.rules.length, opportunity.id).toBeLessThanOrEqual(6);
      // best case: per question the highest-scoring rule; worst case: the lowest (or 0 when none is negative)
      const perQuestion = new Map<string, number[]>();
      for (const rule of opportunity.rules) {
        perQuestion.set(rule.questionId, [...(perQuestion.get(rule.questionId) ?? []), rule.points]);
      }
      const best = [...perQuestion.values()].reduce((sum, p) => sum + Math.max(0, ...p), 0);
      const worst = [...perQuestion.values()].reduce((sum, p) => sum + Math.min(0, ...p), 0);
      expect(best, opportunity.id).toBeGreaterThanOrEqual(opportunity.thresholds.kansrijk);
      expect(worst, opportunity.id).toBeLessThan(opportunity.thresholds.mogelijk);
      for (const fit of FIT_LEVELS) {
        expect(opportunity.nextSteps[fit].length, `${opportunity.id} ${fit}`).toBeGreaterThanOrEqual(2);
        expect(opportunity.nextSteps[fit].length, `${opportunity.id} ${fit}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it("descriptions are 1–2 sentences; reasons are 1–2 sentences and all different", () => {
    const reasons: string[] = [];
    for (const opportunity of v1.opportunities) {
      const sentences = splitSentences(opportunity.description).length;
      expect(sentences, opportunity.id).toBeGreaterThanOrEqual(1);
      expect(sentences, opportunity.id).toBeLessThanOrEqual(2);
      for (const rule of opportunity.rules) {
        expect(splitSentences(rule.reason).length, rule.reason).toBeLessThanOrEqual(2);
        reasons.push(`${opportunity.id}: ${rule.reason}`);
      }
    }
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it("uses the questions of all five pillars, and motivation, team, begeleiding and fears", () => {
    const used = new Set(v1.opportunities.flatMap((o) => o.rules.map((r) => r.questionId)));
    for (const pillar of v1.pillars) {
      expect(pillar.questions.some((q) => used.has(q.id)), pillar.id).toBe(true);
    }
    for (const id of ["iw-motivatie", "iw-team", "iw-begeleiding", "iw-nazorg", "iw-taken", "iw-zorgen"]) {
      expect(used.has(id), id).toBe(true);
    }
  });

  it("addresses the owner with 'u', never with 'je' or 'jij'", () => {
    const informal = /(?<![\p{L}])(je|jij|jou|jouw|jullie)(?![\p{L}])/iu;
    for (const opportunity of v1.opportunities) {
      const texts = [
        opportunity.description,
        ...opportunity.rules.map((r) => r.reason),
        ...FIT_LEVELS.flatMap((fit) => opportunity.nextSteps[fit]),
      ];
      for (const text of texts) expect(text).not.toMatch(informal);
    }
  });
});

// ---------------------------------------------------------------------------
// properties

const completeAnswersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(questionsOf(v1).map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.id))])),
);

describe("opportunityMap properties (random complete answers for v1)", () => {
  it("is deterministic, does not change its input, and gives one of the three fit levels", () => {
    fc.assert(
      fc.property(completeAnswersArb, (answers) => {
        const answersBefore = structuredClone(answers);
        const first = opportunityMap(v1, answers);
        const second = opportunityMap(v1, structuredClone(answers));
        expect(second).toEqual(first);
        expect(answers).toEqual(answersBefore);
        expect(first.map((o) => o.id)).toEqual([...OPPORTUNITY_IDS]);
        for (const o of first) {
          expect(FIT_LEVELS).toContain(o.fit);
          expect(Number.isInteger(o.points)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reasons and points come only from rules whose answers were given, positive reasons first", () => {
    fc.assert(
      fc.property(completeAnswersArb, (answers) => {
        const map = opportunityMap(v1, answers);
        v1.opportunities.forEach((opportunity, i) => {
          const result = map[i]!;
          const fired = opportunity.rules.filter((r) => r.optionIds.includes(answers[r.questionId]!));
          const points = fired.reduce((sum, r) => sum + r.points, 0);
          expect(result.points).toBe(points);
          expect(result.fit).toBe(fitFor(points, opportunity.thresholds));
          expect(result.nextSteps).toEqual(opportunity.nextSteps[result.fit]);
          expect([...result.reasons].sort()).toEqual(fired.map((r) => r.reason).sort());
          const signs = result.reasons.map((reason) => Math.sign(fired.find((r) => r.reason === reason)!.points));
          expect(signs).toEqual([...signs].sort((a, b) => b - a));
        });
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------
// versions

describe("a report made under version 1 is unchanged after version 2 is published", () => {
  /** A fixed, complete set of answers: alternately the best and the worst scored answer. */
  const answers: Answers = Object.fromEntries(
    questionsOf(v1).map((q, i) => {
      const scored = q.options.filter((o) => !("unknown" in o));
      return [q.id, (i % 2 === 0 ? scored[scored.length - 1] : scored[0])!.id];
    }),
  );
  // functiecreatie: only the iw-taken rule fires (3 points: "mogelijk" under v1)
  answers["iw-taken"] = "zijn-er";
  answers["sb-vacatures"] = "snel";
  answers["ei-oudere-medewerkers"] = "hetzelfde-werk";
  answers["iw-motivatie"] = "geen-haast";

  function reportOf(definition: QuestionnaireDefinition) {
    return { scan: scoreScan(definition, answers), opportunities: opportunityMap(definition, answers) };
  }

  function makeV2(): QuestionnaireDefinition {
    const v2 = structuredClone(v1) as QuestionnaireDefinition;
    v2.version = 2;
    const motivatie = v2.pillars[4]!.questions.find((q) => q.id === "iw-motivatie")!;
    motivatie.text = "Wilt u werk geven aan mensen die moeilijk een baan vinden?";
    motivatie.weight = 1;
    const functiecreatie = v2.opportunities.find((o) => o.id === "functiecreatie")!;
    functiecreatie.thresholds = { kansrijk: 3, mogelijk: 1 };
    functiecreatie.rules[0]!.reason = "U ziet taken voor een nieuwe baan.";
    const proef = v2.opportunities.find((o) => o.id === "proefplaatsing")!;
    proef.rules.push({
      questionId: "iw-taken",
      optionIds: ["zijn-er", "al-gedaan"],
      points: 2,
      reason: "U heeft eenvoudige taken waarmee iemand op proef kan beginnen.",
    });
    return questionnaireDefinitionSchema.parse(v2);
  }

  it("v1 gives exactly the same scores and Kansenkaart before and after v2 exists; v2 gives a different result", () => {
    const before = reportOf(v1);
    const v1Copy = structuredClone(v1);

    const v2 = makeV2();
    expect(v2.version).toBe(2);

    // nothing was registered globally, and v1 itself is untouched
    expect(getDefinition(1)).toBe(v1);
    expect(getDefinition(2)).toBeUndefined();
    expect(v1).toEqual(v1Copy);
    expect(definitionChecksum(v1)).toBe(publishedChecksums[1]);

    const after = reportOf(v1);
    expect(after).toEqual(before);

    // the same answers under v2 give a different scan and a different Kansenkaart
    const underV2 = reportOf(v2);
    expect(underV2.scan).not.toEqual(before.scan);
    expect(underV2.opportunities).not.toEqual(before.opportunities);
    const fc1 = before.opportunities.find((o) => o.id === "functiecreatie")!;
    const fc2 = underV2.opportunities.find((o) => o.id === "functiecreatie")!;
    expect([fc1.points, fc1.fit]).toEqual([3, "mogelijk"]);
    expect([fc2.points, fc2.fit]).toEqual([3, "kansrijk"]);
    expect(fc2.reasons).toContain("U ziet taken voor een nieuwe baan.");
    expect(fc1.reasons).not.toContain("U ziet taken voor een nieuwe baan.");

    // and after computing v2, v1 still gives the same again
    expect(reportOf(v1)).toEqual(before);
  });

  it("v1 read back from its stored JSON (as the database keeps it) gives the same report", () => {
    const stored = JSON.stringify(v1);
    makeV2();
    const reloaded = questionnaireDefinitionSchema.parse(JSON.parse(stored));
    expect(definitionChecksum(reloaded)).toBe(publishedChecksums[1]);
    expect(reportOf(reloaded)).toEqual(reportOf(v1));
  });

  it("the published list still only has version 1", () => {
    expect(questionnaireDefinitions.map((d) => d.version)).toEqual([1]);
    expect(latestDefinition()).toBe(v1);
  });
});
