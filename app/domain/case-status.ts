/**
 * Requests are cases, like zaken in the ZGW model (product.md §6): a case type
 * has statuses, and a status may only change along the transitions below, by
 * the actor who is allowed to make that change. Pure, no I/O.
 *
 * Transitions (`from → to`, per actor):
 *
 * WSP (the accountmanager or coordinator)
 * - "less-risk-polis" and "kansenkaart-voucher" (requests that are granted):
 *     ingediend      → in_behandeling | toegekend | afgewezen | wachtlijst
 *     in_behandeling → toegekend | afgewezen | wachtlijst
 *     wachtlijst     → toegekend | afgewezen
 *     toegekend      → actief | afgerond
 *     actief         → afgerond
 * - "gesprek" and "ziekmelding" (nothing to grant; for a ziekmelding
 *   "afgerond" means: settled):
 *     ingediend      → in_behandeling
 *     in_behandeling → afgerond
 *
 * Employer
 * - withdraws ("ingetrokken") while nothing has been granted yet: from
 *   ingediend, in_behandeling or wachtlijst (wachtlijst only exists for the
 *   types that are granted). Never after "toegekend".
 *
 * System
 * - no transitions yet (reserved for e.g. automatic expiry).
 *
 * A status never "changes" into itself, and a closed status (afgewezen,
 * afgerond, ingetrokken) has no way out for anyone.
 */

import { caseMessages } from "~/i18n/cases";
import { fmt, type Locale } from "~/i18n/locale";
import { pick } from "~/i18n/messages";
import { statusChangeMessages } from "~/i18n/status-messages";

export const CASE_STATUSES = [
  "ingediend",
  "in_behandeling",
  "toegekend",
  "afgewezen",
  "wachtlijst",
  "actief",
  "afgerond",
  "ingetrokken",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_TYPES = ["gesprek", "less-risk-polis", "kansenkaart-voucher", "ziekmelding"] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_ACTORS = ["employer", "wsp", "system"] as const;
export type CaseActor = (typeof CASE_ACTORS)[number];

/** Every case starts here. */
export const INITIAL_STATUS: CaseStatus = "ingediend";

type TransitionTable = Readonly<Partial<Record<CaseStatus, readonly CaseStatus[]>>>;

const GRANT_BY_WSP: TransitionTable = {
  ingediend: ["in_behandeling", "toegekend", "afgewezen", "wachtlijst"],
  in_behandeling: ["toegekend", "afgewezen", "wachtlijst"],
  wachtlijst: ["toegekend", "afgewezen"],
  toegekend: ["actief", "afgerond"],
  actief: ["afgerond"],
};

const HANDLE_BY_WSP: TransitionTable = {
  ingediend: ["in_behandeling"],
  in_behandeling: ["afgerond"],
};

const GRANT_BY_EMPLOYER: TransitionTable = {
  ingediend: ["ingetrokken"],
  in_behandeling: ["ingetrokken"],
  wachtlijst: ["ingetrokken"],
  // Granted but not started (e.g. the candidate did not come): withdrawing releases the budget.
  toegekend: ["ingetrokken"],
};

const HANDLE_BY_EMPLOYER: TransitionTable = {
  ingediend: ["ingetrokken"],
  in_behandeling: ["ingetrokken"],
};

const NONE: TransitionTable = {};

const TRANSITIONS: Readonly<Record<CaseType, Readonly<Record<CaseActor, TransitionTable>>>> = {
  "less-risk-polis": { wsp: GRANT_BY_WSP, employer: GRANT_BY_EMPLOYER, system: NONE },
  "kansenkaart-voucher": { wsp: GRANT_BY_WSP, employer: GRANT_BY_EMPLOYER, system: NONE },
  gesprek: { wsp: HANDLE_BY_WSP, employer: HANDLE_BY_EMPLOYER, system: NONE },
  ziekmelding: { wsp: HANDLE_BY_WSP, employer: HANDLE_BY_EMPLOYER, system: NONE },
};

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === "string" && (CASE_STATUSES as readonly string[]).includes(value);
}

export function isCaseType(value: unknown): value is CaseType {
  return typeof value === "string" && (CASE_TYPES as readonly string[]).includes(value);
}

export function isCaseActor(value: unknown): value is CaseActor {
  return typeof value === "string" && (CASE_ACTORS as readonly string[]).includes(value);
}

/**
 * The statuses this actor may move a case of this type to, from `from`, in
 * the order of CASE_STATUSES. Unknown values (e.g. a string from the
 * database) give an empty list.
 */
export function nextStatuses(type: CaseType, from: CaseStatus, actor: CaseActor): CaseStatus[] {
  if (!isCaseType(type) || !isCaseStatus(from) || !isCaseActor(actor)) return [];
  const allowed = TRANSITIONS[type][actor][from] ?? [];
  return CASE_STATUSES.filter((s) => allowed.includes(s));
}

export function canTransition(type: CaseType, from: CaseStatus, to: CaseStatus, actor: CaseActor): boolean {
  return nextStatuses(type, from, actor).includes(to);
}

const CLOSED: ReadonlySet<CaseStatus> = new Set<CaseStatus>(["afgewezen", "afgerond", "ingetrokken"]);

/** Afgewezen, afgerond and ingetrokken are final. */
export function isClosed(status: CaseStatus): boolean {
  return CLOSED.has(status);
}

/** A rejection and a place on the waiting list must say why. */
export function reasonRequired(to: CaseStatus): boolean {
  return to === "afgewezen" || to === "wachtlijst";
}

const HOLDS_BUDGET: ReadonlySet<CaseStatus> = new Set<CaseStatus>(["toegekend", "actief", "afgerond"]);

/**
 * True when a case in this status keeps its budget reservation: toegekend,
 * actief and afgerond (the money was granted and is spent). In any other
 * status nothing is reserved; moving from a holding status to afgewezen or
 * ingetrokken releases the reservation.
 */
export function holdsBudget(status: CaseStatus): boolean {
  return HOLDS_BUDGET.has(status);
}

export function statusLabel(status: CaseStatus, locale: Locale = "nl"): string {
  return pick(caseMessages, locale).names.status[status];
}

/** Fixed names of the case types (like the pillar titles, they are names: exempt from the jargon rule). */
export function typeLabel(type: CaseType, locale: Locale = "nl"): string {
  return pick(caseMessages, locale).names.type[type];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The reason as a sentence: trimmed, one line, ending in a full stop (or ! ? …). */
function asSentence(reason: string | undefined): string | undefined {
  const text = reason?.replace(/\s+/g, " ").trim();
  if (!text) return undefined;
  return /[.!?…]$/u.test(text) ? text : `${text}.`;
}

/**
 * The plain-language (B1) message for the employer's e-mail and timeline when
 * a case moves to `to`, in the employer's language (texts in
 * `app/i18n/status-messages.ts`). The reason the WSP gave is added as "De reden: …"
 * (afgewezen) or "Toelichting: …" (other statuses; for wachtlijst after the
 * standard explanation that the regional budget is used up for now). When a reason
 * is required but missing (an old event, say), the message still reads
 * well: it does not throw, so a timeline can always be shown.
 */
export function statusChangeMessage(type: CaseType, to: CaseStatus, reason?: string, locale: Locale = "nl"): string {
  const t = pick(statusChangeMessages, locale);
  // What the employer calls the case in a sentence ("uw aanvraag", "uw ziekmelding").
  const it = type === "ziekmelding" ? t.sickReport : t.request;
  const names = { it, It: capitalise(it) };
  const why = asSentence(reason);
  const note = why ? fmt(t.note, { reason: why }) : undefined;
  const byType = (texts: { gesprek?: string; ziekmelding?: string; other: string }) =>
    (type === "gesprek" || type === "ziekmelding" ? texts[type] : undefined) ?? texts.other;
  const parts: (string | undefined)[] = [];

  switch (to) {
    case "ingediend":
      parts.push(fmt(t.ingediend, names), note);
      break;
    case "in_behandeling":
      parts.push(byType(t.inBehandeling), note);
      break;
    case "toegekend":
      parts.push(t.toegekend.news, note, t.toegekend.next);
      break;
    case "afgewezen":
      parts.push(fmt(t.afgewezen.news, names), why ? fmt(t.afgewezen.reason, { reason: why }) : t.afgewezen.noReason, t.afgewezen.help);
      break;
    case "wachtlijst":
      parts.push(fmt(t.wachtlijst, names), note);
      break;
    case "actief":
      parts.push(
        type === "less-risk-polis" ? t.actief.lessRisk : type === "kansenkaart-voucher" ? t.actief.voucher : fmt(t.actief.other, names),
        note,
      );
      break;
    case "afgerond":
      if (type === "gesprek") parts.push(t.afgerond.gesprek, note, t.afgerond.gesprekAfter);
      else if (type === "ziekmelding") parts.push(t.afgerond.ziekmelding, note);
      else parts.push(t.afgerond.other, note, t.afgerond.otherAfter);
      break;
    case "ingetrokken":
      parts.push(fmt(t.ingetrokken.news, names), note, type === "ziekmelding" ? t.ingetrokken.ziekmelding : t.ingetrokken.other);
      break;
  }
  return parts.filter((p): p is string => p !== undefined).join(" ");
}
