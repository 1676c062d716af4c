/**
 * Aftercare after a placement (product brief §6: a visit after two months).
 */

/** The check-in date: two months after the start date (YYYY-MM-DD), clamped to the end of the month. */
export function aftercareDate(startDate: string): string {
  const [y, m, d] = startDate.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + 2, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
