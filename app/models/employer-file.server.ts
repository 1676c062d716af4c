/** The employer file a WSP works from: profile, shared reports, requests, notes and promised actions. */
import { db } from "~/utils/db.server";
import { newId, nowIso } from "~/utils/ids.server";

export async function getRegionEmployer(employerId: string, regionId: string) {
  return db()
    .selectFrom("employers as e")
    .innerJoin("sectors as s", "s.id", "e.sector_id")
    .leftJoin("municipalities as m", "m.code", "e.municipality_code")
    .leftJoin("users as am", "am.id", "e.account_manager_id")
    .select([
      "e.id",
      "e.name",
      "e.kvk",
      "e.fte",
      "e.contact_name",
      "e.email",
      "e.phone",
      "e.region_id",
      "e.is_demo",
      "s.name as sector_name",
      "e.sector_id",
      "m.name as municipality_name",
      "am.name as am_name",
    ])
    .where("e.id", "=", employerId)
    .where("e.region_id", "=", regionId)
    .executeTakeFirst();
}

export async function employerFile(employerId: string) {
  const [scans, requests, notes, actions] = await Promise.all([
    db()
      .selectFrom("scans as s")
      .leftJoin("leads as l", "l.scan_id", "s.id")
      .select(["s.id", "s.completed_at", "s.overall_score", "l.stage", "l.due_at", "l.first_contact_at"])
      .where("s.employer_id", "=", employerId)
      .where("s.status", "=", "completed")
      .where("s.shared_with_wsp", "=", 1)
      .orderBy("s.completed_at", "desc")
      .execute(),
    db()
      .selectFrom("requests")
      .select(["id", "type", "status", "due_at", "created_at"])
      .where("employer_id", "=", employerId)
      .orderBy("created_at", "desc")
      .execute(),
    db()
      .selectFrom("employer_notes as n")
      .innerJoin("users as u", "u.id", "n.author_id")
      .select(["n.id", "n.kind", "n.body", "n.happened_on", "n.created_at", "u.name as author"])
      .where("n.employer_id", "=", employerId)
      .orderBy("n.happened_on", "desc")
      .orderBy("n.created_at", "desc")
      .execute(),
    db()
      .selectFrom("follow_up_actions as a")
      .innerJoin("users as u", "u.id", "a.owner_id")
      .select(["a.id", "a.description", "a.due_on", "a.status", "a.done_at", "u.name as owner"])
      .where("a.employer_id", "=", employerId)
      .orderBy("a.status")
      .orderBy("a.due_on")
      .execute(),
  ]);
  return { scans, requests, notes, actions };
}

export async function addNote(input: { employerId: string; regionId: string; authorId: string; kind: "notitie" | "telefoon" | "bezoek" | "e-mail"; body: string; happenedOn: string }) {
  await db()
    .insertInto("employer_notes")
    .values({
      id: newId(),
      employer_id: input.employerId,
      region_id: input.regionId,
      author_id: input.authorId,
      kind: input.kind,
      body: input.body,
      happened_on: input.happenedOn,
      created_at: nowIso(),
    })
    .execute();
}

export async function addFollowUpAction(input: { employerId: string; regionId: string; ownerId: string; createdBy: string; description: string; dueOn: string }) {
  await db()
    .insertInto("follow_up_actions")
    .values({
      id: newId(),
      employer_id: input.employerId,
      region_id: input.regionId,
      owner_id: input.ownerId,
      description: input.description,
      due_on: input.dueOn,
      status: "open",
      created_by: input.createdBy,
      created_at: nowIso(),
      done_at: null,
    })
    .execute();
}

export async function markActionDone(actionId: string, employerId: string, regionId: string): Promise<boolean> {
  const r = await db()
    .updateTable("follow_up_actions")
    .set({ status: "gedaan", done_at: nowIso() })
    .where("id", "=", actionId)
    .where("employer_id", "=", employerId)
    .where("region_id", "=", regionId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Moves a lead along the pipeline; the first move after "nieuw" counts as first contact. */
export async function setLeadStage(scanId: string, employerId: string, regionId: string, stage: string): Promise<boolean> {
  const at = nowIso();
  const lead = await db()
    .selectFrom("leads")
    .select(["first_contact_at"])
    .where("scan_id", "=", scanId)
    .where("employer_id", "=", employerId)
    .where("region_id", "=", regionId)
    .executeTakeFirst();
  if (!lead) return false;
  await db()
    .updateTable("leads")
    .set({
      stage: stage as "nieuw",
      updated_at: at,
      first_contact_at: lead.first_contact_at ?? (stage === "nieuw" ? null : at),
    })
    .where("scan_id", "=", scanId)
    .execute();
  return true;
}
