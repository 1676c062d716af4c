import { describe, expect, it } from "vitest";
import { jargon } from "~/content/jargon";
import { privacyStatement, textsOfPrivacyStatement } from "~/content/privacy";
import { DEFAULT_RETENTION } from "~/domain/retention";
import { questionnaireDefinitions } from "~/content/questionnaire";
import {
  MAX_AVERAGE_WORDS,
  checkTexts,
  countWords,
  isExplainedAtFirstUse,
  splitSentences,
  textsOfDefinition,
  type JargonEntry,
} from "~/domain/plain-language";

const JOBCARVING: JargonEntry = { term: "jobcarving", explanation: "een baan maken uit losse taken" };
const OPEN_HIRING: JargonEntry = { term: "Open Hiring", explanation: "aannemen zonder sollicitatie" };
const INCLUSIEF: JargonEntry = {
  term: "inclusief",
  explanation: "zo dat iedereen mee kan doen",
  variants: ["inclusieve"],
};

function sentenceOf(words: number): string {
  return `${Array.from({ length: words }, (_, i) => (i === 0 ? "Woord" : "woord")).join(" ")}.`;
}

describe("splitSentences and countWords", () => {
  it("splits on . ! ? and line breaks", () => {
    expect(splitSentences("Dit is één. Is dit twee? Ja! En vier")).toEqual([
      "Dit is één.",
      "Is dit twee?",
      "Ja!",
      "En vier",
    ]);
    expect(splitSentences("Eerste regel\nTweede regel")).toEqual(["Eerste regel", "Tweede regel"]);
  });

  it("does not split on abbreviations, numbers or amounts", () => {
    expect(splitSentences("Denk bijv. aan een buddy. Dat helpt.")).toHaveLength(2);
    expect(splitSentences("U krijgt o.a. uitleg over regels. Dat is fijn.")).toHaveLength(2);
    expect(splitSentences("Voor bedrijven met 10–300 fte. Ook voor u.")).toHaveLength(2);
    expect(splitSentences("De voucher is € 500. Het rapport kost € 1.000,50 per stuk.")).toHaveLength(2);
    expect(splitSentences("Het werk is 3.5 uur per dag.")).toHaveLength(1);
    expect(splitSentences("Dat gaat via dhr. Jansen van de gemeente.")).toHaveLength(1);
    // an unknown abbreviation followed by a lower-case word does not end the sentence
    expect(splitSentences("Dat is vnl. het geval bij kleine bedrijven.")).toHaveLength(1);
  });

  it("counts words with letters or digits only", () => {
    expect(countWords("De voucher is € 500.")).toBe(4);
    expect(countWords("Voor 10–300 fte — ook voor u.")).toBe(6);
    expect(countWords("   ")).toBe(0);
  });
});

describe("checkTexts", () => {
  it("flags a sentence of 26 words and accepts one of 25", () => {
    expect(countWords(sentenceOf(26))).toBe(26);
    const long = checkTexts([{ where: "a", text: sentenceOf(26) }], []);
    expect(long.violations).toEqual([expect.objectContaining({ where: "a", kind: "long-sentence" })]);

    const ok = checkTexts([{ where: "b", text: sentenceOf(25) }], []);
    expect(ok.violations).toEqual([]);
  });

  it("computes the average over all sentences of all texts", () => {
    const report = checkTexts(
      [
        { where: "a", text: `${sentenceOf(10)} ${sentenceOf(20)}` },
        { where: "b", text: sentenceOf(6) },
      ],
      [],
    );
    expect(report.sentenceCount).toBe(3);
    expect(report.averageWords).toBe(12);
    expect(checkTexts([], []).averageWords).toBe(0);
  });

  it("flags jargon without an explanation", () => {
    const report = checkTexts([{ where: "vraag", text: "Doet u aan jobcarving?" }], [JOBCARVING]);
    expect(report.violations).toEqual([expect.objectContaining({ where: "vraag", kind: "jargon" })]);
    expect(report.violations[0]?.detail).toContain("jobcarving");
  });

  it("matches jargon case-insensitively, as a whole word, including variants", () => {
    const flagged = checkTexts(
      [
        { where: "hoofdletter", text: "Jobcarving kan helpen." },
        { where: "variant", text: "Wij zijn een inclusieve werkgever." },
      ],
      [JOBCARVING, INCLUSIEF],
    );
    expect(flagged.violations.map((v) => v.where)).toEqual(["hoofdletter", "variant"]);

    // part of a longer word is not the term
    const compound = checkTexts([{ where: "c", text: "Dit is een jobcarvingsessie." }], [JOBCARVING]);
    expect(compound.violations).toEqual([]);
  });

  it("accepts jargon explained in brackets, after a colon, or with ', dat is' / ', dus'", () => {
    const texts = [
      { where: "haakjes", text: "Dit heet jobcarving (een baan maken uit losse taken)." },
      { where: "dubbele punt", text: "Dit heet Open Hiring: wie wil werken, mag beginnen." },
      { where: "dat is", text: "Denk aan jobcarving, dat is een baan maken uit losse taken." },
      { where: "dus", text: "Wij zijn inclusief, dus iedereen kan hier werken." },
    ];
    expect(checkTexts(texts, [JOBCARVING, OPEN_HIRING, INCLUSIEF]).violations).toEqual([]);
  });

  it("requires the explanation at the first use", () => {
    const text = "Jobcarving is handig. Jobcarving (een baan uit losse taken) kan iedereen.";
    expect(isExplainedAtFirstUse(text, JOBCARVING)).toBe(false);
    expect(checkTexts([{ where: "x", text }], [JOBCARVING]).violations).toHaveLength(1);
  });

  it("accepts jargon that the 'why' line explains, but not a 'why' line that only repeats it", () => {
    const explained = checkTexts(
      [{ where: "vraag", text: "Doet u aan jobcarving?", explains: "Jobcarving (een baan uit losse taken) helpt." }],
      [JOBCARVING],
    );
    expect(explained.violations).toEqual([]);

    const notExplained = checkTexts(
      [{ where: "vraag", text: "Doet u aan jobcarving?", explains: "Jobcarving helpt veel bedrijven." }],
      [JOBCARVING],
    );
    expect(notExplained.violations).toHaveLength(1);
  });
});

describe("the real content is B1", () => {
  it("every text of every published questionnaire passes the plain-language check", () => {
    expect(questionnaireDefinitions.length).toBeGreaterThan(0);
    for (const definition of questionnaireDefinitions) {
      const texts = textsOfDefinition(definition);
      const questions = definition.pillars.flatMap((p) => p.questions);
      const optionCount = questions.reduce((n, q) => n + q.options.length, 0);
      const opportunityTextCount = definition.opportunities.reduce(
        (n, o) =>
          n + 1 + o.rules.length + o.nextSteps.kansrijk.length + o.nextSteps.mogelijk.length + o.nextSteps["nog niet"].length,
        0,
      );
      // title + intro + pillar intros + (text + why) per question + every answer label
      // + per Kansenkaart option: description, rule reasons and next steps
      expect(texts).toHaveLength(
        2 + definition.pillars.length + 2 * questions.length + optionCount + opportunityTextCount,
      );
      expect(texts.filter((t) => t.where.includes("/kans:")).length).toBe(opportunityTextCount);

      const report = checkTexts(texts, jargon);
      const withoutLabels = checkTexts(
        texts.filter((t) => !t.where.includes("/antwoord:")),
        jargon,
      );
      console.log(
        `Toekomstscan v${definition.version}: ${texts.length} teksten, ${report.sentenceCount} zinnen, ` +
          `gemiddeld ${report.averageWords.toFixed(2)} woorden per zin ` +
          `(zonder antwoordlabels: ${withoutLabels.averageWords.toFixed(2)})`,
      );

      expect(report.violations).toEqual([]);
      expect(report.averageWords).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
      expect(withoutLabels.averageWords).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
    }
  });

  it("every text of the privacy statement passes the same check", () => {
    const statement = privacyStatement(DEFAULT_RETENTION, "nl");
    const texts = textsOfPrivacyStatement(statement);
    const itemCount = statement.sections.reduce((n, s) => n + 1 + s.paragraphs.length + (s.items?.length ?? 0), 0);
    expect(texts).toHaveLength(3 + 3 * statement.processing.length + itemCount);
    const report = checkTexts(texts, jargon);
    console.log(`Privacyverklaring: ${texts.length} teksten, ${report.sentenceCount} zinnen, gemiddeld ${report.averageWords.toFixed(2)} woorden per zin`);
    expect(report.violations).toEqual([]);
    expect(report.averageWords).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
    // the periods on the page are the settings, not a copy typed by hand
    expect(texts.map((t) => t.text).join(" ")).toContain("90 dagen");
    expect(textsOfPrivacyStatement(privacyStatement({ unfinishedScanDays: 30, closedRequestDays: 365 }, "nl")).map((t) => t.text).join(" ")).toMatch(
      /30 dagen.*1 jaar/s,
    );
  });

  it("the jargon list has unique terms with an explanation that itself has no long sentence", () => {
    const terms = jargon.map((j) => j.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
    for (const entry of jargon) {
      expect(entry.explanation.trim().length, entry.term).toBeGreaterThan(0);
      expect(countWords(entry.explanation), entry.term).toBeLessThanOrEqual(20);
    }
    for (const term of ["employability", "duurzame inzetbaarheid", "doelgroepregister", "jobcarving", "SROI", "BBL"]) {
      expect(terms).toContain(term.toLowerCase());
    }
  });

  it("a jargon word slipped into the questionnaire would be caught", () => {
    const definition = questionnaireDefinitions[0];
    if (!definition) throw new Error("no definition");
    const texts = textsOfDefinition(definition).map((t) =>
      t.where.endsWith("/intro") && t.where.includes("pijler:strategie-bedrijf")
        ? { ...t, text: `${t.text} Het gaat om uw strategie en duurzame inzetbaarheid.` }
        : t,
    );
    const kinds = checkTexts(texts, jargon).violations.map((v) => `${v.kind}:${v.detail.split('"')[1] ?? ""}`);
    expect(kinds).toEqual(expect.arrayContaining(["jargon:strategie", "jargon:duurzame inzetbaarheid"]));
  });
});

describe("e-mails, consent texts and the accessibility statement", () => {
  it("are plain Dutch too: no long sentences, no unexplained jargon", async () => {
    const mail = await import("~/content/mail");
    const accessibility = (await import("~/content/accessibility")).accessibilityStatement("nl");
    const { consentMessages } = await import("~/i18n/consents");
    const { fmt } = await import("~/i18n/locale");
    const { wsp, organisation } = consentMessages.nl;
    const link = "https://portaal.example.nl/x";
    const mails = {
      loginLink: mail.loginLinkMail({ name: "Anouk", link, minutes: 30 }, "nl"),
      resume: mail.resumeScanMail({ name: "Anouk", link, days: 7 }, "nl"),
      knownCompany: mail.knownCompanyMail({ name: "Anouk", link, days: 7 }, "nl"),
      staffInvite: mail.staffInviteMail({ name: "Fatima", roleLabel: "accountmanager", link, days: 7 }, "nl"),
      requestReceived: mail.requestReceivedMail({ name: "Anouk", typeLabel: "Gesprek", contactName: "Fatima", due: "25 november 2026", link }, "nl"),
      newRequestForStaff: mail.newRequestForStaffMail({ typeLabel: "Gesprek", company: "Bakkerij", due: "25 november 2026", link }, "nl"),
      statusChanged: mail.statusChangedMail({ name: "Anouk", typeLabel: "Gesprek", message: "Uw aanvraag is toegekend.", link }, "nl"),
      dailyDigest: mail.dailyDigestMail({ name: "Fatima", overdue: ["Gesprek — Bakkerij"], dueToday: [], actions: [], link }, "nl"),
      campaignInvitation: mail.campaignInvitationMail({ organisation: "De vereniging", campaign: "Ledenavond", link, unsubscribeLink: link, minutes: 15 }, "nl"),
    };
    // Every e-mail the portal sends is in the list above.
    expect(Object.keys(mails)).toHaveLength(Object.values(mail).filter((v) => typeof v === "function").length);
    const texts = [
      ...Object.entries(mails).flatMap(([where, m]) => [
        { where: `mail:${where}/onderwerp`, text: m.subject },
        { where: `mail:${where}/tekst`, text: m.text.split("\n").filter((l) => !l.startsWith("http")).join("\n") },
      ]),
      {
        where: "toestemming:wsp",
        text: [
          wsp.question,
          wsp.hint,
          fmt(wsp.yes, { wsp: "WSP Rijnmond" }),
          wsp.no,
        ].join("\n"),
      },
      {
        where: "toestemming:organisatie",
        text: [organisation.question, organisation.hint].map((t) => fmt(t, { organisation: "De vereniging" })).join("\n"),
      },
      {
        where: "toegankelijkheidsverklaring",
        text: [accessibility.title, accessibility.intro, ...accessibility.sections.flatMap((s) => [s.heading, ...s.paragraphs])].join("\n"),
      },
    ];
    const report = checkTexts(texts, jargon);
    console.log(`E-mails en toestemmingen: ${texts.length} teksten, ${report.sentenceCount} zinnen, gemiddeld ${report.averageWords.toFixed(2)} woorden per zin`);
    expect(report.violations).toEqual([]);
    expect(report.averageWords).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
  });
});
