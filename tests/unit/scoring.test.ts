import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { latestDefinition } from "~/content/questionnaire";
import {
  OPPORTUNITY_IDS,
  THEMES,
  isScoredOption,
  questionnaireDefinitionSchema,
  type Answers,
  type Opportunity,
  type Question,
  type QuestionnaireDefinition,
  type QuestionWeight,
  type ScoredOption,
  type Theme,
  type UnknownOption,
} from "~/content/questionnaire/schema";
import {
  isPillarComplete,
  isScanComplete,
  scoreScan,
  validateAnswers,
  verdictFor,
  type ScanResult,
} from "~/domain/scoring";

// ---------------------------------------------------------------------------
// helpers

const WEET_NIET: UnknownOption = { id: "weet-niet", label: "Weet ik niet", unknown: true };
const v1 = latestDefinition();

function scoredOptions(question: Question): ScoredOption[] {
  return question.options.filter(isScoredOption);
}

function questionsOf(definition: QuestionnaireDefinition): Question[] {
  return definition.pillars.flatMap((p) => p.questions);
}

/** Answers every question with the option `pick` chooses. */
function answerAll(definition: QuestionnaireDefinition, pick: (q: Question) => string): Answers {
  return Object.fromEntries(questionsOf(definition).map((q) => [q.id, pick(q)]));
}

const best = (q: Question) => scoredOptions(q).at(-1)!.id;
const worst = (q: Question) => scoredOptions(q)[0]!.id;

function question(id: string, weight: QuestionWeight, points: number[] = [0, 1, 2, 3]): Question {
  return {
    id,
    text: `Vraag ${id}?`,
    why: "Omdat het helpt.",
    weight,
    themes: ["strategie"],
    options: [...points.map((p) => ({ id: `p${p}`, label: `Antwoord met ${p} punten`, points: p })), WEET_NIET],
  };
}

/** The Kansenkaart options a valid definition needs; one rule each on an existing answer. */
function opportunities(questionId: string, optionId: string): Opportunity[] {
  return OPPORTUNITY_IDS.map((id) => ({
    id,
    title: id,
    description: "Test.",
    rules: [{ questionId, optionIds: [optionId], points: 1, reason: "Test." }],
    thresholds: { kansrijk: 1, mogelijk: 0 },
    nextSteps: { kansrijk: ["Stap."], mogelijk: ["Stap."], "nog niet": ["Stap."] },
    instrumentIds: [],
  }));
}

/**
 * A valid definition: 5 pillars "p1".."p5" with 6 questions each
 * ("p1-q1".."p5-q6", weight 1, points 0–3). Pillar 1 can be replaced.
 */
function fixture(firstPillarQuestions?: Question[]): QuestionnaireDefinition {
  const definition: QuestionnaireDefinition = {
    version: 1,
    title: "Test",
    intro: "Test.",
    pillars: [1, 2, 3, 4, 5].map((p) => ({
      id: `p${p}`,
      title: `Pijler ${p}`,
      intro: "Intro.",
      questions:
        p === 1 && firstPillarQuestions
          ? firstPillarQuestions
          : [1, 2, 3, 4, 5, 6].map((q) => question(`p${p}-q${q}`, 1)),
    })),
    opportunities: opportunities("p5-q1", "p0"),
  };
  return questionnaireDefinitionSchema.parse(definition);
}

function pillar(result: ScanResult, pillarId: string) {
  const found = result.pillars.find((p) => p.pillarId === pillarId);
  if (!found) throw new Error(`no pillar ${pillarId}`);
  return found;
}

// ---------------------------------------------------------------------------
// examples

describe("scoreScan examples", () => {
  it("all best answers give 100 for every pillar and overall, without weak points", () => {
    const result = scoreScan(v1, answerAll(v1, best));
    expect(result.pillars).toHaveLength(5);
    for (const [i, p] of result.pillars.entries()) {
      expect(p.score, p.pillarId).toBe(100);
      expect(p.answeredCount).toBe(v1.pillars[i]!.questions.length);
      expect(p.unknownCount).toBe(0);
      expect(p.lowConfidence).toBe(false);
      expect(p.weakPoints).toEqual([]);
      expect(verdictFor(p.score)).toBe("sterk");
    }
    expect(result.overall).toBe(100);
    expect(result.unknowns).toEqual([]);
    expect(result.pillars.map((p) => p.title)).toEqual(v1.pillars.map((p) => p.title));
  });

  it("all worst answers give 0 everywhere and every question is a weak point", () => {
    const result = scoreScan(v1, answerAll(v1, worst));
    for (const [i, p] of result.pillars.entries()) {
      expect(p.score).toBe(0);
      expect(p.weakPoints).toHaveLength(v1.pillars[i]!.questions.length);
      expect(verdictFor(p.score)).toBe("aandacht nodig");
    }
    expect(result.overall).toBe(0);
  });

  it("computes a weighted pillar score by hand, with 'weet niet' and an open question left out", () => {
    const definition = fixture([
      question("a", 3, [0, 2, 4]), // 4 of 4 → 3 × 1 = 3
      question("b", 1), //            3 of 3 → 1 × 1 = 1
      question("c", 2, [0, 1, 2]), // 1 of 2 → 2 × 0.5 = 1
      question("d", 1), //            weet niet
      question("e", 1), //            not answered
      question("f", 1), //            0 of 3 → 0
    ]);
    const result = scoreScan(definition, { a: "p4", b: "p3", c: "p1", d: "weet-niet", f: "p0" });
    const p1 = pillar(result, "p1");
    // (3 + 1 + 1 + 0) / (3 + 1 + 2 + 1) = 5 / 7 = 71.4 % (unweighted it would be 62.5 %)
    expect(p1.score).toBe(71);
    expect(p1.answeredCount).toBe(4);
    expect(p1.unknownCount).toBe(1);
    expect(p1.unknownWeightShare).toBeCloseTo(1 / 9, 10);
    expect(p1.lowConfidence).toBe(false);
    // c (1/2) is exactly half: not weak; f (0/3) is
    expect(p1.weakPoints).toEqual([
      { questionId: "f", optionId: "p0", label: "Antwoord met 0 punten", points: 0, maxPoints: 3, impact: 1 },
    ]);
    expect(result.unknowns).toEqual([{ questionId: "d", pillarId: "p1" }]);
    // the other pillars have no answers
    expect(result.pillars.slice(1).map((p) => p.score)).toEqual([null, null, null, null]);
    expect(result.overall).toBe(71);
  });

  it("rounds half up: 62.5 becomes 63 and a mean of 37.5 becomes 38", () => {
    const definition = fixture([
      question("a", 1, [0, 2, 4]),
      question("b", 1, [0, 1, 2, 3, 4]),
      question("c", 1),
      question("d", 1),
      question("e", 1),
      question("f", 1),
    ]);
    // (2/4 + 3/4) / 2 = 0.625
    expect(pillar(scoreScan(definition, { a: "p2", b: "p3" }), "p1").score).toBe(63);

    // pillar scores 100, 0, 0, 50, null → mean 37.5 → 38
    const plain = fixture();
    const answers: Answers = {};
    for (let q = 1; q <= 6; q++) {
      answers[`p1-q${q}`] = "p3";
      answers[`p2-q${q}`] = "p0";
      answers[`p3-q${q}`] = "p0";
      answers[`p4-q${q}`] = q <= 3 ? "p3" : "p0";
    }
    const result = scoreScan(plain, answers);
    expect(result.pillars.map((p) => p.score)).toEqual([100, 0, 0, 50, null]);
    expect(result.overall).toBe(38);
  });

  it("'weet niet' neither adds nor subtracts, but is counted and listed", () => {
    const [firstPillar] = v1.pillars;
    const target = firstPillar!.questions[2]!;

    const bestWithUnknown = scoreScan(v1, { ...answerAll(v1, best), [target.id]: "weet-niet" });
    expect(bestWithUnknown.pillars[0]!.score).toBe(100);
    expect(bestWithUnknown.pillars[0]!.unknownCount).toBe(1);
    expect(bestWithUnknown.pillars[0]!.answeredCount).toBe(firstPillar!.questions.length - 1);
    expect(bestWithUnknown.unknowns).toEqual([{ questionId: target.id, pillarId: firstPillar!.id }]);
    expect(bestWithUnknown.pillars[0]!.unknownWeightShare).toBeCloseTo(
      target.weight / firstPillar!.questions.reduce((n, q) => n + q.weight, 0),
      10,
    );

    const worstWithUnknown = scoreScan(v1, { ...answerAll(v1, worst), [target.id]: "weet-niet" });
    expect(worstWithUnknown.pillars[0]!.score).toBe(0);
    expect(worstWithUnknown.pillars[0]!.weakPoints.map((w) => w.questionId)).not.toContain(target.id);

    // the same as leaving the question out, except that it is flagged
    const withoutIt = answerAll(v1, best);
    delete withoutIt[target.id];
    const left = scoreScan(v1, withoutIt);
    expect(left.pillars.map((p) => p.score)).toEqual(bestWithUnknown.pillars.map((p) => p.score));
    expect(left.unknowns).toEqual([]);
  });

  it("a pillar where more than half of the weight is 'weet niet' has low confidence", () => {
    const definition = fixture([
      question("a", 3),
      question("b", 3),
      question("c", 1),
      question("d", 1),
      question("e", 1),
      question("f", 1),
    ]); // total weight 10

    const moreThanHalf = scoreScan(definition, {
      a: "weet-niet",
      b: "weet-niet",
      c: "p3",
      d: "p0",
      e: "p3",
      f: "p3",
    });
    const p1 = pillar(moreThanHalf, "p1");
    expect(p1.unknownWeightShare).toBeCloseTo(0.6, 10);
    expect(p1.lowConfidence).toBe(true);
    expect(p1.score).toBe(75); // 3 of the 4 scored (equal weights) are best
    expect(p1.unknownCount).toBe(2);

    const exactlyHalf = scoreScan(definition, {
      a: "weet-niet",
      b: "p3",
      c: "weet-niet",
      d: "weet-niet",
      e: "p3",
      f: "p3",
    });
    expect(pillar(exactlyHalf, "p1").unknownWeightShare).toBeCloseTo(0.5, 10);
    expect(pillar(exactlyHalf, "p1").lowConfidence).toBe(false);
  });

  it("a pillar with only 'weet niet' has no score and does not count for the overall score", () => {
    const definition = fixture();
    const answers = answerAll(definition, (q) => (q.id.startsWith("p1-") ? "weet-niet" : "p3"));
    const result = scoreScan(definition, answers);
    const p1 = pillar(result, "p1");
    expect(p1.score).toBeNull();
    expect(p1.answeredCount).toBe(0);
    expect(p1.unknownCount).toBe(6);
    expect(p1.unknownWeightShare).toBe(1);
    expect(p1.lowConfidence).toBe(true);
    expect(verdictFor(p1.score)).toBeNull();
    expect(result.overall).toBe(100);
    expect(result.unknowns).toHaveLength(6);
  });

  it("an empty scan has no scores at all", () => {
    const result = scoreScan(v1, {});
    expect(result.overall).toBeNull();
    expect(result.pillars.every((p) => p.score === null && !p.lowConfidence && p.unknownWeightShare === 0)).toBe(true);
    expect(result.unknowns).toEqual([]);
  });

  it("sorts weak points by impact, then by question order", () => {
    const definition = fixture([
      question("q1", 1), // 0/3 → impact 1
      question("q2", 3), // 1/3 → impact 2
      question("q3", 2), // 0/3 → impact 2
      question("q4", 2), // 1/3 → impact 4/3
      question("q5", 1), // 0/3 → impact 1
      question("q6", 1), // 2/3 → not weak
    ]);
    const result = scoreScan(definition, { q1: "p0", q2: "p1", q3: "p0", q4: "p1", q5: "p0", q6: "p2" });
    const weak = pillar(result, "p1").weakPoints;
    expect(weak.map((w) => w.questionId)).toEqual(["q2", "q3", "q4", "q1", "q5"]);
    expect(weak.map((w) => w.impact)).toEqual([2, 2, 4 / 3, 1, 1]);
    expect(weak[0]).toMatchObject({ optionId: "p1", label: "Antwoord met 1 punten", points: 1, maxPoints: 3 });
  });

  it("ignores answers to unknown questions and answers with an unknown option", () => {
    const answers: Answers = { ...answerAll(v1, best), "bestaat-niet": "p1" };
    const firstQuestion = v1.pillars[0]!.questions[0]!;
    answers[firstQuestion.id] = "geen-optie";
    const result = scoreScan(v1, answers);
    expect(result.pillars[0]!.score).toBe(100);
    expect(result.pillars[0]!.answeredCount).toBe(v1.pillars[0]!.questions.length - 1);
  });
});

describe("verdictFor", () => {
  it("uses 70 and 40 as boundaries", () => {
    expect(verdictFor(100)).toBe("sterk");
    expect(verdictFor(70)).toBe("sterk");
    expect(verdictFor(69)).toBe("op weg");
    expect(verdictFor(40)).toBe("op weg");
    expect(verdictFor(39)).toBe("aandacht nodig");
    expect(verdictFor(0)).toBe("aandacht nodig");
    expect(verdictFor(null)).toBeNull();
  });
});

describe("validateAnswers and isPillarComplete", () => {
  const [first, second] = v1.pillars;

  it("lists unanswered questions, unknown option ids and unexpected answers", () => {
    const answers: Answers = answerAll(v1, best);
    delete answers[first!.questions[1]!.id];
    answers[first!.questions[3]!.id] = "geen-optie";
    answers["geen-vraag"] = "p1";

    const all = validateAnswers(v1, answers);
    expect(all.complete).toBe(false);
    expect(all.unanswered).toEqual([{ questionId: first!.questions[1]!.id, pillarId: first!.id }]);
    expect(all.invalid).toEqual([{ questionId: first!.questions[3]!.id, pillarId: first!.id, optionId: "geen-optie" }]);
    expect(all.unexpected).toEqual(["geen-vraag"]);

    expect(isPillarComplete(v1, first!.id, answers)).toBe(false);
    expect(isPillarComplete(v1, second!.id, answers)).toBe(true);
    expect(validateAnswers(v1, answers, second!.id).complete).toBe(true);
    expect(isScanComplete(v1, answers)).toBe(false);
  });

  it("counts 'weet niet' as an answer", () => {
    const answers = answerAll(v1, () => "weet-niet");
    expect(isScanComplete(v1, answers)).toBe(true);
    expect(v1.pillars.every((p) => isPillarComplete(v1, p.id, answers))).toBe(true);
  });

  it("an empty pillar is incomplete and an unknown pillar id is rejected", () => {
    expect(isPillarComplete(v1, first!.id, {})).toBe(false);
    expect(validateAnswers(v1, {}, first!.id).unanswered).toHaveLength(first!.questions.length);
    expect(isPillarComplete(v1, "bestaat-niet", answerAll(v1, best))).toBe(false);
    expect(() => validateAnswers(v1, {}, "bestaat-niet")).toThrow(RangeError);
  });

  it("does not take inherited object keys as answers", () => {
    const definition = fixture([
      question("constructor", 1),
      question("b", 1),
      question("c", 1),
      question("d", 1),
      question("e", 1),
      question("f", 1),
    ]);
    expect(validateAnswers(definition, {}, "p1").unanswered.map((u) => u.questionId)).toContain("constructor");
    expect(pillar(scoreScan(definition, {}), "p1").score).toBeNull();
  });
});

// ---------------------------------------------------------------------------
// properties

const themeArb: fc.Arbitrary<Theme[]> = fc.subarray([...THEMES], { minLength: 1, maxLength: 3 });

const questionSpecArb = fc.record({
  weight: fc.constantFrom(1, 2, 3),
  higherPoints: fc.subarray([1, 2, 3, 4], { minLength: 2, maxLength: 4 }),
  themes: themeArb,
});

/** Schema-valid random definitions: 5 pillars, 6–10 questions, 3–5 scored options from 0 upwards. */
const definitionArb: fc.Arbitrary<QuestionnaireDefinition> = fc
  .tuple(
    fc.integer({ min: 1, max: 50 }),
    fc.array(fc.array(questionSpecArb, { minLength: 6, maxLength: 10 }), { minLength: 5, maxLength: 5 }),
  )
  .map(([version, pillars]) => ({
    version,
    title: "Willekeurige scan",
    intro: "Voor de test.",
    pillars: pillars.map((specs, p) => ({
      id: `pijler-${p + 1}`,
      title: `Pijler ${p + 1}`,
      intro: "Intro.",
      questions: specs.map(
        (spec, i): Question => ({
          id: `p${p + 1}-v${i + 1}`,
          text: "Vraag?",
          why: "Waarom.",
          weight: spec.weight,
          themes: spec.themes,
          options: [
            ...[0, ...spec.higherPoints].map((points) => ({ id: `o${points}`, label: `${points} punten`, points })),
            WEET_NIET,
          ],
        }),
      ),
    })),
    opportunities: opportunities("p5-v1", "o0"),
  }));

/**
 * Random answers: per question a scored option, "weet niet", nothing, or
 * (rarely) an option id that does not exist.
 */
function answersArb(definition: QuestionnaireDefinition): fc.Arbitrary<Answers> {
  const questions = questionsOf(definition);
  return fc.array(fc.nat({ max: 1000 }), { minLength: questions.length, maxLength: questions.length }).map((picks) => {
    const answers: Answers = {};
    questions.forEach((q, i) => {
      const pick = picks[i]! % (q.options.length + 3);
      if (pick < q.options.length) answers[q.id] = q.options[pick]!.id;
      else if (pick === q.options.length + 2) answers[q.id] = "bestaat-niet";
      // otherwise unanswered
    });
    return answers;
  });
}

const scanArb = fc.oneof(
  { arbitrary: fc.constant(v1), weight: 1 },
  { arbitrary: definitionArb, weight: 2 },
).chain((definition) => answersArb(definition).map((answers) => ({ definition, answers })));

function checkRanges(result: ScanResult, definition: QuestionnaireDefinition): void {
  expect(result.pillars).toHaveLength(definition.pillars.length);
  for (const [i, p] of result.pillars.entries()) {
    const source = definition.pillars[i]!;
    expect(p.pillarId).toBe(source.id);
    if (p.score !== null) {
      expect(Number.isInteger(p.score)).toBe(true);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(100);
    }
    expect(p.score === null).toBe(p.answeredCount === 0);
    expect(p.answeredCount + p.unknownCount).toBeLessThanOrEqual(source.questions.length);
    expect(p.unknownWeightShare).toBeGreaterThanOrEqual(0);
    expect(p.unknownWeightShare).toBeLessThanOrEqual(1);
    expect(p.lowConfidence).toBe(p.unknownWeightShare > 0.5);
    for (const w of p.weakPoints) {
      expect(2 * w.points).toBeLessThan(w.maxPoints);
    }
    for (let k = 1; k < p.weakPoints.length; k++) {
      expect(p.weakPoints[k]!.impact).toBeLessThanOrEqual(p.weakPoints[k - 1]!.impact + 1e-12);
    }
  }
  const scores = result.pillars.flatMap((p) => (p.score === null ? [] : [p.score]));
  if (scores.length === 0) {
    expect(result.overall).toBeNull();
  } else {
    expect(result.overall).not.toBeNull();
    expect(Number.isInteger(result.overall)).toBe(true);
    expect(result.overall!).toBeGreaterThanOrEqual(Math.min(...scores));
    expect(result.overall!).toBeLessThanOrEqual(Math.max(...scores));
  }
  expect(result.unknowns.length).toBe(result.pillars.reduce((n, p) => n + p.unknownCount, 0));
}

describe("scoreScan properties", () => {
  it("random definitions from the generator are valid definitions", () => {
    fc.assert(
      fc.property(definitionArb, (definition) => {
        expect(questionnaireDefinitionSchema.safeParse(definition).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("scores are integers 0..100 or null, and the overall score lies between the pillar scores", () => {
    fc.assert(
      fc.property(scanArb, ({ definition, answers }) => {
        checkRanges(scoreScan(definition, answers), definition);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic and does not change its input", () => {
    fc.assert(
      fc.property(scanArb, ({ definition, answers }) => {
        const definitionBefore = structuredClone(definition);
        const answersBefore = structuredClone(answers);
        const first = scoreScan(definition, answers);
        // same content, other objects, other key order
        const reordered = Object.fromEntries(Object.entries(answers).reverse());
        const second = scoreScan(structuredClone(definition), reordered);
        expect(second).toEqual(first);
        expect(definition).toEqual(definitionBefore);
        expect(answers).toEqual(answersBefore);
      }),
      { numRuns: 200 },
    );
  });

  it("is monotonic: a better answer never lowers the pillar or the overall score", () => {
    fc.assert(
      fc.property(scanArb, fc.nat(), fc.nat(), ({ definition, answers }, whichQuestion, whichOption) => {
        const candidates = definition.pillars.flatMap((p, pillarIndex) =>
          p.questions.flatMap((q) => {
            const chosen = scoredOptions(q).find((o) => o.id === answers[q.id]);
            if (!chosen) return [];
            const better = scoredOptions(q).filter((o) => o.points > chosen.points);
            return better.length > 0 ? [{ pillarIndex, question: q, better }] : [];
          }),
        );
        fc.pre(candidates.length > 0);
        const candidate = candidates[whichQuestion % candidates.length]!;
        const upgrade = candidate.better[whichOption % candidate.better.length]!;

        const before = scoreScan(definition, answers);
        const after = scoreScan(definition, { ...answers, [candidate.question.id]: upgrade.id });

        const scoreBefore = before.pillars[candidate.pillarIndex]!.score;
        const scoreAfter = after.pillars[candidate.pillarIndex]!.score;
        expect(scoreBefore).not.toBeNull();
        expect(scoreAfter).not.toBeNull();
        expect(scoreAfter!).toBeGreaterThanOrEqual(scoreBefore!);
        expect(after.overall!).toBeGreaterThanOrEqual(before.overall!);
        // other pillars do not move
        after.pillars.forEach((p, i) => {
          if (i !== candidate.pillarIndex) expect(p.score).toBe(before.pillars[i]!.score);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("'weet niet' scores exactly like leaving the question open, but is counted", () => {
    fc.assert(
      fc.property(scanArb, fc.nat(), ({ definition, answers }, which) => {
        const questions = questionsOf(definition);
        const target = questions[which % questions.length]!;
        const open = { ...answers };
        delete open[target.id];
        const unknown = { ...answers, [target.id]: "weet-niet" };

        const openResult = scoreScan(definition, open);
        const unknownResult = scoreScan(definition, unknown);
        expect(unknownResult.overall).toBe(openResult.overall);
        expect(unknownResult.pillars.map((p) => p.score)).toEqual(openResult.pillars.map((p) => p.score));
        expect(unknownResult.pillars.map((p) => p.weakPoints)).toEqual(openResult.pillars.map((p) => p.weakPoints));
        expect(unknownResult.unknowns).toContainEqual(expect.objectContaining({ questionId: target.id }));
        expect(unknownResult.unknowns.length).toBe(openResult.unknowns.length + 1);
      }),
      { numRuns: 200 },
    );
  });

  it("the best answer everywhere gives 100 and the worst gives 0, for any definition", () => {
    fc.assert(
      fc.property(definitionArb, (definition) => {
        const top = scoreScan(definition, answerAll(definition, best));
        const bottom = scoreScan(definition, answerAll(definition, worst));
        expect(top.pillars.map((p) => p.score)).toEqual([100, 100, 100, 100, 100]);
        expect(bottom.pillars.map((p) => p.score)).toEqual([0, 0, 0, 0, 0]);
        expect(top.overall).toBe(100);
        expect(bottom.overall).toBe(0);
      }),
      { numRuns: 50 },
    );
  });
});
