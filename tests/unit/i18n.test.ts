/// <reference types="vite/client" />
/**
 * Every text a user reads comes from a catalogue in `app/i18n/` with a Dutch
 * and an English version. These tests fail on a missing or empty translation,
 * on placeholders that differ between the languages, on Dutch texts that break
 * the B1 rules, and on text written directly in a page, component or schema
 * instead of in a catalogue.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { jargon } from "~/content/jargon";
import { errorText, encodeError } from "~/i18n/error-codec";
import { errorMessages } from "~/i18n/errors";
import { fmt, placeholdersOf } from "~/i18n/locale";
import { MAX_AVERAGE_WORDS, checkTexts, type TextToCheck } from "~/domain/plain-language";

type Tree = { [key: string]: string | Tree };
interface FoundCatalogue {
  name: string;
  nl: Tree;
  en: Tree;
}

const root = join(__dirname, "../..");
const modules = import.meta.glob<Record<string, unknown>>("../../app/i18n/**/*.ts", { eager: true });

const isTree = (v: unknown): v is Tree => typeof v === "object" && v !== null && !Array.isArray(v);

function catalogues(): FoundCatalogue[] {
  const found: FoundCatalogue[] = [];
  for (const [file, exports] of Object.entries(modules)) {
    for (const [exportName, value] of Object.entries(exports)) {
      if (isTree(value) && isTree(value.nl) && isTree(value.en)) {
        found.push({ name: `${file.replace("../../app/i18n/", "")}#${exportName}`, nl: value.nl, en: value.en });
      }
    }
  }
  return found;
}

/** [path, text] of every leaf, in key order. */
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w));

describe("catalogues", () => {
  const all = catalogues();

  it("finds the catalogues", () => {
    expect(all.map((c) => c.name)).toContain("common.ts#commonMessages");
    expect(all.length).toBeGreaterThan(5);
  });

  it("every Dutch text has an English translation with the same placeholders, and nothing else", () => {
    const problems: string[] = [];
    for (const c of all) {
      const nl = new Map(leaves(c.nl));
      const en = new Map(leaves(c.en));
      for (const [key, text] of nl) {
        const translated = en.get(key);
        if (translated === undefined) problems.push(`${c.name} ${key}: no English text`);
        else if (translated.trim() === "") problems.push(`${c.name} ${key}: English text is empty`);
        else if (placeholdersOf(text).join() !== placeholdersOf(translated).join())
          problems.push(`${c.name} ${key}: placeholders differ (${placeholdersOf(text).join()} / ${placeholdersOf(translated).join()})`);
        // A copied Dutch sentence is an untranslated one; names and single words may be the same.
        else if (translated === text && wordsOf(text).length > 2)
          problems.push(`${c.name} ${key}: English text is the Dutch text`);
        if (text.trim() === "") problems.push(`${c.name} ${key}: Dutch text is empty`);
      }
      for (const key of en.keys()) if (!nl.has(key)) problems.push(`${c.name} ${key}: English only`);
    }
    expect(problems).toEqual([]);
  });

  it("the Dutch texts follow the B1 rules: short sentences, jargon explained at its first use", () => {
    const texts: TextToCheck[] = [];
    for (const c of all) {
      const entries = leaves(c.nl);
      // Jargon may be explained at its first use anywhere in the same catalogue (the same page or area).
      const explains = entries.map(([, t]) => t).join("\n");
      for (const [key, text] of entries) texts.push({ where: `${c.name} ${key}`, text: fmt(text), explains });
    }
    const report = checkTexts(texts, jargon);
    // Fixed names (a group called `names`: statuses, types, titles) are exempt from the jargon rule only.
    const isName = (where: string) => / names\./.test(where);
    expect(report.violations.filter((v) => v.kind !== "jargon" || !isName(v.where))).toEqual([]);
    expect(report.averageWords).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
  });
});

describe("validation messages", () => {
  it("are keys that show as text in both languages", () => {
    const key = encodeError("common", "tooLong", { max: 200 });
    expect(errorText(key, errorMessages.nl, "?")).toBe("Dit is te lang. Gebruik hoogstens 200 tekens.");
    expect(errorText(key, errorMessages.en, "?")).toBe("This is too long. Use at most 200 characters.");
    expect(errorText("common:doesNotExist", errorMessages.en, "fallback")).toBe("fallback");
  });
});

// ---------------------------------------------------------------------------
// No text outside the catalogues

/** Attributes whose value a user reads or hears. */
const TEXT_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "label", "legend", "hint", "summary", "caption"]);
/** Attributes that never hold text for the user (class names, ids, urls, …). */
const isTextAttribute = (name: string) => TEXT_ATTRIBUTES.has(name);

/** Two words with letters: a phrase, not an id, key, url or class name. */
const PHRASE = /[\p{L}]{2,}[^\s]*\s+[^\s]*[\p{L}]{2,}/u;
const WORD = /[\p{L}]{2,}/u;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function hardCodedTexts(file: string): string[] {
  const source = readFileSync(join(root, file), "utf8");
  const lines = source.split("\n");
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line;
    if (lines[line]?.includes("i18n-ignore")) return;
    found.push(`${relative(root, join(root, file))}:${line + 1}: ${text.trim().slice(0, 60)}`);
  };
  const insideNonTextAttribute = (node: ts.Node) => {
    for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
      if (ts.isJsxAttribute(p)) return !isTextAttribute(p.name.getText(sf));
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return true;
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (WORD.test(node.text)) report(node, node.text);
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (isTextAttribute(node.name.getText(sf)) && WORD.test(node.initializer.text)) report(node, node.initializer.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (PHRASE.test(node.text) && !insideNonTextAttribute(node)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
      if (PHRASE.test(parts) && !insideNonTextAttribute(node)) report(node, parts);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("no text outside the catalogues", () => {
  const files = [
    "app/root.tsx",
    ...filesUnder("app/routes", /\.tsx?$/),
    ...filesUnder("app/components", /\.tsx$/),
    ...filesUnder("app/schemas", /\.ts$/),
  ];

  it("pages, components and form schemas take every text from a catalogue", () => {
    const found = files.flatMap(hardCodedTexts);
    expect(found).toEqual([]);
  });
});
