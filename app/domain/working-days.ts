/**
 * Dutch working days for the WSP service norms (product.md §6: "Service norm
 * per region (default: first contact within 2 working days)"). Pure, no I/O:
 * the current time is always passed in.
 *
 * Conventions
 * - A calendar date is an ISO string "YYYY-MM-DD" and always means a date in
 *   Europe/Amsterdam. An instant is a `Date` (UTC underneath).
 * - A working day is Monday–Friday and not a public holiday below.
 *
 * Public holidays (`dutchPublicHolidays`) — the days off in the municipal
 * collective agreement (Cao Gemeenten), because the WSP is run by the
 * municipalities together with UWV:
 * - Nieuwjaarsdag (1 January);
 * - Eerste en Tweede Paasdag (Easter Sunday by the anonymous Gregorian
 *   computus, and the Monday after);
 * - Koningsdag: 27 April, or 26 April when the 27th is a Sunday. This is the
 *   rule since 2014; it is applied to every year (we don't model the older
 *   Koninginnedag on 30 April — the portal only deals with dates after 2014);
 * - Bevrijdingsdag (5 May) EVERY year. By law it is a day off only once every
 *   five years for many employers, but the municipal collective agreement
 *   gives it every year, so the WSP is closed then. This is a deliberate
 *   choice: a norm is never shortened by a day the WSP does not work;
 * - Hemelvaartsdag (Easter + 39 days);
 * - Eerste en Tweede Pinksterdag (Easter + 49 and + 50 days);
 * - Eerste en Tweede Kerstdag (25 and 26 December).
 * Goede Vrijdag is NOT a holiday here: it is not a general day off in the
 * Netherlands nor in the municipal agreement, so the WSP works that day.
 *
 * Service norm and due date (`dueAt`)
 * - Day 1 is the first working day AFTER the day of submission (the
 *   submission day itself never counts, even when it is a working day and the
 *   request came in at 08:00). The case is due at the END of the N-th working
 *   day: 23:59:59.999 Amsterdam time, converted to UTC with the offset that
 *   is valid on that date (CET +01:00 or CEST +02:00).
 * - Examples with norm 2: submitted Friday evening → due end of Tuesday;
 *   submitted Saturday or Sunday → also end of Tuesday (Monday is day 1).
 * - Norm 0 means "the same day": the end of the submission day when that is a
 *   working day, otherwise the end of the next working day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Holiday computation is defined for Gregorian years that fit a 4-digit ISO date. */
const MIN_YEAR = 1583;
const MAX_YEAR = 9999;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function parseIsoDate(isoDate: string): CalendarDate {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    year < MIN_YEAR ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new RangeError(`Not a valid calendar date: ${isoDate}`);
  }
  return { year, month, day };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function formatIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01 of a calendar date (used only for date arithmetic). */
function epochDay({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromEpochDay(days: number): string {
  const d = new Date(days * DAY_MS);
  const year = d.getUTCFullYear();
  if (year > MAX_YEAR) throw new RangeError("Date beyond the year 9999");
  return formatIsoDate(year, d.getUTCMonth() + 1, d.getUTCDate());
}

function shiftDays(isoDate: string, days: number): string {
  return fromEpochDay(epochDay(parseIsoDate(isoDate)) + days);
}

/** Easter Sunday (month, day) by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { month: Math.floor(n / 31), day: (n % 31) + 1 };
}

const holidayCache = new Map<number, { list: readonly string[]; set: ReadonlySet<string> }>();

/**
 * The public holidays of a year as sorted ISO dates (see the module comment
 * for the list and the choices about Bevrijdingsdag and Goede Vrijdag).
 */
export function dutchPublicHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}: ${year}`);
  }
  return [...holidaysOf(year).list];
}

function holidaysOf(year: number): { list: readonly string[]; set: ReadonlySet<string> } {
  const cached = holidayCache.get(year);
  if (cached) return cached;

  const easter = easterSunday(year);
  const easterDay = epochDay({ year, ...easter });
  const afterEaster = (days: number) => fromEpochDay(easterDay + days);
  const april27 = formatIsoDate(year, 4, 27);
  const kingsDay = weekday(april27) === 0 ? formatIsoDate(year, 4, 26) : april27;

  const list = [
    formatIsoDate(year, 1, 1), // Nieuwjaarsdag
    afterEaster(0), // Eerste Paasdag
    afterEaster(1), // Tweede Paasdag
    kingsDay, // Koningsdag
    formatIsoDate(year, 5, 5), // Bevrijdingsdag (every year, Cao Gemeenten)
    afterEaster(39), // Hemelvaartsdag
    afterEaster(49), // Eerste Pinksterdag
    afterEaster(50), // Tweede Pinksterdag
    formatIsoDate(year, 12, 25), // Eerste Kerstdag
    formatIsoDate(year, 12, 26), // Tweede Kerstdag
  ];
  // Koningsdag or Bevrijdingsdag can coincide with Hemelvaart (e.g. 5 May 2016).
  const sorted = [...new Set(list)].sort();
  const entry = { list: sorted, set: new Set(sorted) };
  holidayCache.set(year, entry);
  return entry;
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(isoDate: string): number {
  const { year, month, day } = parseIsoDate(isoDate);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** True for Monday–Friday that is not a public holiday. */
export function isWorkingDay(isoDate: string): boolean {
  const { year } = parseIsoDate(isoDate);
  const day = weekday(isoDate);
  if (day === 0 || day === 6) return false;
  return !holidaysOf(year).set.has(isoDate);
}

const amsterdamFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function assertInstant(instant: Date, name: string): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${name} is not a valid Date`);
  }
}

/** The Amsterdam wall-clock fields of an instant. */
function amsterdamParts(instant: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const fields: Record<string, number> = {};
  for (const part of amsterdamFormat.formatToParts(instant)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const get = (name: string): number => {
    const value = fields[name];
    if (value === undefined || Number.isNaN(value)) throw new RangeError(`Cannot read ${name} of ${instant.toISOString()}`);
    return value;
  };
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    // Some ICU versions print midnight as 24 even with h23.
    hour: get("hour") % 24,
    minute: get("minute"),
    second: get("second"),
  };
}

/** The calendar date in Europe/Amsterdam of an instant, as "YYYY-MM-DD". */
export function amsterdamDate(instant: Date): string {
  assertInstant(instant, "instant");
  const { year, month, day } = amsterdamParts(instant);
  return formatIsoDate(year, month, day);
}

/** Offset of Amsterdam local time from UTC at an instant, in ms (3 600 000 in winter, 7 200 000 in summer). */
function amsterdamOffsetMs(utcMs: number): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  const p = amsterdamParts(new Date(whole));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

/**
 * The instant of a wall-clock time in Amsterdam. Two passes, so the offset is
 * the one valid at the result (DST changes at 02:00/03:00 local time, so the
 * end of a day is never in a gap or overlap).
 */
function amsterdamInstant(isoDate: string, hour: number, minute: number, second: number, ms: number): Date {
  const { year, month, day } = parseIsoDate(isoDate);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const guess = wall - amsterdamOffsetMs(wall);
  return new Date(wall - amsterdamOffsetMs(guess));
}

/** The end of a calendar date in Amsterdam: 23:59:59.999 local time, as an instant. */
export function endOfAmsterdamDay(isoDate: string): Date {
  return amsterdamInstant(isoDate, 23, 59, 59, 999);
}

/**
 * The date that is `days` working days after `fromIsoDate`. With 0 it is the
 * date itself when that is a working day, else the next working day.
 */
export function addWorkingDays(fromIsoDate: string, days: number): string {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`days must be a whole number ≥ 0: ${days}`);
  }
  parseIsoDate(fromIsoDate);
  let current = fromIsoDate;
  if (days === 0) {
    while (!isWorkingDay(current)) current = shiftDays(current, 1);
    return current;
  }
  let left = days;
  while (left > 0) {
    current = shiftDays(current, 1);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/**
 * The deadline of a case submitted at `submittedAt` with a service norm of
 * `serviceNormDays` working days: the end (23:59:59.999 Amsterdam time) of the
 * N-th working day after the submission day. See the module comment.
 */
export function dueAt(submittedAt: Date, serviceNormDays: number): Date {
  assertInstant(submittedAt, "submittedAt");
  return endOfAmsterdamDay(addWorkingDays(amsterdamDate(submittedAt), serviceNormDays));
}

/**
 * The number of working days after a's Amsterdam date, up to and including
 * b's Amsterdam date. 0 when both are on the same date or when b ≤ a.
 */
export function workingDaysBetween(a: Date, b: Date): number {
  assertInstant(a, "a");
  assertInstant(b, "b");
  if (b.getTime() <= a.getTime()) return 0;
  const last = amsterdamDate(b);
  let current = amsterdamDate(a);
  let count = 0;
  while (current < last) {
    current = shiftDays(current, 1);
    if (isWorkingDay(current)) count += 1;
  }
  return count;
}

/** The badge next to a case, as a code; pages show it in the user's language ("op tijd", "on time"). */
export type DueBadge = "op-tijd" | "bijna-te-laat" | "te-laat";

/**
 * The badge next to a case:
 * - null when the case is closed;
 * - "te-laat" (late) when `now` is after the due instant;
 * - "bijna-te-laat" (almost late) when the due date (in Amsterdam) is today
 *   or not later than the next working day after today (so on a Friday, a
 *   case due on Monday is almost late);
 * - otherwise "op-tijd" (on time).
 */
export function dueBadge(due: Date, now: Date, closed: boolean): DueBadge | null {
  assertInstant(due, "due");
  assertInstant(now, "now");
  if (closed) return null;
  if (now.getTime() > due.getTime()) return "te-laat";
  const dueDay = amsterdamDate(due);
  const nextWorkingDay = addWorkingDays(amsterdamDate(now), 1);
  return dueDay <= nextWorkingDay ? "bijna-te-laat" : "op-tijd";
}
