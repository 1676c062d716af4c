/**
 * Figures for the coordinator's dashboard. Pure, no I/O: the current time is
 * always passed in. Months are calendar months in Europe/Amsterdam, written
 * "YYYY-MM"; instants are ISO-8601 strings in UTC, as stored.
 */
import { fmt, INTL_LOCALE, type Locale } from "~/i18n/locale";
import { amsterdamDate, endOfAmsterdamDay, isWorkingDay } from "./working-days";

/** The middle value; the mean of the two middle values for an even count; null when empty. */
export function median(numbers: readonly number[]): number | null {
  if (numbers.length === 0) return null;
  for (const n of numbers) {
    if (!Number.isFinite(n)) throw new RangeError(`median needs finite numbers: ${n}`);
  }
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid]!;
  return (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface NormItem {
  dueAt: string;
  firstContactAt: string | null;
}

export interface NormShare {
  /** First contact at or before the due instant. */
  withinNorm: number;
  /** First contact after the due instant, or no contact yet while the due instant has passed. */
  missed: number;
  /** No contact yet and not due yet: not counted either way. */
  pending: number;
  /** withinNorm / (withinNorm + missed), between 0 and 1; null when nothing counts yet. */
  share: number | null;
}

function instant(iso: string, name: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not an ISO instant: ${JSON.stringify(iso)}`);
  return ms;
}

/**
 * The share of items handled within the service norm. Handled within the norm
 * means: first contact at or before the due instant. An item without first
 * contact whose due instant has passed counts as missed; one that is not due
 * yet is left out (it can still go either way).
 */
export function shareWithinNorm(items: readonly NormItem[], now: Date): NormShare {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError("now is not a valid Date");
  let withinNorm = 0;
  let missed = 0;
  let pending = 0;
  for (const item of items) {
    const due = instant(item.dueAt, "dueAt");
    if (item.firstContactAt !== null) {
      if (instant(item.firstContactAt, "firstContactAt") <= due) withinNorm += 1;
      else missed += 1;
    } else if (nowMs > due) {
      missed += 1;
    } else {
      pending += 1;
    }
  }
  return { withinNorm, missed, pending, share: shareOf(withinNorm, missed) };
}

/** within / (within + missed), or null when both are 0. */
export function shareOf(withinNorm: number, missed: number): number | null {
  const counted = withinNorm + missed;
  return counted === 0 ? null : withinNorm / counted;
}

/** The last `n` calendar months up to and including the month of `now` (Amsterdam), oldest first. */
export function lastMonths(now: Date, n: number): string[] {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0: ${n}`);
  const [year, month] = amsterdamDate(now).split("-").map(Number) as [number, number];
  const months: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    months.push(`${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}

/** The instant (UTC ISO) at which month `key` starts in Amsterdam: 00:00 local time on the 1st. */
export function monthStartUtc(key: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new RangeError(`Not a month key (YYYY-MM): ${JSON.stringify(key)}`);
  const dayBefore = new Date(Date.UTC(Number(match[1]), month - 1, 0)).toISOString().slice(0, 10);
  return new Date(endOfAmsterdamDay(dayBefore).getTime() + 1).toISOString();
}

/** The month after `key` ("2026-12" → "2027-01"). */
function nextMonth(key: string): string {
  const [year, month] = key.split("-").map(Number) as [number, number];
  return month === 12 ? `${String(year + 1).padStart(4, "0")}-01` : `${key.slice(0, 4)}-${String(month + 1).padStart(2, "0")}`;
}

/**
 * Each month as the UTC instants [from, to) it spans in Amsterdam, so that the
 * database can count per month by comparing stored ISO text (no time zones in SQL).
 */
export function monthRanges(months: readonly string[]): { month: string; from: string; to: string }[] {
  return months.map((month) => ({ month, from: monthStartUtc(month), to: monthStartUtc(nextMonth(month)) }));
}

const monthFormats = (tag: string) => ({
  long: new Intl.DateTimeFormat(tag, { timeZone: "UTC", month: "long", year: "numeric" }),
  short: new Intl.DateTimeFormat(tag, { timeZone: "UTC", month: "short", year: "numeric" }),
});
const monthsByLocale = { nl: monthFormats(INTL_LOCALE.nl), en: monthFormats(INTL_LOCALE.en) };

/** "2026-03" → "maart 2026" (Dutch) or "March 2026" (English); short: "mrt 2026", "Mar 2026". */
export function monthLabel(key: string, locale: Locale, short = false): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new RangeError(`Not a month key (YYYY-MM): ${JSON.stringify(key)}`);
  const formats = monthsByLocale[locale];
  return (short ? formats.short : formats.long).format(new Date(Date.UTC(Number(match[1]), month - 1, 15)));
}

const DAY_MS = 86_400_000;
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** The instant as `toISOString()` writes it (what the database holds); other ISO forms are converted. */
const canonicalUtc = (iso: string, name: string) => (CANONICAL_UTC.test(iso) ? iso : new Date(instant(iso, name)).toISOString());
const epochDay = (isoDate: string) => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS;
const isoOfEpochDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Working days from creation to first contact for many items at once, each
 * exactly as `workingDaysBetween` counts them, but fast enough for tens of
 * thousands of items. Amsterdam is UTC+1 or UTC+2, so an instant before 22:00
 * UTC falls on its UTC date; only for 22:00–23:59 UTC the date is looked up
 * (once per UTC hour). The working days are counted once over the whole date
 * range (a running total per date).
 */
export function workingDayDurations(pairs: readonly { createdAt: string; firstContactAt: string }[]): number[] {
  const lateHours = new Map<string, string>();
  const days = new Map<string, number>();
  const dayOf = (utc: string) => {
    let date = utc.slice(0, 10);
    if (Number(utc.slice(11, 13)) >= 22) {
      const hour = utc.slice(0, 13);
      const known = lateHours.get(hour);
      date = known ?? amsterdamDate(new Date(utc));
      if (known === undefined) lateHours.set(hour, date);
    }
    let day = days.get(date);
    if (day === undefined) {
      day = epochDay(date);
      days.set(date, day);
    }
    return day;
  };
  const spans = pairs.map(({ createdAt, firstContactAt }) => {
    const a = canonicalUtc(createdAt, "createdAt");
    const b = canonicalUtc(firstContactAt, "firstContactAt");
    // Canonical ISO strings in UTC compare correctly as text.
    return b <= a ? null : { from: dayOf(a), to: dayOf(b) };
  });
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    if (span) {
      first = Math.min(first, span.from);
      last = Math.max(last, span.to);
    }
  }
  // running[i]: working days after date `first` up to and including date `first + i`.
  const running: number[] = [0];
  for (let day = first + 1; day <= last; day++) {
    running.push(running[running.length - 1]! + (isWorkingDay(isoOfEpochDay(day)) ? 1 : 0));
  }
  return spans.map((span) => (span ? running[span.to - first]! - running[span.from - first]! : 0));
}

const decimals = { nl: new Intl.NumberFormat(INTL_LOCALE.nl, { maximumFractionDigits: 1 }), en: new Intl.NumberFormat(INTL_LOCALE.en, { maximumFractionDigits: 1 }) };

/** The words for a number of working days, with a `{days}` placeholder: "{days} werkdag" / "{days} werkdagen". */
export interface WorkingDaysTexts {
  one: string;
  other: string;
}

/** "0 werkdagen", "1 werkdag", "1,5 werkdagen" (or "1.5 working days" in English). */
export function formatWorkingDays(days: number, texts: WorkingDaysTexts, locale: Locale): string {
  return fmt(days === 1 ? texts.one : texts.other, { days: decimals[locale].format(days) });
}

/** A share between 0 and 1 as a whole percentage: "83%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * The budget year of the ledger. Grants book on the UTC year of the moment of
 * the grant (see app/models/request.server.ts), so the dashboard uses the same.
 */
export function budgetYear(now: Date): number {
  return now.getUTCFullYear();
}

/** The largest amount in euros the forms accept (100 million). */
const MAX_EURO_DIGITS = 9;

/**
 * Parses an amount in euros as people type it ("25000", "25.000", "25000,50",
 * "25.000,50", "€ 2.500", "25000.50") into whole cents, without floating
 * point. A dot followed by exactly three digits is a thousands separator; a
 * dot followed by one or two digits at the end is a decimal point. Returns
 * null when the text is not an amount.
 */
export function parseEuros(text: string): number | null {
  const s = text.replace(/[\s\u00a0€]/g, "");
  let whole: string;
  let fraction = "";
  let match: RegExpExecArray | null;
  if ((match = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/.exec(s))) {
    whole = match[1]!.replace(/\./g, "");
    fraction = match[2] ?? "";
  } else if ((match = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(s))) {
    whole = match[1]!;
    fraction = match[2] ?? "";
  } else {
    return null;
  }
  whole = whole.replace(/^0+(?=\d)/, "");
  if (whole.length > MAX_EURO_DIGITS) return null;
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** Cents as the text for an input field: "25000" or "25000,50". */
export function centsToEuroInput(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, "0")}`;
}
