/**
 * Requests to the WSP, handled as cases: every change is an event in an
 * append-only history, every status change mails the employer, and a grant
 * reserves budget in the ledger in the same transaction.
 */
import type { Transaction } from "kysely";
import { forUpdate } from "~db/dialect";
import type { Database } from "~db/schema";
import { newRequestForStaffMail, requestReceivedMail, statusChangedMail } from "~/content/mail";
import { decideGrant } from "~/domain/budget";
import {
  canTransition,
  holdsBudget,
  isClosed,
  reasonRequired,
  statusChangeMessage,
  typeLabel,
  type CaseStatus,
  type CaseType,
} from "~/domain/case-status";
import { aftercareDate } from "~/domain/aftercare";
import { dueAt } from "~/domain/working-days";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { newId, nowIso } from "~/utils/ids.server";
import { enqueueMail } from "~/utils/mail.server";
import { recipientLocale } from "./user.server";

/** Which budgets a request draws on when it is granted. */
export function instrumentsFor(type: CaseType, details: Record<string, unknown>): string[] {
  if (type === "less-risk-polis") {
    return [details.wantsPolis ? "less-risk-polis" : null, details.wantsVoucher ? "jobcoach-voucher" : null].filter(
      (v): v is string => v !== null,
    );
  }
  if (type === "kansenkaart-voucher") return ["kansenkaart-voucher"];
  return [];
}

export interface NewRequest {
  request: Request;
  employerId: string;
  userId: string;
  type: CaseType;
  details: Record<string, unknown>;
  submissionKey: string;
  parentRequestId?: string | null;
  scanId?: string | null;
}

/** Creates the case once per submission key: a double submit returns the first one. */
export async function createRequest(input: NewRequest): Promise<{ id: string; created: boolean }> {
  const existing = await findBySubmissionKey(input.employerId, input.submissionKey);
  if (existing) return { id: existing.id, created: false };
  const employer = await db()
    .selectFrom("employers as e")
    .innerJoin("regions as r", "r.id", "e.region_id")
    .leftJoin("users as am", "am.id", "e.account_manager_id")
    .select(["e.id", "e.name", "e.contact_name", "e.email", "e.region_id", "e.account_manager_id", "r.service_norm_days", "r.wsp_name", "r.wsp_email", "am.name as am_name", "am.email as am_email"])
    .where("e.id", "=", input.employerId)
    .executeTakeFirstOrThrow();
  const now = new Date();
  const at = now.toISOString();
  const due = dueAt(now, employer.service_norm_days);
  const id = newId();
  try {
    await db()
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto("requests")
          .values({
            id,
            employer_id: employer.id,
            region_id: employer.region_id,
            type: input.type,
            status: "ingediend",
            submission_key: input.submissionKey,
            details_json: JSON.stringify(input.details),
            parent_request_id: input.parentRequestId ?? null,
            scan_id: input.scanId ?? null,
            assigned_to: employer.account_manager_id,
            due_at: due.toISOString(),
            first_contact_at: null,
            decided_at: null,
            decision_reason: null,
            closed_at: null,
            created_by: input.userId,
            created_at: at,
            updated_at: at,
          })
          .execute();
        await trx
          .insertInto("request_events")
          .values({ id: newId(), request_id: id, at, actor_id: input.userId, actor_role: "employer", kind: "created", from_status: null, to_status: "ingediend", note: null })
          .execute();
      });
  } catch (error) {
    const again = await findBySubmissionKey(input.employerId, input.submissionKey);
    if (again) return { id: again.id, created: false };
    throw error;
  }
  const base = appUrl(input.request);
  const employerLocale = await recipientLocale(db(), employer.email);
  await enqueueMail(db(), {
    kind: "request-received",
    to: employer.email,
    ...requestReceivedMail(
      {
        name: employer.contact_name,
        typeLabel: typeLabel(input.type, employerLocale),
        due: formatDate(due.toISOString(), employerLocale),
        contactName: employer.am_name ?? employer.wsp_name,
        link: `${base}/mijn/aanvragen/${id}`,
      },
      employerLocale,
    ),
  });
  const staffAddress = employer.am_email ?? employer.wsp_email;
  const staffLocale = await recipientLocale(db(), staffAddress);
  await enqueueMail(db(), {
    kind: "request-new-staff",
    to: staffAddress,
    ...newRequestForStaffMail(
      {
        typeLabel: typeLabel(input.type, staffLocale),
        company: employer.name,
        due: formatDateTime(due.toISOString(), staffLocale),
        link: `${base}/wsp`,
      },
      staffLocale,
    ),
  });
  return { id, created: true };
}

async function findBySubmissionKey(employerId: string, key: string) {
  return db()
    .selectFrom("requests")
    .select("id")
    .where("employer_id", "=", employerId)
    .where("submission_key", "=", key)
    .executeTakeFirst();
}

export async function listEmployerRequests(employerId: string) {
  return db()
    .selectFrom("requests")
    .select(["id", "type", "status", "due_at", "created_at", "updated_at", "parent_request_id"])
    .where("employer_id", "=", employerId)
    .orderBy("created_at", "desc")
    .execute();
}

export async function getEmployerRequest(id: string, employerId: string) {
  return db().selectFrom("requests").selectAll().where("id", "=", id).where("employer_id", "=", employerId).executeTakeFirst();
}

export async function requestTimeline(requestId: string) {
  return db()
    .selectFrom("request_events as ev")
    .leftJoin("users as u", "u.id", "ev.actor_id")
    .select(["ev.id", "ev.at", "ev.kind", "ev.from_status", "ev.to_status", "ev.note", "ev.actor_role", "u.name as actor_name"])
    .where("ev.request_id", "=", requestId)
    .orderBy("ev.at")
    .orderBy("ev.id")
    .execute();
}

/** The employer's active Less-Risk-polissen (granted and started), to report sickness under. */
export async function activePolicies(employerId: string) {
  const rows = await db()
    .selectFrom("requests")
    .select(["id", "details_json", "created_at"])
    .where("employer_id", "=", employerId)
    .where("type", "=", "less-risk-polis")
    .where("status", "=", "actief")
    .execute();
  return rows.filter((r) => (JSON.parse(r.details_json) as { wantsPolis?: string }).wantsPolis === "ja");
}

export type StatusChangeResult =
  | { ok: true; status: CaseStatus; reason: string | null }
  | { ok: false; reason: "not-allowed" | "reason-required" | "not-found" };

async function ledgerFor(trx: Transaction<Database>, regionId: string, instrumentId: string, year: number) {
  return trx
    .selectFrom("budget_ledger")
    .select("amount_cents as amountCents")
    .where("region_id", "=", regionId)
    .where("instrument_id", "=", instrumentId)
    .where("year", "=", year)
    .execute();
}

/**
 * Changes a case's status, if that transition is allowed for this actor. A grant
 * reserves the amount for every instrument the request needs, all or nothing;
 * when a budget is used up the request goes to the waiting list instead.
 * Rejecting or withdrawing releases a reservation. Mails the employer.
 */
export async function changeRequestStatus(input: {
  request: Request;
  requestId: string;
  to: CaseStatus;
  actor: { id: string; role: "employer" | "wsp" };
  reason?: string;
}): Promise<StatusChangeResult> {
  if (reasonRequired(input.to) && !input.reason?.trim()) return { ok: false, reason: "reason-required" };
  const result = await db()
    .transaction()
    .execute(async (trx): Promise<StatusChangeResult> => {
      // Locked (on PostgreSQL) so that two decisions on one case wait for each other.
      const current = await forUpdate(trx, trx.selectFrom("requests").selectAll().where("id", "=", input.requestId)).executeTakeFirst();
      if (!current) return { ok: false, reason: "not-found" };
      const type = current.type as CaseType;
      const from = current.status as CaseStatus;
      if (!canTransition(type, from, input.to, input.actor.role)) return { ok: false, reason: "not-allowed" };
      let to = input.to;
      const reason = input.reason?.trim() || null;
      const at = nowIso();
      const year = new Date(at).getUTCFullYear();
      const details = JSON.parse(current.details_json) as Record<string, unknown>;
      const needed = instrumentsFor(type, details);

      if (to === "toegekend" && needed.length > 0) {
        // The budget rows stay locked until commit, so concurrent grants on the same
        // budget read the ledger one after the other and never overspend it.
        const budgetRows = await forUpdate(
          trx,
          trx
            .selectFrom("region_instruments")
            .select(["instrument_id", "budget_cents", "amount_per_grant_cents"])
            .where("region_id", "=", current.region_id)
            .where("instrument_id", "in", needed)
            .where("year", "=", year)
            .orderBy("instrument_id"),
        ).execute();
        const budgets = [];
        for (const instrumentId of needed) {
          const row = budgetRows.find((b) => b.instrument_id === instrumentId);
          budgets.push({
            instrumentId,
            budgetCents: row?.budget_cents ?? 0,
            amountPerGrantCents: row?.amount_per_grant_cents ?? 0,
            ledger: await ledgerFor(trx, current.region_id, instrumentId, year),
          });
        }
        const decision = decideGrant({ budgets });
        if (decision.outcome === "wachtlijst") {
          to = "wachtlijst";
        } else {
          for (const r of decision.reservations) {
            await trx
              .insertInto("budget_ledger")
              .values({ id: newId(), region_id: current.region_id, instrument_id: r.instrumentId, year, request_id: current.id, amount_cents: r.amountCents, at })
              .execute();
          }
        }
      }
      if (holdsBudget(from) && !holdsBudget(to)) {
        // Release what this request reserved (a negative entry per instrument).
        const reserved = await trx
          .selectFrom("budget_ledger")
          .select(["instrument_id", "year", (eb) => eb.fn.sum<number>("amount_cents").as("total")])
          .where("request_id", "=", current.id)
          .groupBy(["instrument_id", "year"])
          .execute();
        for (const r of reserved) {
          if (Number(r.total) > 0) {
            await trx
              .insertInto("budget_ledger")
              .values({ id: newId(), region_id: current.region_id, instrument_id: r.instrument_id, year: r.year, request_id: current.id, amount_cents: -Number(r.total), at })
              .execute();
          }
        }
      }
      const closed = isClosed(to);
      await trx
        .updateTable("requests")
        .set({
          status: to,
          updated_at: at,
          decided_at: ["toegekend", "afgewezen", "wachtlijst"].includes(to) ? at : current.decided_at,
          decision_reason: reason ?? current.decision_reason,
          closed_at: closed ? at : null,
          first_contact_at: current.first_contact_at ?? (input.actor.role === "wsp" ? at : null),
        })
        .where("id", "=", current.id)
        .execute();
      await trx
        .insertInto("request_events")
        .values({ id: newId(), request_id: current.id, at, actor_id: input.actor.id, actor_role: input.actor.role, kind: "status", from_status: from, to_status: to, note: reason })
        .execute();
      if (to === "actief" && type === "less-risk-polis") {
        // Aftercare: a check-in two months after the placement starts.
        await trx
          .insertInto("follow_up_actions")
          .values({
            id: newId(),
            employer_id: current.employer_id,
            region_id: current.region_id,
            owner_id: current.assigned_to ?? input.actor.id,
            description: "Nazorg: bel de werkgever en de medewerker en vraag hoe het gaat.",
            due_on: aftercareDate(typeof details.startDate === "string" ? details.startDate : at.slice(0, 10)),
            status: "open",
            created_by: input.actor.id,
            created_at: at,
            done_at: null,
          })
          .execute();
      }
      return { ok: true, status: to, reason };
    });
  if (result.ok) await mailStatusChange(input.request, input.requestId, result.status, result.reason);
  return result;
}

async function mailStatusChange(request: Request, requestId: string, status: CaseStatus, reason: string | null) {
  const row = await db()
    .selectFrom("requests as r")
    .innerJoin("employers as e", "e.id", "r.employer_id")
    .select(["r.type", "e.email", "e.contact_name"])
    .where("r.id", "=", requestId)
    .executeTakeFirstOrThrow();
  const type = row.type as CaseType;
  const locale = await recipientLocale(db(), row.email);
  await enqueueMail(db(), {
    kind: "request-status",
    to: row.email,
    ...statusChangedMail(
      {
        name: row.contact_name,
        typeLabel: typeLabel(type, locale),
        message: statusChangeMessage(type, status, reason ?? undefined, locale),
        link: `${appUrl(request)}/mijn/aanvragen/${requestId}`,
      },
      locale,
    ),
  });
}
