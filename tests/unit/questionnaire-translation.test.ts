import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { questionnaireDefinitions, FIT_LEVELS, UNKNOWN_OPTION_LABEL, type Answers, type QuestionnaireDefinition } from "~/content/questionnaire";
import { englishTranslation, englishTranslations, localizeDefinition } from "~/content/questionnaire/localize";
import { ruleKey } from "~/content/questionnaire/translation";
import { questionnaireV1 } from "~/content/questionnaire/v1";
import { MAX_AVERAGE_WORDS, checkTexts, type TextToCheck } from "~/domain/plain-language";
import { opportunityMap } from "~/domain/opportunity-map";
import { scoreScan } from "~/domain/scoring";
import { placeholdersOf } from "~/i18n/locale";

/** Every text of a definition a user reads, by a path of ids (same paths for both languages). */
function textsOf(definition: QuestionnaireDefinition): Map<string, string> {
  const texts = new Map<string, string>([
    ["title", definition.title],
    ["intro", definition.intro],
  ]);
  for (const pillar of definition.pillars) {
    texts.set(`pillar:${pillar.id}/title`, pillar.title);
    texts.set(`pillar:${pillar.id}/intro`, pillar.intro);
    for (const question of pillar.questions) {
      texts.set(`question:${question.id}/text`, question.text);
      texts.set(`question:${question.id}/why`, question.why);
      for (const option of question.options) texts.set(`question:${question.id}/option:${option.id}`, option.label);
    }
  }
  for (const opportunity of definition.opportunities) {
    const k = `opportunity:${opportunity.id}`;
    texts.set(`${k}/title`, opportunity.title);
    texts.set(`${k}/description`, opportunity.description);
    for (const rule of opportunity.rules) texts.set(`${k}/rule:${ruleKey(rule)}`, rule.reason);
    for (const fit of FIT_LEVELS) opportunity.nextSteps[fit].forEach((step, i) => texts.set(`${k}/step:${fit}:${i + 1}`, step));
  }
  return texts;
}

/** The definition without its texts: ids, points, weights, themes, rules, thresholds. */
function structureOf(definition: QuestionnaireDefinition) {
  return {
    version: definition.version,
    pillars: definition.pillars.map((p) => ({
      id: p.id,
      questions: p.questions.map(({ text: _t, why: _w, options, ...rest }) => ({
        ...rest,
        options: options.map(({ label: _l, ...option }) => option),
      })),
    })),
    opportunities: definition.opportunities.map(({ title: _t, description: _d, rules, nextSteps, ...rest }) => ({
      ...rest,
      rules: rules.map(({ reason: _r, ...rule }) => rule),
      steps: FIT_LEVELS.map((fit) => nextSteps[fit].length),
    })),
  };
}

/** The Dutch pronouns "u"/"uw" or a few common Dutch words: a sign of an untranslated text. */
const DUTCH_WORDS = /\b(u|uw|het|een|niet|wij|zijn|voor|als|bij)\b/i;

/** Names that are the same in both languages. */
const SAME_IN_ENGLISH = new Set(["Open Hiring"]);

describe("English questionnaire: every text of every shipped version is translated", () => {
  it("has a translation for every shipped version and none for a version that is not shipped", () => {
    expect(questionnaireDefinitions.length).toBeGreaterThan(0);
    for (const definition of questionnaireDefinitions) {
      expect(englishTranslation(definition.version), `version ${definition.version}`).toBeDefined();
    }
    const shipped = questionnaireDefinitions.map((d) => d.version);
    for (const translation of englishTranslations) expect(shipped).toContain(translation.version);
    expect(new Set(englishTranslations.map((t) => t.version)).size).toBe(englishTranslations.length);
  });

  for (const definition of questionnaireDefinitions) {
    describe(`version ${definition.version}`, () => {
      const dutch = textsOf(definition);
      const english = textsOf(localizeDefinition(definition, "en"));

      it("every Dutch text has an English text that is not the Dutch one, not empty, with the same placeholders", () => {
        const problems: string[] = [];
        for (const [path, nl] of dutch) {
          const en = english.get(path);
          if (en === undefined) problems.push(`${path}: missing`);
          else if (en.trim() === "") problems.push(`${path}: empty`);
          // a missing translation falls back to the Dutch text
          else if (en === nl && !SAME_IN_ENGLISH.has(nl)) problems.push(`${path}: no translation: ${nl}`);
          else if (DUTCH_WORDS.test(en)) problems.push(`${path}: looks Dutch: ${en}`);
          else if (placeholdersOf(en).join() !== placeholdersOf(nl).join()) problems.push(`${path}: placeholders differ`);
          else if (/\{|\}|TODO|XXX/.test(en)) problems.push(`${path}: placeholder text: ${en}`);
        }
        expect(problems).toEqual([]);
        expect([...english.keys()]).toEqual([...dutch.keys()]);
      });

      it("the translation has no text for an id the version does not have", () => {
        const t = englishTranslation(definition.version)!;
        const stale: string[] = [];
        const pillars = new Map(definition.pillars.map((p) => [p.id, p]));
        const questions = new Map(definition.pillars.flatMap((p) => p.questions).map((q) => [q.id, q]));
        for (const id of Object.keys(t.pillars)) if (!pillars.has(id)) stale.push(`pillar ${id}`);
        for (const [id, q] of Object.entries(t.questions)) {
          const question = questions.get(id);
          if (!question) stale.push(`question ${id}`);
          for (const optionId of Object.keys(q.options)) {
            const option = question?.options.find((o) => o.id === optionId);
            // "Weet ik niet" is translated once per version (unknownOption), not per question
            if (!option || "unknown" in option) stale.push(`question ${id} option ${optionId}`);
          }
        }
        for (const [id, o] of Object.entries(t.opportunities)) {
          const opportunity = definition.opportunities.find((x) => x.id === id);
          if (!opportunity) stale.push(`opportunity ${id}`);
          const keys = new Set(opportunity?.rules.map(ruleKey));
          for (const key of Object.keys(o.reasons)) if (!keys.has(key)) stale.push(`opportunity ${id} rule ${key}`);
          for (const fit of FIT_LEVELS) {
            if (o.nextSteps[fit].length !== (opportunity?.nextSteps[fit].length ?? 0)) stale.push(`opportunity ${id} steps ${fit}`);
          }
        }
        expect(stale).toEqual([]);
      });

      it("the English texts are plain: no sentence over 25 words, on average at most 15", () => {
        const texts: TextToCheck[] = [...english].map(([where, text]) => ({ where, text }));
        const report = checkTexts(texts, []);
        console.log(
          `Future Scan v${definition.version}: ${texts.length} texts, ${report.sentenceCount} sentences, ` +
            `on average ${report.averageWords.toFixed(2)} words per sentence`,
        );
        expect(report.violations).toEqual([]);
        expect(report.averageWords).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
      });
    });
  }
});

describe("localizeDefinition", () => {
  it("returns the Dutch definition itself for nl", () => {
    expect(localizeDefinition(questionnaireV1, "nl")).toBe(questionnaireV1);
  });

  it("gives the same structure in English: same ids, points, weights, themes, rules and thresholds", () => {
    for (const definition of questionnaireDefinitions) {
      const english = localizeDefinition(definition, "en");
      expect(structureOf(english)).toEqual(structureOf(definition));
      expect(english.title).toBe("Future Scan");
      const unknownLabels = new Set(english.pillars.flatMap((p) => p.questions.map((q) => q.options.at(-1)?.label)));
      expect([...unknownLabels]).toEqual(["I don't know"]);
    }
  });

  it("is pure: the Dutch definition is not changed", () => {
    const before = structuredClone(questionnaireV1);
    const english = localizeDefinition(questionnaireV1, "en");
    expect(questionnaireV1).toEqual(before);
    expect(english).not.toEqual(before);
    expect(localizeDefinition(questionnaireV1, "en")).toEqual(english);
  });

  it("falls back to Dutch: a whole version without a translation, or a single text without one", () => {
    const v99 = { ...structuredClone(questionnaireV1), version: 99 };
    expect(localizeDefinition(v99, "en")).toEqual(v99);

    const changed = structuredClone(questionnaireV1);
    const question = changed.pillars[0]!.questions[0]!;
    question.id = "sb-nieuw";
    const opportunity = changed.opportunities[0]!;
    opportunity.nextSteps.kansrijk.push("Bel uw contactpersoon.");
    opportunity.rules[0]!.optionIds = ["zijn-er"];
    const english = localizeDefinition(changed, "en");
    const q = english.pillars[0]!.questions[0]!;
    expect(q.text).toBe(question.text);
    expect(q.options.map((o) => o.label)).toEqual([...question.options.slice(0, -1).map((o) => o.label), "I don't know"]);
    expect(english.pillars[0]!.questions[1]!.text).toBe("Do you know which staff you will need in three years?");
    const o = english.opportunities[0]!;
    expect(o.nextSteps.kansrijk.at(-1)).toBe("Bel uw contactpersoon.");
    expect(o.nextSteps.kansrijk[0]).toBe("Write down which simple tasks your skilled staff do now.");
    expect(o.rules[0]!.reason).toBe(opportunity.rules[0]!.reason);
    expect(o.rules[1]!.reason).toBe(
      "You have not yet looked at simple tasks in your company. There are often more than you think.",
    );
    expect(o.title).toBe("Job creation and job carving");
  });
});

describe("scores and advice do not depend on the language", () => {
  const definition = questionnaireV1;
  const english = localizeDefinition(definition, "en");
  const questions = definition.pillars.flatMap((p) => p.questions);

  // per question: one of its options, an option id it does not have, or no answer
  const answersArb: fc.Arbitrary<Answers> = fc
    .tuple(
      ...questions.map((q) =>
        fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...q.options.map((o) => o.id)) },
          { weight: 1, arbitrary: fc.constant("bestaat-niet") },
          { weight: 1, arbitrary: fc.constant(null) },
        ),
      ),
    )
    .map((chosen) => {
      const answers: Answers = {};
      chosen.forEach((optionId, i) => {
        if (optionId !== null) answers[questions[i]!.id] = optionId;
      });
      return answers;
    });

  it("the report's scores, verdict inputs, weak points and fit levels are the same for nl and en", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const nl = scoreScan(definition, answers);
        const en = scoreScan(english, answers);
        const withoutTexts = (r: typeof nl) => ({
          ...r,
          pillars: r.pillars.map(({ title: _t, weakPoints, ...p }) => ({
            ...p,
            weakPoints: weakPoints.map(({ label: _l, ...w }) => w),
          })),
        });
        expect(withoutTexts(en)).toEqual(withoutTexts(nl));

        const nlMap = opportunityMap(definition, answers);
        const enMap = opportunityMap(english, answers);
        expect(enMap.map((o) => [o.id, o.fit, o.points, o.reasons.length, o.nextSteps.length, o.instrumentIds])).toEqual(
          nlMap.map((o) => [o.id, o.fit, o.points, o.reasons.length, o.nextSteps.length, o.instrumentIds]),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("an English report shows English texts for the same answers", () => {
    const answers: Answers = Object.fromEntries(questions.map((q) => [q.id, q.options[0]!.id]));
    answers["iw-taken"] = "zijn-er";
    const nl = opportunityMap(definition, answers)[0]!;
    const en = opportunityMap(english, answers)[0]!;
    expect(en.fit).toBe(nl.fit);
    expect(en.reasons[0]).toBe("You see simple tasks that you can combine into a new job. So you can get started right away.");
    const weak = scoreScan(english, answers).pillars[0]!.weakPoints[0]!;
    expect(weak.label).not.toBe(UNKNOWN_OPTION_LABEL);
    expect(weak.label).toMatch(/^No, /);
  });
});
