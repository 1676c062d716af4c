import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  amsterdamDate,
  dueAt,
  dueBadge,
  dutchPublicHolidays,
  endOfAmsterdamDay,
  isWorkingDay,
  workingDaysBetween,
} from "~/domain/working-days";

// ---------------------------------------------------------------------------
// Independent oracles (hard-coded facts, no shared code with the module)

/** Official Dutch holidays (with Bevrijdingsdag every year), from the published calendars. */
const KNOWN_HOLIDAYS: Record<number, string[]> = {
  2024: ["2024-01-01", "2024-03-31", "2024-04-01", "2024-04-27", "2024-05-05", "2024-05-09", "2024-05-19", "2024-05-20", "2024-12-25", "2024-12-26"],
  2025: ["2025-01-01", "2025-04-20", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29", "2025-06-08", "2025-06-09", "2025-12-25", "2025-12-26"],
  2026: ["2026-01-01", "2026-04-05", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14", "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26"],
  2027: ["2027-01-01", "2027-03-28", "2027-03-29", "2027-04-27", "2027-05-05", "2027-05-06", "2027-05-16", "2027-05-17", "2027-12-25", "2027-12-26"],
};
const KNOWN_SET = new Set(Object.values(KNOWN_HOLIDAYS).flat());

function utcWeekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}
function nextIso(iso: string, days = 1): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
function oracleWorkingDay(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  if (!(year in KNOWN_HOLIDAYS)) throw new Error(`oracle has no holidays for ${year}`);
  const wd = utcWeekday(iso);
  return wd !== 0 && wd !== 6 && !KNOWN_SET.has(iso);
}

/** Last Sunday of a month (UTC calendar), as day of month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}
/** Europe/Amsterdam offset in hours at the END of a local date (EU rule: CEST from the last Sunday of March to the last Sunday of October). */
function offsetAtEndOfDay(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const start = Date.UTC(y, 2, lastSunday(y, 3));
  const end = Date.UTC(y, 9, lastSunday(y, 10));
  const day = Date.UTC(y, m - 1, d);
  return day >= start && day < end ? 2 : 1;
}
function oracleEndOfDay(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 23, 59, 59, 999) - offsetAtEndOfDay(iso) * 3_600_000;
}

const wallClock = new Intl.DateTimeFormat("nl-NL", {
  timeZone: "Europe/Amsterdam",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  fractionalSecondDigits: 3,
  hourCycle: "h23",
});

const isoDay = (from: string, to: string) =>
  fc
    .date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

const instant = (from: string, to: string) =>
  fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true });

// ---------------------------------------------------------------------------

describe("dutchPublicHolidays", () => {
  it("2026: Pasen 5 April, Koningsdag 27 April, Hemelvaart 14 May, Pinksteren 24/25 May", () => {
    expect(dutchPublicHolidays(2026)).toEqual([
      "2026-01-01", // Nieuwjaarsdag
      "2026-04-05", // Eerste Paasdag
      "2026-04-06", // Tweede Paasdag
      "2026-04-27", // Koningsdag
      "2026-05-05", // Bevrijdingsdag
      "2026-05-14", // Hemelvaartsdag
      "2026-05-24", // Eerste Pinksterdag
      "2026-05-25", // Tweede Pinksterdag
      "2026-12-25", // Eerste Kerstdag
      "2026-12-26", // Tweede Kerstdag
    ]);
  });

  it("2025: Koningsdag on Saturday 26 April because 27 April is a Sunday; Pasen 20 April", () => {
    const h = dutchPublicHolidays(2025);
    expect(h).toContain("2025-04-26");
    expect(h).not.toContain("2025-04-27");
    expect(h).toEqual(expect.arrayContaining(["2025-04-20", "2025-04-21", "2025-05-29", "2025-06-08", "2025-06-09"]));
  });

  it("2024: Pasen 31 March, Tweede Paasdag 1 April, Hemelvaart 9 May", () => {
    expect(dutchPublicHolidays(2024)).toEqual(expect.arrayContaining(["2024-03-31", "2024-04-01", "2024-05-09", "2024-05-19", "2024-05-20"]));
  });

  it("matches the published calendars of 2024–2027 exactly", () => {
    for (const [year, list] of Object.entries(KNOWN_HOLIDAYS)) {
      expect(dutchPublicHolidays(Number(year)), year).toEqual(list);
    }
  });

  it("finds Easter on known dates, including the earliest and latest possible", () => {
    const easter: Record<number, string> = {
      1818: "1818-03-22",
      1943: "1943-04-25",
      2000: "2000-04-23",
      2008: "2008-03-23",
      2011: "2011-04-24",
      2019: "2019-04-21",
      2038: "2038-04-25",
      2285: "2285-03-22",
    };
    for (const [year, date] of Object.entries(easter)) {
      expect(dutchPublicHolidays(Number(year)), year).toContain(date);
      expect(dutchPublicHolidays(Number(year)), year).toContain(nextIso(date));
    }
  });

  it("moves Koningsdag to the 26th only when the 27th is a Sunday (2014, 2031)", () => {
    expect(dutchPublicHolidays(2014)).toContain("2014-04-26");
    expect(dutchPublicHolidays(2031)).toContain("2031-04-26");
    expect(dutchPublicHolidays(2031)).not.toContain("2031-04-27");
    expect(dutchPublicHolidays(2027)).toContain("2027-04-27"); // a Tuesday
    // 2038: Easter Monday is 26 April, Koningsdag stays on Tuesday 27 April
    expect(dutchPublicHolidays(2038)).toEqual(expect.arrayContaining(["2038-04-25", "2038-04-26", "2038-04-27"]));
  });

  it("has Bevrijdingsdag every year, not only in lustrum years, and no Goede Vrijdag", () => {
    for (const year of [2023, 2026, 2027, 2029]) expect(dutchPublicHolidays(year)).toContain(`${year}-05-05`);
    expect(isWorkingDay("2026-04-03")).toBe(true); // Goede Vrijdag
    expect(isWorkingDay("2027-03-26")).toBe(true); // Goede Vrijdag
  });

  it("lists a day once when two holidays fall together (Hemelvaart on 5 May 2016)", () => {
    const h = dutchPublicHolidays(2016);
    expect(h.filter((d) => d === "2016-05-05")).toHaveLength(1);
    expect(h).toHaveLength(9);
  });

  it("rejects years it cannot compute", () => {
    for (const year of [2026.5, Number.NaN, 1500, 10_000]) expect(() => dutchPublicHolidays(year)).toThrow(RangeError);
  });

  it("returns a copy: changing it does not change later answers", () => {
    const h = dutchPublicHolidays(2026);
    h.push("2026-06-01");
    expect(dutchPublicHolidays(2026)).toHaveLength(10);
    expect(isWorkingDay("2026-06-01")).toBe(true);
  });

  it("property: sorted, unique, in the year; Easter on a Sunday between 22 March and 25 April; Hemelvaart a Thursday; Koningsdag never on a Sunday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const h = dutchPublicHolidays(year);
        const y = String(year).padStart(4, "0");
        expect([...h].sort()).toEqual(h);
        expect(new Set(h).size).toBe(h.length);
        expect(h.every((d) => d.startsWith(`${y}-`))).toBe(true);
        for (const fixed of ["01-01", "05-05", "12-25", "12-26"]) expect(h).toContain(`${y}-${fixed}`);
        const sundays = h.filter((d) => d >= `${y}-03-22` && d <= `${y}-04-25` && utcWeekday(d) === 0);
        expect(sundays.length).toBeGreaterThanOrEqual(1);
        const easter = sundays.find((d) => h.includes(nextIso(d)))!;
        expect(easter).toBeDefined();
        expect(h).toContain(nextIso(easter, 39));
        expect(utcWeekday(nextIso(easter, 39))).toBe(4);
        expect(h).toContain(nextIso(easter, 49));
        expect(h).toContain(nextIso(easter, 50));
        // Koningsdag: the 27th, or the 26th when the 27th is a Sunday (the 26th can
        // also be Easter Monday, as in 2038)
        if (utcWeekday(`${y}-04-27`) === 0) {
          expect(h).toContain(`${y}-04-26`);
          expect(h).not.toContain(`${y}-04-27`);
        } else {
          expect(h).toContain(`${y}-04-27`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("isWorkingDay", () => {
  it("is false on Saturday, Sunday and holidays; true on an ordinary weekday", () => {
    expect(isWorkingDay("2026-11-27")).toBe(true); // Friday
    expect(isWorkingDay("2026-11-28")).toBe(false); // Saturday
    expect(isWorkingDay("2026-11-29")).toBe(false); // Sunday
    expect(isWorkingDay("2026-04-27")).toBe(false); // Koningsdag, Monday
    expect(isWorkingDay("2026-05-05")).toBe(false); // Bevrijdingsdag, Tuesday
    expect(isWorkingDay("2026-05-14")).toBe(false); // Hemelvaart
    expect(isWorkingDay("2026-05-15")).toBe(true); // the Friday after
    expect(isWorkingDay("2027-01-01")).toBe(false);
  });

  it("rejects text that is not a real calendar date", () => {
    for (const bad of ["2026-02-30", "2026-2-3", "26-11-2026", "2026-11-27T10:00", "", "2026-13-01"]) {
      expect(() => isWorkingDay(bad), bad).toThrow(RangeError);
    }
  });

  it("property: agrees with the published calendars of 2024–2027", () => {
    fc.assert(
      fc.property(isoDay("2024-01-01", "2027-12-31"), (d) => {
        expect(isWorkingDay(d)).toBe(oracleWorkingDay(d));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("amsterdamDate", () => {
  it("gives the Amsterdam calendar date, one hour ahead in winter and two in summer", () => {
    expect(amsterdamDate(new Date("2026-11-27T22:59:59.999Z"))).toBe("2026-11-27");
    expect(amsterdamDate(new Date("2026-11-27T23:00:00.000Z"))).toBe("2026-11-28");
    expect(amsterdamDate(new Date("2026-07-01T21:59:59.999Z"))).toBe("2026-07-01");
    expect(amsterdamDate(new Date("2026-07-01T22:00:00.000Z"))).toBe("2026-07-02");
    expect(amsterdamDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });

  it("rejects an invalid Date", () => {
    expect(() => amsterdamDate(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("addWorkingDays", () => {
  it("Friday + 1 is Monday, + 2 is Tuesday", () => {
    expect(addWorkingDays("2026-11-27", 1)).toBe("2026-11-30");
    expect(addWorkingDays("2026-11-27", 2)).toBe("2026-12-01");
  });

  it("0 days: the date itself on a working day, else the next working day", () => {
    expect(addWorkingDays("2026-11-27", 0)).toBe("2026-11-27");
    expect(addWorkingDays("2026-11-28", 0)).toBe("2026-11-30");
    expect(addWorkingDays("2026-12-25", 0)).toBe("2026-12-28");
  });

  it("counts from a weekend day: Saturday + 1 is Monday", () => {
    expect(addWorkingDays("2026-11-28", 1)).toBe("2026-11-30");
    expect(addWorkingDays("2026-11-29", 2)).toBe("2026-12-01");
  });

  it("skips Christmas and New Year", () => {
    expect(addWorkingDays("2026-12-24", 1)).toBe("2026-12-28"); // 25 Fri, 26 Sat, 27 Sun
    expect(addWorkingDays("2026-12-24", 5)).toBe("2027-01-04"); // 28, 29, 30, 31, (1 Jan), 4
    // 2027: Christmas falls on Saturday and Sunday; Dutch holidays do not move to the Monday
    expect(addWorkingDays("2027-12-23", 2)).toBe("2027-12-27"); // 24 Fri, 27 Mon
  });

  it("skips Easter Monday, Koningsdag, Bevrijdingsdag, Ascension and Whit Monday, but not Good Friday", () => {
    expect(addWorkingDays("2026-04-02", 1)).toBe("2026-04-03"); // Goede Vrijdag is a working day
    expect(addWorkingDays("2026-04-02", 2)).toBe("2026-04-07"); // Tweede Paasdag 6 April
    expect(addWorkingDays("2026-04-24", 1)).toBe("2026-04-28"); // Koningsdag Monday 27 April
    expect(addWorkingDays("2026-05-04", 1)).toBe("2026-05-06"); // Bevrijdingsdag
    expect(addWorkingDays("2026-05-13", 1)).toBe("2026-05-15"); // Hemelvaart
    expect(addWorkingDays("2026-05-22", 1)).toBe("2026-05-26"); // Pinksteren
    expect(addWorkingDays("2027-05-04", 1)).toBe("2027-05-07"); // 5 May and Hemelvaart 6 May 2027
  });

  it("rejects negative or fractional days and bad dates", () => {
    expect(() => addWorkingDays("2026-11-27", -1)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-11-27", 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-11-27", Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-11-31", 1)).toThrow(RangeError);
  });

  it("property: agrees with a day-by-day count over the published calendars", () => {
    fc.assert(
      fc.property(isoDay("2024-01-01", "2027-10-31"), fc.integer({ min: 0, max: 30 }), (d, n) => {
        let expected = d;
        if (n === 0) {
          while (!oracleWorkingDay(expected)) expected = nextIso(expected);
        } else {
          for (let left = n; left > 0; ) {
            expected = nextIso(expected);
            if (oracleWorkingDay(expected)) left -= 1;
          }
        }
        expect(addWorkingDays(d, n)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("property: the result is a working day, never before the start, and monotonic in n", () => {
    fc.assert(
      fc.property(isoDay("2000-01-01", "2100-12-31"), fc.integer({ min: 0, max: 60 }), (d, n) => {
        const r = addWorkingDays(d, n);
        const r1 = addWorkingDays(d, n + 1);
        expect(isWorkingDay(r)).toBe(true);
        expect(r >= d).toBe(true);
        if (n >= 1) {
          expect(r > d).toBe(true);
          expect(r1 > r).toBe(true);
        } else {
          // n = 0 → 1: equal exactly when the start is not a working day
          // (Saturday + 0 and Saturday + 1 are both Monday).
          expect(r1 >= r).toBe(true);
          expect(r1 === r).toBe(!isWorkingDay(d));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("dueAt", () => {
  it("Friday 27 November 2026 16:00 UTC with norm 2 is due at the end of Tuesday 1 December (23:59:59.999 CET)", () => {
    const due = dueAt(new Date("2026-11-27T16:00:00Z"), 2);
    expect(due.toISOString()).toBe("2026-12-01T22:59:59.999Z");
    expect(wallClock.format(due)).toBe("23:59:59,999");
  });

  it("a request on Saturday or Sunday with norm 2 is also due on Tuesday (Monday is day 1)", () => {
    expect(dueAt(new Date("2026-11-28T10:00:00Z"), 2).toISOString()).toBe("2026-12-01T22:59:59.999Z");
    expect(dueAt(new Date("2026-11-29T10:00:00Z"), 2).toISOString()).toBe("2026-12-01T22:59:59.999Z");
  });

  it("uses the Amsterdam date of the submission, not the UTC date", () => {
    // Sunday 23:30 UTC is Monday 00:30 in Amsterdam → Wednesday
    expect(dueAt(new Date("2026-11-29T23:30:00Z"), 2).toISOString()).toBe("2026-12-02T22:59:59.999Z");
    // Friday 23:30 UTC is Saturday in Amsterdam → still Tuesday
    expect(dueAt(new Date("2026-11-27T23:30:00Z"), 2).toISOString()).toBe("2026-12-01T22:59:59.999Z");
    // Monday 08:00 Amsterdam: the submission day itself does not count → Wednesday
    expect(dueAt(new Date("2026-11-30T07:00:00Z"), 2).toISOString()).toBe("2026-12-02T22:59:59.999Z");
  });

  it("spring DST change (29 March 2026): the end of the day is 23:59:59.999 CEST = 21:59:59.999 UTC after it", () => {
    expect(dueAt(new Date("2026-03-25T12:00:00Z"), 1).toISOString()).toBe("2026-03-26T22:59:59.999Z");
    expect(dueAt(new Date("2026-03-26T12:00:00Z"), 2).toISOString()).toBe("2026-03-30T21:59:59.999Z");
    expect(dueAt(new Date("2026-03-27T12:00:00Z"), 1).toISOString()).toBe("2026-03-30T21:59:59.999Z");
    expect(wallClock.format(dueAt(new Date("2026-03-27T12:00:00Z"), 1))).toBe("23:59:59,999");
  });

  it("autumn DST change (25 October 2026): back to CET, 22:59:59.999 UTC", () => {
    expect(dueAt(new Date("2026-10-22T12:00:00Z"), 1).toISOString()).toBe("2026-10-23T21:59:59.999Z");
    expect(dueAt(new Date("2026-10-23T12:00:00Z"), 1).toISOString()).toBe("2026-10-26T22:59:59.999Z");
    expect(wallClock.format(dueAt(new Date("2026-10-23T12:00:00Z"), 1))).toBe("23:59:59,999");
  });

  it("the end of the DST-change Sundays themselves", () => {
    expect(endOfAmsterdamDay("2026-03-29").toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(endOfAmsterdamDay("2026-10-25").toISOString()).toBe("2026-10-25T22:59:59.999Z");
  });

  it("over Christmas and New Year", () => {
    expect(dueAt(new Date("2026-12-23T09:00:00Z"), 2).toISOString()).toBe("2026-12-28T22:59:59.999Z");
    expect(dueAt(new Date("2026-12-31T09:00:00Z"), 1).toISOString()).toBe("2027-01-04T22:59:59.999Z");
  });

  it("over Easter and Ascension 2026", () => {
    expect(dueAt(new Date("2026-04-02T09:00:00Z"), 2).toISOString()).toBe("2026-04-07T21:59:59.999Z");
    expect(dueAt(new Date("2026-05-12T09:00:00Z"), 2).toISOString()).toBe("2026-05-15T21:59:59.999Z");
  });

  it("norm 0: the end of the same day on a working day, else of the next working day", () => {
    expect(dueAt(new Date("2026-11-27T16:00:00Z"), 0).toISOString()).toBe("2026-11-27T22:59:59.999Z");
    expect(dueAt(new Date("2026-11-28T16:00:00Z"), 0).toISOString()).toBe("2026-11-30T22:59:59.999Z");
  });

  it("rejects a bad instant or norm", () => {
    expect(() => dueAt(new Date("x"), 2)).toThrow(RangeError);
    expect(() => dueAt(new Date("2026-11-27T16:00:00Z"), -1)).toThrow(RangeError);
  });

  it("property: due is after the submission, at 23:59:59.999 Amsterdam time of the N-th working day (checked against the EU DST rule)", () => {
    fc.assert(
      fc.property(instant("2024-01-01", "2027-11-30"), fc.integer({ min: 0, max: 20 }), (submitted, n) => {
        const due = dueAt(submitted, n);
        const day = amsterdamDate(due);
        expect(day).toBe(addWorkingDays(amsterdamDate(submitted), n));
        expect(due.getTime()).toBe(oracleEndOfDay(day));
        // one millisecond later it is the next calendar day in Amsterdam
        expect(amsterdamDate(new Date(due.getTime() + 1))).toBe(nextIso(day));
        if (n >= 1) expect(due.getTime()).toBeGreaterThan(submitted.getTime());
        else expect(due.getTime()).toBeGreaterThanOrEqual(submitted.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it("property: workingDaysBetween(submitted, dueAt(submitted, n)) === n", () => {
    fc.assert(
      fc.property(instant("2000-01-01", "2100-01-01"), fc.integer({ min: 1, max: 40 }), (submitted, n) => {
        expect(workingDaysBetween(submitted, dueAt(submitted, n))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});

describe("workingDaysBetween", () => {
  it("counts the working days after a's date up to and including b's date", () => {
    const fri = new Date("2026-11-27T09:00:00Z");
    expect(workingDaysBetween(fri, new Date("2026-11-27T20:00:00Z"))).toBe(0);
    expect(workingDaysBetween(fri, new Date("2026-11-29T12:00:00Z"))).toBe(0); // weekend
    expect(workingDaysBetween(fri, new Date("2026-11-30T00:01:00Z"))).toBe(1);
    expect(workingDaysBetween(fri, new Date("2026-12-01T22:59:59.999Z"))).toBe(2);
    expect(workingDaysBetween(fri, new Date("2026-12-01T23:00:00Z"))).toBe(3); // Wednesday in Amsterdam
    expect(workingDaysBetween(new Date("2026-12-24T09:00:00Z"), new Date("2027-01-04T09:00:00Z"))).toBe(5);
  });

  it("is 0 when b is not after a", () => {
    const a = new Date("2026-12-01T09:00:00Z");
    expect(workingDaysBetween(a, a)).toBe(0);
    expect(workingDaysBetween(a, new Date("2026-11-01T09:00:00Z"))).toBe(0);
  });

  it("property: adds up over a middle point", () => {
    fc.assert(
      fc.property(instant("2020-01-01", "2030-01-01"), fc.nat(60 * 86_400_000), fc.nat(60 * 86_400_000), (a, x, y) => {
        const b = new Date(a.getTime() + x);
        const c = new Date(b.getTime() + y);
        expect(workingDaysBetween(a, c)).toBe(workingDaysBetween(a, b) + workingDaysBetween(b, c));
      }),
      { numRuns: 300 },
    );
  });
});

describe("dueBadge", () => {
  const due = new Date("2026-12-01T22:59:59.999Z"); // end of Tuesday 1 December

  it("is null for a closed case, even when it is late", () => {
    expect(dueBadge(due, new Date("2026-12-10T10:00:00Z"), true)).toBeNull();
  });

  it("is 'te laat' after the due instant, not at it", () => {
    expect(dueBadge(due, new Date("2026-12-01T23:00:00Z"), false)).toBe("te-laat");
    expect(dueBadge(due, due, false)).toBe("bijna-te-laat");
  });

  it("is 'bijna te laat' on the due day and on the working day before it", () => {
    expect(dueBadge(due, new Date("2026-12-01T08:00:00Z"), false)).toBe("bijna-te-laat"); // Tuesday
    expect(dueBadge(due, new Date("2026-11-30T08:00:00Z"), false)).toBe("bijna-te-laat"); // Monday
    expect(dueBadge(due, new Date("2026-11-30T23:30:00Z"), false)).toBe("bijna-te-laat"); // Tue 00:30 Amsterdam
  });

  it("looks at working days: on Friday a Monday deadline is near, a Tuesday one is not", () => {
    const monday = new Date("2026-11-30T22:59:59.999Z");
    const friday = new Date("2026-11-27T10:00:00Z");
    expect(dueBadge(monday, friday, false)).toBe("bijna-te-laat");
    expect(dueBadge(due, friday, false)).toBe("op-tijd");
    // Thursday 24 December → next working day is Monday 28 December
    expect(dueBadge(new Date("2026-12-28T22:59:59.999Z"), new Date("2026-12-24T10:00:00Z"), false)).toBe("bijna-te-laat");
    expect(dueBadge(new Date("2026-12-29T22:59:59.999Z"), new Date("2026-12-24T10:00:00Z"), false)).toBe("op-tijd");
  });

  it("is 'op tijd' two working days or more before the due day", () => {
    // Sunday: the next working day is Monday, the case is due Tuesday
    expect(dueBadge(due, new Date("2026-11-29T10:00:00Z"), false)).toBe("op-tijd");
    expect(dueBadge(due, new Date("2026-11-26T10:00:00Z"), false)).toBe("op-tijd"); // Thursday
  });
});
