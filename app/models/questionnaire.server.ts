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
import {
  canRetire,
  versionForNewScans,
  versionOverview,
  type RetireCheck,
  type StoredVersion,
} from "~/domain/questionnaire-versions";
import { db } from "~/utils/db.server";
import { audit } from "./audit.server";

export function definitionChecksum(definition: QuestionnaireDefinition): string {
  return createHash("sha256").update(JSON.stringify(definition)).digest("hex");
}

type Actor = { id: string; role: string };

async function insertVersion(database: Kysely<Database>, definition: QuestionnaireDefinition, at: string) {
  const result = await database
    .insertInto("questionnaire_versions")
    .values({
      version: definition.version,
      title: definition.title,
      definition_json: JSON.stringify(definition),
      checksum: definitionChecksum(definition),
      published_at: at,
      retired_at: null,
    })
    .onConflict((oc) => oc.column("version").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * At start-up: a database without any published version (a fresh install)
 * gets every definition from the content folder, so the scan works at once.
 * Later definitions are published by an administrator on /beheer/vragenlijsten.
 */
export async function publishInitialVersions(database: Kysely<Database>): Promise<number[]> {
  const any = await database.selectFrom("questionnaire_versions").select("version").limit(1).executeTakeFirst();
  if (any) return [];
  const at = new Date().toISOString();
  for (const definition of questionnaireDefinitions) await insertVersion(database, definition, at);
  return questionnaireDefinitions.map((d) => d.version);
}

async function storedVersions(database: Kysely<Database>): Promise<StoredVersion[]> {
  const rows = await database
    .selectFrom("questionnaire_versions")
    .select(["version", "title", "published_at", "retired_at"])
    .orderBy("version")
    .execute();
  return rows.map((r) => ({ version: r.version, title: r.title, publishedAt: r.published_at, retiredAt: r.retired_at }));
}

/** Published, retired and not yet published versions, newest first, with the number of scans on each. */
export async function listQuestionnaireVersions() {
  const counts = await db()
    .selectFrom("scans")
    .select(["questionnaire_version", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("questionnaire_version")
    .execute();
  return versionOverview(
    await storedVersions(db()),
    questionnaireDefinitions.map((d) => ({ version: d.version, title: d.title })),
    new Map(counts.map((c) => [c.questionnaire_version, Number(c.n)])),
  );
}

/** Publishes a definition from the content folder; false when there is no such definition or it is published already. */
export async function publishVersion(version: number, actor: Actor): Promise<boolean> {
  const definition = questionnaireDefinitions.find((d) => d.version === version);
  if (!definition) return false;
  return db()
    .transaction()
    .execute(async (trx) => {
      if (!(await insertVersion(trx, definition, new Date().toISOString()))) return false;
      await audit(trx, { actor, action: "questionnaire-publish", subjectType: "questionnaire", subjectId: String(version) });
      return true;
    });
}

/** Retires a version for new scans; scans that have it keep it. Refused for the last active version. */
export async function retireVersion(version: number, actor: Actor): Promise<RetireCheck> {
  return db()
    .transaction()
    .execute(async (trx) => {
      const check = canRetire(await storedVersions(trx), version);
      if (!check.ok) return check;
      await trx.updateTable("questionnaire_versions").set({ retired_at: new Date().toISOString() }).where("version", "=", version).execute();
      await audit(trx, { actor, action: "questionnaire-retire", subjectType: "questionnaire", subjectId: String(version) });
      return check;
    });
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
  const version = versionForNewScans(await storedVersions(db()));
  if (version === null) throw new Error("Er is geen vragenlijst gepubliceerd.");
  return version;
}

/** The published definition new scans use. */
export async function currentDefinition(): Promise<QuestionnaireDefinition> {
  const definition = await getPublishedDefinition(await currentVersion());
  if (!definition) throw new Error("Er is geen vragenlijst gepubliceerd.");
  return definition;
}
