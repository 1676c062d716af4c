/**
 * Published questionnaire versions live in the database as frozen JSON. A
 * scan records its version; its report is always computed from that copy,
 * so an old report reproduces exactly whatever the code says today.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "~db/schema";
import {
  questionnaireDefinitions,
  questionnaireDefinitionSchema,
  type QuestionnaireDefinition,
} from "~/content/questionnaire";
import { db } from "~/utils/db.server";

export function definitionChecksum(definition: QuestionnaireDefinition): string {
  return createHash("sha256").update(JSON.stringify(definition)).digest("hex");
}

/** Publishes every definition from the content folder that the database does not have yet. */
export async function publishMissingVersions(database: Kysely<Database>): Promise<number[]> {
  const existing = await database.selectFrom("questionnaire_versions").select(["version", "checksum"]).execute();
  const published: number[] = [];
  for (const definition of questionnaireDefinitions) {
    const found = existing.find((e) => e.version === definition.version);
    if (found) continue;
    await database
      .insertInto("questionnaire_versions")
      .values({
        version: definition.version,
        title: definition.title,
        definition_json: JSON.stringify(definition),
        checksum: definitionChecksum(definition),
        published_at: new Date().toISOString(),
        retired_at: null,
      })
      .onConflict((oc) => oc.column("version").doNothing())
      .execute();
    published.push(definition.version);
  }
  return published;
}

const cache = new Map<number, QuestionnaireDefinition>();

/** The published definition of a version (immutable, so cached per process). */
export async function getPublishedDefinition(version: number): Promise<QuestionnaireDefinition | null> {
  const cached = cache.get(version);
  if (cached) return cached;
  const row = await db()
    .selectFrom("questionnaire_versions")
    .select("definition_json")
    .where("version", "=", version)
    .executeTakeFirst();
  if (!row) return null;
  const definition = questionnaireDefinitionSchema.parse(JSON.parse(row.definition_json));
  cache.set(version, definition);
  return definition;
}

/** The version a new scan uses: the newest one that is published and not retired. */
export async function currentVersion(): Promise<number> {
  const row = await db()
    .selectFrom("questionnaire_versions")
    .select("version")
    .where("retired_at", "is", null)
    .orderBy("version", "desc")
    .executeTakeFirst();
  if (!row) throw new Error("Er is geen vragenlijst gepubliceerd.");
  return row.version;
}
