/**
 * Member invitations: reading a pasted list or CSV of e-mail addresses, and
 * the rules for who may be mailed. Pure functions.
 */

export const REINVITE_AFTER_DAYS = 90;
export const MAX_INVITATIONS_PER_BATCH = 2000;

/** A line without a valid e-mail address: its number (1 = the first line) and its start, as given. */
export interface InvitationLineError {
  line: number;
  value: string;
}

export interface ParsedInvitationList {
  /** Valid, lower-cased, without duplicates, in the order given. */
  addresses: string[];
  errors: InvitationLineError[];
  /** Addresses that appeared more than once (counted once). */
  duplicates: number;
}

/** Deliberately simple: one @, no spaces, a dot in the domain. Mail servers decide the rest. */
const emailPattern = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;
const emailHeader = /^(e-?mail(adres)?|email ?address|mail)$/i;

function splitLine(line: string): string[] {
  return line.split(/[;,\t]/).map((f) => f.trim().replace(/^"(.*)"$/, "$1").trim());
}

/**
 * Reads addresses one per line, or a CSV (comma, semicolon or tab) with an
 * e-mail column: a header naming it ("e-mail", "emailadres", …) or else the
 * field that contains an @. Empty lines are skipped; a line without a valid
 * address is reported with its line number (1 = the first line).
 */
export function parseInvitationList(text: string): ParsedInvitationList {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const addresses: string[] = [];
  const seen = new Set<string>();
  const errors: InvitationLineError[] = [];
  let duplicates = 0;
  let column: number | null = null;

  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const fields = splitLine(line);
    if (index === 0 || column === null) {
      const header = fields.findIndex((f) => emailHeader.test(f));
      if (header >= 0 && !fields.some((f) => f.includes("@"))) {
        column = header;
        return;
      }
    }
    const candidate = column !== null ? (fields[column] ?? "") : (fields.find((f) => f.includes("@")) ?? fields[0] ?? "");
    const address = candidate.toLowerCase();
    if (address.length > 254 || !emailPattern.test(address)) {
      errors.push({ line: index + 1, value: line.slice(0, 80) });
      return;
    }
    if (seen.has(address)) {
      duplicates += 1;
      return;
    }
    seen.add(address);
    addresses.push(address);
  });
  return { addresses, errors, duplicates };
}

export interface InvitationDecision {
  send: string[];
  /** Invited (by anyone) within the last REINVITE_AFTER_DAYS days. */
  recentlyInvited: string[];
  /** Asked not to receive invitations. */
  optedOut: string[];
}

/** Which addresses get an invitation now. */
export function decideInvitations(
  addresses: readonly string[],
  recentlyInvited: ReadonlySet<string>,
  optedOut: ReadonlySet<string>,
): InvitationDecision {
  const decision: InvitationDecision = { send: [], recentlyInvited: [], optedOut: [] };
  for (const a of addresses) {
    if (optedOut.has(a)) decision.optedOut.push(a);
    else if (recentlyInvited.has(a)) decision.recentlyInvited.push(a);
    else decision.send.push(a);
  }
  return decision;
}

/** The start of the 90-day window before `now` (ISO). */
export function reinviteWindowStart(now: Date): string {
  return new Date(now.getTime() - REINVITE_AFTER_DAYS * 24 * 60 * 60 * 1000).toISOString();
}

/**
 * Sending is throttled: the i-th mail of a batch leaves no earlier than
 * start + floor(i / perMinute) minutes.
 */
export function throttledSendTimes(count: number, start: Date, perMinute: number): string[] {
  const rate = Math.max(1, Math.floor(perMinute));
  return Array.from({ length: count }, (_, i) => new Date(start.getTime() + Math.floor(i / rate) * 60_000).toISOString());
}

/** What the organisation sees after an upload (stored with the batch). */
export interface InvitationReport {
  sent: number;
  recentlyInvited: number;
  optedOut: number;
  duplicates: number;
  errors: InvitationLineError[];
  /** When the last mail of the batch is scheduled to leave (ISO). */
  lastSendAt: string | null;
}
