/**
 * Plain-language (B1) checks for texts shown to employers. Pure, no I/O.
 *
 * Rules (product.md §3, 003:2034–2036, 003:2447):
 * - the average sentence length over all checked texts is at most
 *   `MAX_AVERAGE_WORDS` (15) words — the caller compares `averageWords`;
 * - no sentence is longer than `MAX_SENTENCE_WORDS` (25) words;
 * - a jargon word is only used when it is explained at its first use (see
 *   `isExplainedAtFirstUse`), in the same text or in the text given as
 *   `explains` (for questionnaire texts: the question's "why" line).
 *
 * Sentence splitting (kept simple on purpose):
 * - a line break always ends a sentence;
 * - otherwise a sentence ends at a word that ends in ".", "!", "?" or "…"
 *   (closing quotes/brackets after it are allowed) and is followed by
 *   whitespace or the end of the text;
 * - a word ending in "." does NOT end the sentence when it is a known
 *   abbreviation ("bijv.", "o.a.", "d.w.z.", …), a run of single letters with
 *   dots ("A.", "n.v.t."), or when the next word starts with a lower-case
 *   letter (Dutch sentences start with a capital, a digit or a quote);
 * - dots and dashes inside a word never split: "1.000", "10–300", "3,5".
 *
 * Word counting: whitespace-separated tokens that contain at least one letter
 * or digit. So "10–300" is one word, "€ 500" is one word (the "€" alone is
 * not a word) and a lone dash is not a word.
 */
import { FIT_LEVELS, type QuestionnaireDefinition } from "~/content/questionnaire/schema";

export const MAX_AVERAGE_WORDS = 15;
export const MAX_SENTENCE_WORDS = 25;

export interface JargonEntry {
  /** The word or phrase as it is usually written. */
  term: string;
  /** Short B1 explanation, written so it can follow the term in brackets. */
  explanation: string;
  /** Other spellings that count as the same word (plural, inflected). */
  variants?: readonly string[];
}

export interface TextToCheck {
  /** Where the text lives, for the report (e.g. "v1/vraag:sb-koers/tekst"). */
  where: string;
  text: string;
  /** Another text shown with this one that may explain its jargon (the "why" line). */
  explains?: string;
}

export type PlainLanguageViolationKind = "long-sentence" | "jargon";

export interface PlainLanguageViolation {
  where: string;
  kind: PlainLanguageViolationKind;
  detail: string;
}

export interface PlainLanguageReport {
  /** Mean number of words per sentence over all texts (0 when there are none). */
  averageWords: number;
  sentenceCount: number;
  wordCount: number;
  violations: PlainLanguageViolation[];
}

const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "bijv.",
  "bv.",
  "bijvb.",
  "o.a.",
  "d.w.z.",
  "m.b.t.",
  "i.p.v.",
  "i.v.m.",
  "t.a.v.",
  "t.o.v.",
  "m.u.v.",
  "e.d.",
  "enz.",
  "etc.",
  "incl.",
  "excl.",
  "ca.",
  "nr.",
  "evt.",
  "z.s.m.",
  "zgn.",
  "resp.",
  "vgl.",
  "blz.",
  "max.",
  "min.",
  "mln.",
  "mld.",
  "dhr.",
  "mevr.",
  "mr.",
  "dr.",
  "drs.",
  "ir.",
  "ing.",
  "prof.",
  "tel.",
  "jl.",
  "a.s.",
  "n.v.t.",
  "p.p.",
]);

const OPENING_PUNCTUATION = /^[("'‘“«[]+/u;
const CLOSING_PUNCTUATION = /[)"'’”»\]]+$/u;
const SENTENCE_END = /[.!?…]$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.){2,}$/u;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const STARTS_LOWER_CASE = /^[("'‘“«[]*\p{Ll}/u;

function endsSentence(token: string, next: string | undefined): boolean {
  const core = token.replace(CLOSING_PUNCTUATION, "");
  if (!SENTENCE_END.test(core)) return false;
  if (core.endsWith("!") || core.endsWith("?") || core.endsWith("…")) return true;
  const bare = core.replace(OPENING_PUNCTUATION, "").toLowerCase();
  if (ABBREVIATIONS.has(bare) || DOTTED_LETTERS.test(bare)) return false;
  if (next !== undefined && STARTS_LOWER_CASE.test(next)) return false;
  return true;
}

/** Splits a text into sentences (see the module comment for the rules). */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const tokens = line.split(/\s+/).filter((t) => t.length > 0);
    let current: string[] = [];
    tokens.forEach((token, i) => {
      current.push(token);
      if (endsSentence(token, tokens[i + 1])) {
        sentences.push(current.join(" "));
        current = [];
      }
    });
    if (current.length > 0) sentences.push(current.join(" "));
  }
  return sentences.filter((s) => countWords(s) > 0);
}

/** Number of words in a sentence: whitespace-separated tokens with a letter or digit. */
export function countWords(sentence: string): number {
  return sentence.split(/\s+/).filter((t) => HAS_WORD_CHARACTER.test(t)).length;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function formsOf(entry: JargonEntry): string[] {
  return [entry.term, ...(entry.variants ?? [])].sort((a, b) => b.length - a.length);
}

function jargonPattern(entry: JargonEntry): RegExp {
  const alternatives = formsOf(entry)
    .map((form) => escapeRegExp(form.trim()).replace(/\s+/g, "\\s+"))
    .join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "iu");
}

/** After the term: optional closing quote, then "(…", ": …", ", dat is …", ", dat zijn …" or ", dus …". */
const EXPLANATION_MARKER = /^['"’”]?(?:\s*\(\s*[\p{L}\p{N}]|\s*:\s+\S|,\s*(?:dat is|dat zijn|dus)\s+\S)/iu;

/** Position of the first use of a jargon term in a text, or undefined when it is not used. */
export function findJargon(text: string, entry: JargonEntry): { index: number; length: number } | undefined {
  const match = jargonPattern(entry).exec(text);
  return match ? { index: match.index, length: match[0].length } : undefined;
}

/**
 * True when the first use of the term in `text` is directly followed by an
 * explanation (brackets, a colon, ", dat is", ", dat zijn" or ", dus").
 */
export function isExplainedAtFirstUse(text: string, entry: JargonEntry): boolean {
  const found = findJargon(text, entry);
  if (!found) return false;
  return EXPLANATION_MARKER.test(text.slice(found.index + found.length));
}

export function checkTexts(texts: readonly TextToCheck[], jargonList: readonly JargonEntry[]): PlainLanguageReport {
  const violations: PlainLanguageViolation[] = [];
  let sentenceCount = 0;
  let wordCount = 0;

  for (const { where, text, explains } of texts) {
    for (const sentence of splitSentences(text)) {
      const words = countWords(sentence);
      sentenceCount += 1;
      wordCount += words;
      if (words > MAX_SENTENCE_WORDS) {
        violations.push({
          where,
          kind: "long-sentence",
          detail: `${words} woorden (max ${MAX_SENTENCE_WORDS}): "${sentence}"`,
        });
      }
    }

    for (const entry of jargonList) {
      if (!findJargon(text, entry)) continue;
      const explainedHere = isExplainedAtFirstUse(text, entry);
      const explainedAlongside = explains !== undefined && isExplainedAtFirstUse(explains, entry);
      if (!explainedHere && !explainedAlongside) {
        violations.push({
          where,
          kind: "jargon",
          detail: `"${entry.term}" zonder uitleg bij het eerste gebruik (uitleg: ${entry.explanation})`,
        });
      }
    }
  }

  return {
    averageWords: sentenceCount === 0 ? 0 : wordCount / sentenceCount,
    sentenceCount,
    wordCount,
    violations,
  };
}

/**
 * Every text of a questionnaire definition that an employer reads, in
 * reading order: the title and intro, each pillar intro, and per question
 * the question text, the "why" line and the answer labels. The question text
 * and its answer labels may rely on the "why" line to explain jargon.
 * Then per Kansenkaart option (opportunity) its description, the reason of
 * every rule and every next step (per fit level); the reasons and steps are
 * shown under the description and may rely on it to explain jargon.
 * Pillar titles and opportunity titles are fixed names and are left out
 * (exempt); the description explains the title.
 */
export function textsOfDefinition(definition: QuestionnaireDefinition): TextToCheck[] {
  const v = `v${definition.version}`;
  const texts: TextToCheck[] = [
    { where: `${v}/titel`, text: definition.title },
    { where: `${v}/intro`, text: definition.intro },
  ];
  for (const pillar of definition.pillars) {
    texts.push({ where: `${v}/pijler:${pillar.id}/intro`, text: pillar.intro });
    for (const question of pillar.questions) {
      const q = `${v}/vraag:${question.id}`;
      texts.push({ where: `${q}/tekst`, text: question.text, explains: question.why });
      texts.push({ where: `${q}/waarom`, text: question.why });
      for (const option of question.options) {
        texts.push({ where: `${q}/antwoord:${option.id}`, text: option.label, explains: question.why });
      }
    }
  }
  for (const opportunity of definition.opportunities) {
    const k = `${v}/kans:${opportunity.id}`;
    const explains = opportunity.description;
    texts.push({ where: `${k}/omschrijving`, text: opportunity.description });
    opportunity.rules.forEach((rule, i) => {
      texts.push({ where: `${k}/regel:${i + 1}`, text: rule.reason, explains });
    });
    for (const fit of FIT_LEVELS) {
      opportunity.nextSteps[fit].forEach((step, i) => {
        texts.push({ where: `${k}/stap:${fit}:${i + 1}`, text: step, explains });
      });
    }
  }
  return texts;
}
