/**
 * Regional budgets per instrument and year (product.md §6: "a request can only
 * be granted while the region's budget for that instrument lasts; otherwise it
 * waits, and the employer is told"). Pure, no I/O.
 *
 * Money is integer cents. Rules:
 * - `budgetCents`: a whole number ≥ 0, or null = no limit. A budget of 0
 *   means there is no money for this instrument this year (or it has not
 *   been set up): nothing can be reserved, not even 0 cents.
 * - The ledger is append-only: a reservation is a positive entry, a release
 *   (after afgewezen or ingetrokken) is a negative entry that cancels it.
 *   Every entry must be a whole number; the NET amount (the sum) may not be
 *   negative — more released than reserved is a bug, and throws.
 * - `amountCents` / `amountPerGrantCents`: a whole number ≥ 0.
 * Anything else (fractions, NaN, Infinity, negatives, sums beyond
 * Number.MAX_SAFE_INTEGER) throws a RangeError.
 *
 * The remaining amount can be negative when an administrator lowers a budget
 * below what is already reserved; `remainingCents` then reports the real
 * (negative) figure, and nothing more can be reserved.
 */

export interface LedgerEntry {
  amountCents: number;
}

export interface InstrumentBudget {
  instrumentId: string;
  /** The region's budget for this instrument and year; null = no limit. */
  budgetCents: number | null;
  /** What one grant reserves. */
  amountPerGrantCents: number;
  /** The ledger entries for this region, instrument and year. */
  ledger: readonly LedgerEntry[];
}

export interface Reservation {
  instrumentId: string;
  amountCents: number;
}

export type GrantDecision =
  | { outcome: "toegekend"; reservations: Reservation[] }
  | { outcome: "wachtlijst"; exhausted: string[] };

function assertCents(value: number, name: string, allowNegative = false): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number of cents: ${value}`);
  if (!allowNegative && value < 0) throw new RangeError(`${name} may not be negative: ${value}`);
}

function assertBudget(budgetCents: number | null): void {
  if (budgetCents !== null) assertCents(budgetCents, "budgetCents");
}

/** The net amount held by the ledger (reservations minus releases). */
export function reservedCents(ledger: readonly LedgerEntry[]): number {
  let total = 0;
  for (const [i, entry] of ledger.entries()) {
    assertCents(entry.amountCents, `ledger[${i}].amountCents`, true);
    total += entry.amountCents;
    if (!Number.isSafeInteger(total)) throw new RangeError("The ledger total is too large");
  }
  if (total < 0) throw new RangeError(`The ledger releases more than it reserved: ${total}`);
  return total;
}

/** What is left of a budget; null when the budget has no limit. */
export function remainingCents(budgetCents: number | null, ledger: readonly LedgerEntry[]): number | null {
  assertBudget(budgetCents);
  const reserved = reservedCents(ledger);
  return budgetCents === null ? null : budgetCents - reserved;
}

/** True when `amountCents` still fits in the budget (always true without a limit; never with a budget of 0). */
export function canReserve(budgetCents: number | null, ledger: readonly LedgerEntry[], amountCents: number): boolean {
  assertCents(amountCents, "amountCents");
  const remaining = remainingCents(budgetCents, ledger);
  if (remaining === null) return true;
  if (budgetCents === 0) return false;
  return amountCents <= remaining;
}

/**
 * Decides a grant that needs one or more instruments (e.g. the polis and the
 * jobcoach voucher): granted only when EVERY instrument fits; then one
 * reservation per instrument, in the given order. Otherwise the request goes
 * to the waiting list and `exhausted` lists the instruments that do not fit
 * (in the given order); nothing is reserved.
 */
export function decideGrant(input: { budgets: readonly InstrumentBudget[] }): GrantDecision {
  const { budgets } = input;
  if (budgets.length === 0) throw new RangeError("A grant needs at least one instrument");
  const ids = budgets.map((b) => b.instrumentId);
  if (new Set(ids).size !== ids.length) throw new RangeError(`An instrument is listed twice: ${ids.join(", ")}`);

  const exhausted = budgets
    .filter((b) => !canReserve(b.budgetCents, b.ledger, b.amountPerGrantCents))
    .map((b) => b.instrumentId);
  if (exhausted.length > 0) return { outcome: "wachtlijst", exhausted };
  return {
    outcome: "toegekend",
    reservations: budgets.map((b) => ({ instrumentId: b.instrumentId, amountCents: b.amountPerGrantCents })),
  };
}
