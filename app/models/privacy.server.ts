/**
 * The employer's AVG rights: access (export of everything we keep about them)
 * and erasure (delete the account). See docs/decisions/0012-account-deletion.md.
 */
import { sql, type Expression, type SqlBool, type Transaction } from "kysely";
import type { Database } from "~db/schema";
import { db } from "~/utils/db.server";
import { newId, nowIso } from "~/utils/ids.server";
import { audit } from "./audit.server";
import { anonymiseRequests, deleteScans } from "./retention.server";

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/**
 * Everything the portal keeps about one employer, as plain data for a JSON
 * download: company, contact, scans with answers and results, consents,
 * requests with their history, WSP notes, actions and leads about them, the
 * mails sent to them, invitations to their address and the audit events
 * about them. Never password hashes or tokens, never another employer's data.
 */
export async function exportEmployerData(employerId: string) {
  const database = db();
  const employer = await database.selectFrom("employers").selectAll().where("id", "=", employerId).executeTakeFirstOrThrow();
  const users = await database
    .selectFrom("users")
    .select(["id", "email", "name", "phone", "role", "created_at", "last_login_at"])
    .where("employer_id", "=", employerId)
    .execute();
  const scans = await database.selectFrom("scans").selectAll().where("employer_id", "=", employerId).orderBy("started_at").execute();
  const scanIds = scans.map((s) => s.id);
  const requests = await database.selectFrom("requests").selectAll().where("employer_id", "=", employerId).orderBy("created_at").execute();
  const requestIds = requests.map((r) => r.id);
  const none = [""];
  const [answers, events, consents, notes, actions, leads, mails, invitations, optouts, auditEvents] = await Promise.all([
    database.selectFrom("scan_answers").selectAll().where("scan_id", "in", scanIds.length ? scanIds : none).execute(),
    database.selectFrom("request_events").selectAll().where("request_id", "in", requestIds.length ? requestIds : none).orderBy("at").execute(),
    database.selectFrom("consents").selectAll().where("employer_id", "=", employerId).orderBy("created_at").execute(),
    database
      .selectFrom("employer_notes as n")
      .innerJoin("users as u", "u.id", "n.author_id")
      .select(["n.id", "n.kind", "n.body", "n.happened_on", "n.created_at", "u.name as author"])
      .where("n.employer_id", "=", employerId)
      .orderBy("n.happened_on")
      .execute(),
    database
      .selectFrom("follow_up_actions as a")
      .innerJoin("users as u", "u.id", "a.owner_id")
      .select(["a.id", "a.description", "a.due_on", "a.status", "a.created_at", "a.done_at", "u.name as owner"])
      .where("a.employer_id", "=", employerId)
      .orderBy("a.due_on")
      .execute(),
    database.selectFrom("leads").select(["scan_id", "stage", "due_at", "first_contact_at", "created_at", "updated_at"]).where("employer_id", "=", employerId).execute(),
    database
      .selectFrom("mail_outbox")
      .select(["kind", "to_address", "subject", "text_body", "status", "created_at", "sent_at"])
      .where("to_address", "in", addressesOf(employer.email, users))
      .orderBy("created_at")
      .execute(),
    database
      .selectFrom("invitations as i")
      .innerJoin("campaigns as c", "c.id", "i.campaign_id")
      .innerJoin("organisations as o", "o.id", "i.organisation_id")
      .select(["i.email", "i.created_at", "c.name as campaign", "o.name as organisation"])
      .where("i.email", "in", addressesOf(employer.email, users))
      .execute(),
    database.selectFrom("invitation_optouts").selectAll().where("email", "in", addressesOf(employer.email, users)).execute(),
    database
      .selectFrom("audit_events")
      .select(["at", "actor_role", "action", "subject_type", "subject_id", "details"])
      .where((eb) =>
        eb.or([
          eb.and([eb("subject_type", "=", "employer"), eb("subject_id", "=", employerId)]),
          eb.and([eb("subject_type", "in", ["scan", "lead"]), eb("subject_id", "in", scanIds.length ? scanIds : none)]),
          eb.and([eb("subject_type", "=", "request"), eb("subject_id", "in", requestIds.length ? requestIds : none)]),
        ]),
      )
      .orderBy("at")
      .execute(),
  ]);
  return {
    exportedAt: nowIso(),
    company: {
      id: employer.id,
      name: employer.name,
      kvk: employer.kvk,
      sectorId: employer.sector_id,
      fte: employer.fte,
      municipalityCode: employer.municipality_code,
      regionId: employer.region_id,
      createdAt: employer.created_at,
      updatedAt: employer.updated_at,
    },
    contact: { name: employer.contact_name, email: employer.email, phone: employer.phone },
    accounts: users,
    scans: scans.map((s) => ({
      id: s.id,
      status: s.status,
      questionnaireVersion: s.questionnaire_version,
      startedAt: s.started_at,
      updatedAt: s.updated_at,
      completedAt: s.completed_at,
      profile: { sectorId: s.sector_id, fte: s.fte, sizeClass: s.size_class, regionId: s.region_id },
      campaignCode: s.campaign_code,
      overallScore: s.overall_score,
      result: parse(s.result_json),
      sharedWithWsp: s.shared_with_wsp === 1,
      sharedWithOrganisation: s.shared_with_organisation === 1,
      answers: answers.filter((a) => a.scan_id === s.id).map((a) => ({ questionId: a.question_id, optionId: a.option_id, updatedAt: a.updated_at })),
    })),
    consents: consents.map((c) => ({ scanId: c.scan_id, party: c.party, partyId: c.party_id, granted: c.granted === 1, textVersion: c.text_version, at: c.created_at })),
    requests: requests.map((r) => ({
      id: r.id,
      type: r.type,
      status: r.status,
      details: parse(r.details_json),
      scanId: r.scan_id,
      parentRequestId: r.parent_request_id,
      dueAt: r.due_at,
      firstContactAt: r.first_contact_at,
      decidedAt: r.decided_at,
      decisionReason: r.decision_reason,
      closedAt: r.closed_at,
      createdAt: r.created_at,
      history: events
        .filter((e) => e.request_id === r.id)
        .map((e) => ({ at: e.at, by: e.actor_role, kind: e.kind, from: e.from_status, to: e.to_status, note: e.note })),
    })),
    wspNotes: notes,
    wspActions: actions,
    wspFollowUp: leads,
    mailsToYou: mails,
    invitationsToYou: invitations,
    invitationOptOut: optouts,
    accessLog: auditEvents.map((a) => ({ ...a, details: parse(a.details) })),
  };
}

function addressesOf(email: string, users: readonly { email: string }[]): string[] {
  return [...new Set([email, ...users.map((u) => u.email)].flatMap((e) => [e, e.toLowerCase()]))];
}

/** `column` contains `value` literally (`%` and `_` escaped; the same SQL on SQLite and PostgreSQL). */
function contains(column: "subject" | "text_body" | "html_body", value: string): Expression<SqlBool> {
  const pattern = `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/**
 * Deletes an employer's account in one transaction (ADR 0010): company,
 * contact, accounts, sessions, sign-in links, scans with answers, consents,
 * leads, WSP notes and actions, mails to or about them, invitations to their
 * address. Requests that touched a budget stay, anonymised, under a new
 * placeholder employer without any data, so the budget ledger still adds up.
 * benchmark_counts is not touched: it never held company data.
 */
export async function deleteEmployerAccount(employerId: string): Promise<{ placeholderId: string }> {
  return db()
    .transaction()
    .execute(async (trx) => {
      const employer = await trx.selectFrom("employers").selectAll().where("id", "=", employerId).executeTakeFirstOrThrow();
      const users = await trx.selectFrom("users").select(["id", "email"]).where("employer_id", "=", employerId).execute();
      const userIds = users.map((u) => u.id);
      const requests = await trx.selectFrom("requests").select("id").where("employer_id", "=", employerId).execute();
      const requestIds = requests.map((r) => r.id);
      const kept = requestIds.length
        ? (await trx.selectFrom("budget_ledger").select("request_id").distinct().where("request_id", "in", requestIds).execute()).map((r) => r.request_id)
        : [];
      const placeholderId = newId();
      const at = nowIso();

      // Requests: unlink from scans and each other, keep the ones with budget entries (anonymised), delete the rest.
      await trx.updateTable("requests").set({ parent_request_id: null, scan_id: null }).where("employer_id", "=", employerId).execute();
      if (kept.length) {
        await insertPlaceholder(trx, placeholderId, employer, at);
        await anonymiseRequests(trx, kept, at);
        await trx.updateTable("requests").set({ employer_id: placeholderId }).where("id", "in", kept).execute();
      }
      const gone = requestIds.filter((id) => !kept.includes(id));
      if (gone.length) {
        await trx.deleteFrom("request_events").where("request_id", "in", gone).execute();
        await trx.deleteFrom("requests").where("id", "in", gone).execute();
      }

      const scanIds = (await trx.selectFrom("scans").select("id").where("employer_id", "=", employerId).execute()).map((s) => s.id);
      await deleteScans(trx, scanIds);
      await trx.deleteFrom("consents").where("employer_id", "=", employerId).execute();
      await trx.deleteFrom("leads").where("employer_id", "=", employerId).execute();
      await trx.deleteFrom("employer_notes").where("employer_id", "=", employerId).execute();
      await trx.deleteFrom("follow_up_actions").where("employer_id", "=", employerId).execute();

      // Mail: everything to them, and stored copies that name them (staff notifications, digests).
      const addresses = addressesOf(employer.email, users);
      const mentions = [employer.name, employer.kvk, ...addresses].filter((v) => v.trim().length >= 3);
      await trx
        .deleteFrom("mail_outbox")
        .where((eb) =>
          eb.or([
            eb("to_address", "in", addresses),
            ...mentions.flatMap((value) => [contains("subject", value), contains("text_body", value), contains("html_body", value)]),
          ]),
        )
        .execute();
      // The opt-out list stays: it exists so that they are never mailed again.
      await trx.deleteFrom("invitations").where("email", "in", addresses).execute();

      // The access log stays (accountability) but no longer points at them.
      await trx.updateTable("audit_events").set({ subject_id: placeholderId }).where("subject_type", "=", "employer").where("subject_id", "=", employerId).execute();
      if (userIds.length) {
        await trx.updateTable("audit_events").set({ actor_id: null }).where("actor_id", "in", userIds).execute();
        await trx.deleteFrom("sessions").where("user_id", "in", userIds).execute();
        await trx.deleteFrom("login_tokens").where("user_id", "in", userIds).execute();
        await trx.deleteFrom("users").where("id", "in", userIds).execute();
      }
      await trx.deleteFrom("employers").where("id", "=", employerId).execute();
      await audit(trx, {
        actor: { id: null, role: "employer" },
        action: "delete-account",
        subjectType: "employer",
        subjectId: placeholderId,
        regionId: employer.region_id,
        details: { requestsKept: kept.length, requestsDeleted: gone.length, scansDeleted: scanIds.length },
      });
      return { placeholderId };
    });
}

/** An employer row without any data, holding the anonymised requests that a budget still counts. */
async function insertPlaceholder(
  trx: Transaction<Database>,
  id: string,
  employer: { sector_id: string; region_id: string; is_demo: number },
  at: string,
) {
  await trx
    .insertInto("employers")
    .values({
      id,
      name: "Verwijderde werkgever",
      kvk: `verwijderd-${id}`,
      sector_id: employer.sector_id,
      fte: 0,
      municipality_code: null,
      region_id: employer.region_id,
      contact_name: "",
      email: "",
      phone: null,
      account_manager_id: null,
      is_demo: employer.is_demo,
      created_at: at,
      updated_at: at,
    })
    .execute();
}
