/**
 * All published Toekomstscan versions.
 *
 * Every definition is parsed through the zod schema when this module loads,
 * so a broken definition throws at start-up (and in the unit tests) instead
 * of producing a wrong report. The parsed copies are deep-frozen: a published
 * version never changes.
 *
 * To publish a new version: add `v2.ts` and append it to `sources`. Never
 * edit a version that is in use — scans store the version they were taken with.
 */
import { questionnaireDefinitionSchema, type QuestionnaireDefinition } from "./schema";
import { questionnaireV1 } from "./v1";

const sources: readonly QuestionnaireDefinition[] = [questionnaireV1];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}

function load(definitions: readonly QuestionnaireDefinition[]): readonly QuestionnaireDefinition[] {
  const parsed = definitions.map((definition) => {
    const result = questionnaireDefinitionSchema.safeParse(definition);
    if (!result.success) {
      const issues = result.error.issues
        .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
        .join("\n");
      throw new Error(`Vragenlijst versie ${String(definition.version)} is ongeldig:\n${issues}`);
    }
    return deepFreeze(result.data);
  });
  const versions = new Set<number>();
  for (const definition of parsed) {
    if (versions.has(definition.version)) {
      throw new Error(`Vragenlijst versie ${definition.version} bestaat twee keer.`);
    }
    versions.add(definition.version);
  }
  return Object.freeze([...parsed].sort((a, b) => a.version - b.version));
}

/** Published definitions, validated and frozen, sorted by version (ascending). */
export const questionnaireDefinitions: readonly QuestionnaireDefinition[] = load(sources);

export function getDefinition(version: number): QuestionnaireDefinition | undefined {
  return questionnaireDefinitions.find((definition) => definition.version === version);
}

/** The newest published version: the one a new scan uses. */
export function latestDefinition(): QuestionnaireDefinition {
  const latest = questionnaireDefinitions[questionnaireDefinitions.length - 1];
  if (!latest) throw new Error("Er is geen vragenlijst gepubliceerd.");
  return latest;
}

export * from "./schema";
