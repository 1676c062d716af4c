import { describe, expect, it } from "vitest";
import {
  getDefinition,
  latestDefinition,
  questionnaireDefinitions,
} from "~/content/questionnaire";
import {
  OPPORTUNITY_IDS,
  isScoredOption,
  isUnknownOption,
  questionnaireDefinitionSchema,
  type QuestionnaireDefinition,
  type Theme,
} from "~/content/questionnaire/schema";
import { questionnaireV1 } from "~/content/questionnaire/v1";
import { splitSentences } from "~/domain/plain-language";

const PILLAR_TITLES = [
  "Strategie & Bedrijf",
  "Flexibiliteit & Wendbaarheid",
  "Flexibiliteit in op- en afschalen",
  "Employability en Duurzame inzetbaarheid",
  "Inclusief werkgeverschap",
];

function copy(definition: QuestionnaireDefinition): QuestionnaireDefinition {
  return structuredClone(definition);
}

function issuesOf(candidate: unknown): string[] {
  const result = questionnaireDefinitionSchema.safeParse(candidate);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

function allQuestions(definition: QuestionnaireDefinition) {
  return definition.pillars.flatMap((p) => p.questions);
}

describe("questionnaire v1", () => {
  it("parses through the schema", () => {
    expect(issuesOf(questionnaireV1)).toEqual([]);
  });

  it("is published through the index as version 1 and as the latest version", () => {
    expect(questionnaireDefinitions.map((d) => d.version)).toEqual([1]);
    expect(getDefinition(1)?.title).toBe("Toekomstscan");
    expect(getDefinition(2)).toBeUndefined();
    expect(latestDefinition().version).toBe(1);
  });

  it("published definitions are frozen, so a published version cannot change", () => {
    const published = latestDefinition();
    const firstQuestion = published.pillars[0]?.questions[0];
    expect(Object.isFrozen(published)).toBe(true);
    expect(Object.isFrozen(firstQuestion?.options)).toBe(true);
    expect(() => {
      (published as { title: string }).title = "Iets anders";
    }).toThrow(TypeError);
  });

  it("has exactly the five pillar titles, in this order", () => {
    expect(questionnaireV1.pillars.map((p) => p.title)).toEqual(PILLAR_TITLES);
  });

  it("has 6–10 questions per pillar and about 38 in total", () => {
    const counts = questionnaireV1.pillars.map((p) => p.questions.length);
    for (const count of counts) {
      expect(count).toBeGreaterThanOrEqual(6);
      expect(count).toBeLessThanOrEqual(10);
    }
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(34);
    expect(total).toBeLessThanOrEqual(42);
  });

  it("every question has a why line, themes, weight 1–3 and ends with one 'Weet ik niet'", () => {
    for (const question of allQuestions(questionnaireV1)) {
      expect(question.why.trim().length, question.id).toBeGreaterThan(0);
      expect(question.why, question.id).not.toMatch(/\n/);
      expect(question.themes.length, question.id).toBeGreaterThan(0);
      expect([1, 2, 3], question.id).toContain(question.weight);

      const last = question.options[question.options.length - 1];
      expect(last, question.id).toEqual({ id: "weet-niet", label: "Weet ik niet", unknown: true });
      expect(question.options.filter(isUnknownOption), question.id).toHaveLength(1);

      const points = question.options.filter(isScoredOption).map((o) => o.points);
      expect(points.length, question.id).toBeGreaterThanOrEqual(3);
      expect(points.length, question.id).toBeLessThanOrEqual(5);
      expect(points[0], question.id).toBe(0);
      expect([...points].sort((a, b) => a - b), question.id).toEqual(points);
    }
  });

  it("question ids are unique over the whole scan and answer labels unique per question", () => {
    const ids = allQuestions(questionnaireV1).map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of allQuestions(questionnaireV1)) {
      const labels = question.options.map((o) => o.label);
      expect(new Set(labels).size, question.id).toBe(labels.length);
    }
  });

  it("each question asks one thing: one sentence that ends with a question mark", () => {
    for (const question of allQuestions(questionnaireV1)) {
      expect(splitSentences(question.text), question.id).toHaveLength(1);
      expect(question.text.trim(), question.id).toMatch(/\?$/);
    }
  });

  it("pillar intros are one or two sentences", () => {
    for (const pillar of questionnaireV1.pillars) {
      const sentences = splitSentences(pillar.intro).length;
      expect(sentences, pillar.id).toBeGreaterThanOrEqual(1);
      expect(sentences, pillar.id).toBeLessThanOrEqual(2);
    }
  });

  it("addresses the owner with 'u' and never with 'je' or 'jij'", () => {
    const texts = [
      questionnaireV1.title,
      questionnaireV1.intro,
      ...questionnaireV1.pillars.map((p) => p.intro),
      ...allQuestions(questionnaireV1).flatMap((q) => [q.text, q.why, ...q.options.map((o) => o.label)]),
    ];
    const informal = /(?<![\p{L}])(je|jij|jou|jouw|jullie)(?![\p{L}])/iu;
    for (const text of texts) {
      expect(text).not.toMatch(informal);
    }
    expect(allQuestions(questionnaireV1).filter((q) => /\b(u|uw)\b/i.test(q.text)).length).toBeGreaterThan(20);
  });

  it("covers every theme the Kansenkaart advice needs", () => {
    const used = new Set<Theme>(allQuestions(questionnaireV1).flatMap((q) => q.themes));
    const needed: Theme[] = [
      "motivatie",
      "leiderschap",
      "team",
      "onboarding",
      "begeleiding",
      "buddy",
      "instructie",
      "nazorg",
      "taken-aanpassen",
      "functiecreatie",
      "open-hiring",
      "leerwerktraject",
      "proefplaatsing",
      "sroi",
      "zorgen-verzuim",
      "zorgen-begeleiding",
      "zorgen-administratie",
      "zorgen-onzekerheid",
      "opschalen",
      "talentontwikkeling",
      "duurzame-inzetbaarheid",
      "mobiliteit",
    ];
    expect(needed.filter((t) => !used.has(t))).toEqual([]);
  });
});

describe("questionnaire schema rejects broken definitions", () => {
  it("rejects a duplicate question id (also across pillars)", () => {
    const broken = copy(questionnaireV1);
    const first = broken.pillars[0]?.questions[0];
    const other = broken.pillars[3]?.questions[2];
    if (!first || !other) throw new Error("fixture");
    other.id = first.id;
    expect(issuesOf(broken).join(" ")).toMatch(/komt twee keer voor/);
  });

  it("rejects a pillar with only 5 questions", () => {
    const broken = copy(questionnaireV1);
    const pillar = broken.pillars[1];
    if (!pillar) throw new Error("fixture");
    pillar.questions = pillar.questions.slice(0, 5);
    expect(issuesOf(broken).join(" ")).toMatch(/minstens 6 vragen/);
  });

  it("rejects a pillar with 11 questions", () => {
    const broken = copy(questionnaireV1);
    const pillar = broken.pillars[4];
    if (!pillar) throw new Error("fixture");
    pillar.questions = [
      ...pillar.questions,
      ...broken.pillars[0]!.questions.slice(0, 11 - pillar.questions.length).map((q) => ({ ...q, id: `extra-${q.id}` })),
    ];
    expect(pillar.questions).toHaveLength(11);
    expect(issuesOf(broken).join(" ")).toMatch(/hoogstens 10 vragen/);
  });

  it("rejects four or six pillars and a duplicate pillar id", () => {
    const four = copy(questionnaireV1);
    four.pillars = four.pillars.slice(0, 4);
    expect(issuesOf(four).join(" ")).toMatch(/precies 5 pijlers/);

    const duplicate = copy(questionnaireV1);
    duplicate.pillars[1]!.id = duplicate.pillars[0]!.id;
    expect(issuesOf(duplicate).join(" ")).toMatch(/Pijler-id .* twee keer/);
  });

  it("rejects a question without 'Weet ik niet', with two of them, or with it not last", () => {
    const missing = copy(questionnaireV1);
    const q1 = missing.pillars[0]!.questions[0]!;
    q1.options = q1.options.filter((o) => !isUnknownOption(o));
    expect(issuesOf(missing).join(" ")).toMatch(/precies één "Weet ik niet"/);

    const twice = copy(questionnaireV1);
    const q2 = twice.pillars[0]!.questions[0]!;
    q2.options = [...q2.options, { id: "weet-niet", label: "Weet ik niet", unknown: true }];
    expect(issuesOf(twice).length).toBeGreaterThan(0);

    const notLast = copy(questionnaireV1);
    const q3 = notLast.pillars[0]!.questions[0]!;
    const unknown = q3.options.pop()!;
    q3.options.unshift(unknown);
    expect(issuesOf(notLast).join(" ")).toMatch(/moet de laatste optie zijn/);
  });

  it("rejects options that do not go from low to high, or do not start at 0", () => {
    const unordered = copy(questionnaireV1);
    const q = unordered.pillars[2]!.questions[0]!;
    const [a, b, ...rest] = q.options;
    q.options = [b!, a!, ...rest];
    expect(issuesOf(unordered).join(" ")).toMatch(/oplopen van laag naar hoog/);

    const noZero = copy(questionnaireV1);
    const first = noZero.pillars[2]!.questions[1]!.options[0]!;
    if (!isScoredOption(first)) throw new Error("fixture");
    first.points = 1;
    // first option now has 1 point and the second too: both rules fire
    expect(issuesOf(noZero).join(" ")).toMatch(/moet 0 punten hebben/);
  });

  it("rejects a 'weet-niet' id on a scored option, a theme outside the list, and no themes", () => {
    const reserved = copy(questionnaireV1);
    const option = reserved.pillars[0]!.questions[0]!.options[1]!;
    if (!isScoredOption(option)) throw new Error("fixture");
    option.id = "weet-niet";
    expect(issuesOf(reserved).length).toBeGreaterThan(0);

    const badTheme = copy(questionnaireV1) as unknown as { pillars: { questions: { themes: string[] }[] }[] };
    badTheme.pillars[0]!.questions[0]!.themes = ["iets-anders"];
    expect(issuesOf(badTheme).length).toBeGreaterThan(0);

    const noThemes = copy(questionnaireV1);
    noThemes.pillars[0]!.questions[0]!.themes = [];
    expect(issuesOf(noThemes).join(" ")).toMatch(/minstens één thema/);
  });
});

describe("questionnaire schema rejects broken Kansenkaart rules", () => {
  it("v1 has exactly the eight options of the Kansenkaart, in order", () => {
    expect(questionnaireV1.opportunities.map((o) => o.id)).toEqual([...OPPORTUNITY_IDS]);
    expect(OPPORTUNITY_IDS).toEqual([
      "functiecreatie",
      "begeleiding",
      "open-hiring",
      "sroi",
      "leerwerktraject",
      "proefplaatsing",
      "inclusief-herontwerp",
      "scholing",
    ]);
  });

  it("rejects a definition without opportunities", () => {
    const { opportunities: _opportunities, ...rest } = copy(questionnaireV1);
    expect(issuesOf(rest).length).toBeGreaterThan(0);
  });

  it("rejects a rule with an unknown question id", () => {
    const broken = copy(questionnaireV1);
    broken.opportunities[0]!.rules[0]!.questionId = "bestaat-niet";
    expect(issuesOf(broken).join(" ")).toMatch(/vraag "bestaat-niet", maar die vraag bestaat niet/);
  });

  it("rejects a rule with an option id its question does not have", () => {
    const broken = copy(questionnaireV1);
    // "doen-we-al" is an answer of the form questions, not of iw-taken
    broken.opportunities[0]!.rules[0]!.optionIds = ["zijn-er", "doen-we-al"];
    expect(broken.opportunities[0]!.rules[0]!.questionId).toBe("iw-taken");
    expect(issuesOf(broken).join(" ")).toMatch(/vraag "iw-taken" heeft geen antwoord "doen-we-al"/);
  });

  it("rejects a rule without options, an option twice, or an option in two rules of one opportunity", () => {
    const empty = copy(questionnaireV1);
    empty.opportunities[1]!.rules[0]!.optionIds = [];
    expect(issuesOf(empty).join(" ")).toMatch(/minstens één antwoord/);

    const twice = copy(questionnaireV1);
    twice.opportunities[1]!.rules[0]!.optionIds = ["vaste-collega", "vaste-collega"];
    expect(issuesOf(twice).join(" ")).toMatch(/noemt een antwoord twee keer/);

    const overlap = copy(questionnaireV1);
    const rules = overlap.opportunities[0]!.rules; // rules 1–3 are all on iw-taken
    rules[1]!.optionIds = ["nooit-gekeken", "zijn-er"];
    expect(issuesOf(overlap).join(" ")).toMatch(/antwoord "zijn-er" van vraag "iw-taken" staat in twee regels/);
  });

  it("rejects points outside −3..3 or not whole, and an empty reason", () => {
    for (const points of [4, -4, 1.5]) {
      const broken = copy(questionnaireV1);
      broken.opportunities[2]!.rules[0]!.points = points;
      expect(issuesOf(broken).length, String(points)).toBeGreaterThan(0);
    }
    const noReason = copy(questionnaireV1);
    noReason.opportunities[2]!.rules[0]!.reason = "  ";
    expect(issuesOf(noReason).join(" ")).toMatch(/niet leeg/);
  });

  it("rejects a missing opportunity, an unknown one, a duplicate and the wrong order", () => {
    const missing = copy(questionnaireV1);
    missing.opportunities = missing.opportunities.filter((o) => o.id !== "sroi");
    expect(issuesOf(missing).join(" ")).toMatch(/Kans "sroi" ontbreekt/);

    const unknown = copy(questionnaireV1);
    unknown.opportunities[7]!.id = "iets-anders";
    expect(issuesOf(unknown).join(" ")).toMatch(/Onbekende kans "iets-anders"/);

    const duplicate = copy(questionnaireV1);
    duplicate.opportunities[7]!.id = "functiecreatie";
    expect(issuesOf(duplicate).join(" ")).toMatch(/Kans-id "functiecreatie" komt twee keer voor/);

    const swapped = copy(questionnaireV1);
    const [a, b, ...rest] = swapped.opportunities;
    swapped.opportunities = [b!, a!, ...rest];
    expect(issuesOf(swapped).join(" ")).toMatch(/in deze volgorde/);
  });

  it("rejects thresholds where kansrijk is not above mogelijk", () => {
    for (const thresholds of [
      { kansrijk: 2, mogelijk: 2 },
      { kansrijk: 1, mogelijk: 3 },
    ]) {
      const broken = copy(questionnaireV1);
      broken.opportunities[3]!.thresholds = thresholds;
      expect(issuesOf(broken).join(" ")).toMatch(/drempel voor "kansrijk" moet hoger zijn/);
    }
  });

  it("rejects an unknown instrument, a duplicate instrument and a fit level without next steps", () => {
    const unknownInstrument = copy(questionnaireV1) as unknown as { opportunities: { instrumentIds: string[] }[] };
    unknownInstrument.opportunities[0]!.instrumentIds = ["gratis-geld"];
    expect(issuesOf(unknownInstrument).length).toBeGreaterThan(0);

    const duplicateInstrument = copy(questionnaireV1);
    duplicateInstrument.opportunities[1]!.instrumentIds = ["jobcoach-voucher", "jobcoach-voucher"];
    expect(issuesOf(duplicateInstrument).join(" ")).toMatch(/noemt een instrument twee keer/);

    const noSteps = copy(questionnaireV1);
    noSteps.opportunities[4]!.nextSteps["nog niet"] = [];
    expect(issuesOf(noSteps).join(" ")).toMatch(/minstens één volgende stap/);
  });
});
