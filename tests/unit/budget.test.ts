import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canReserve, decideGrant, remainingCents, reservedCents, type InstrumentBudget } from "~/domain/budget";

const entries = (...amounts: number[]) => amounts.map((amountCents) => ({ amountCents }));

describe("remainingCents", () => {
  it("is the budget minus the net reservations", () => {
    expect(remainingCents(500_000, [])).toBe(500_000);
    expect(remainingCents(500_000, entries(50_000, 50_000))).toBe(400_000);
  });

  it("counts a release (a negative entry after afgewezen/ingetrokken) back", () => {
    expect(remainingCents(100_000, entries(50_000, 50_000, -50_000))).toBe(50_000);
    expect(reservedCents(entries(50_000, -50_000))).toBe(0);
  });

  it("is null for an unlimited budget", () => {
    expect(remainingCents(null, entries(50_000))).toBeNull();
  });

  it("reports a real negative figure when the budget was lowered below what is reserved", () => {
    expect(remainingCents(60_000, entries(50_000, 50_000))).toBe(-40_000);
    expect(canReserve(60_000, entries(50_000, 50_000), 0)).toBe(false);
  });

  it("rejects fractions, NaN, Infinity, negative budgets and a ledger that releases more than it reserved", () => {
    expect(() => remainingCents(100.5, [])).toThrow(RangeError);
    expect(() => remainingCents(-1, [])).toThrow(RangeError);
    expect(() => remainingCents(Number.NaN, [])).toThrow(RangeError);
    expect(() => remainingCents(Number.POSITIVE_INFINITY, [])).toThrow(RangeError);
    expect(() => remainingCents(100, entries(0.5))).toThrow(RangeError);
    expect(() => remainingCents(null, entries(10, -20))).toThrow(RangeError);
    expect(() => remainingCents(null, entries(Number.MAX_SAFE_INTEGER, 1))).toThrow(RangeError);
  });
});

describe("canReserve", () => {
  it("fits while the rest of the budget is at least the amount", () => {
    expect(canReserve(100_000, entries(50_000), 50_000)).toBe(true);
    expect(canReserve(100_000, entries(50_000, 50_000), 50_000)).toBe(false);
    expect(canReserve(100_000, entries(50_001), 50_000)).toBe(false);
  });

  it("always fits an unlimited budget; never a budget of 0 (no money this year), not even 0 cents", () => {
    expect(canReserve(null, entries(9_999_999), 100_000)).toBe(true);
    expect(canReserve(0, [], 0)).toBe(false);
    expect(canReserve(0, [], 50_000)).toBe(false);
  });

  it("rejects a negative or fractional amount", () => {
    expect(() => canReserve(100_000, [], -1)).toThrow(RangeError);
    expect(() => canReserve(100_000, [], 10.01)).toThrow(RangeError);
    expect(() => canReserve(null, [], -1)).toThrow(RangeError);
  });

  it("property: reserving while it fits never makes the remainder negative, and fits floor(B / A) grants", () => {
    // budget = k × amount + rest, so the loop stays short (k ≤ 300) while the rest varies
    const budgetAndAmount = fc
      .record({ amount: fc.integer({ min: 1, max: 500_000 }), k: fc.integer({ min: 0, max: 300 }), rest: fc.nat() })
      .map(({ amount, k, rest }) => ({ amount, budget: k * amount + (rest % amount) }));
    fc.assert(
      fc.property(budgetAndAmount, ({ budget, amount }) => {
        const ledger: { amountCents: number }[] = [];
        let grants = 0;
        while (canReserve(budget, ledger, amount)) {
          ledger.push({ amountCents: amount });
          grants += 1;
          expect(remainingCents(budget, ledger)!).toBeGreaterThanOrEqual(0);
          if (grants > 1_000) throw new Error("runaway");
        }
        expect(grants).toBe(Math.floor(budget / amount));
        expect(remainingCents(budget, ledger)).toBe(budget % amount);
      }),
      { numRuns: 300 },
    );
  });

  it("property: with random reservations and releases, the remainder is the budget minus what is still held", () => {
    const op = fc.oneof(fc.record({ kind: fc.constant("reserve" as const), amount: fc.integer({ min: 1, max: 200_000 }) }), fc.record({ kind: fc.constant("release" as const), index: fc.nat() }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(op, { maxLength: 40 }), (budget, ops) => {
        const ledger: { amountCents: number }[] = [];
        const held: number[] = [];
        for (const o of ops) {
          if (o.kind === "reserve") {
            if (canReserve(budget, ledger, o.amount)) {
              ledger.push({ amountCents: o.amount });
              held.push(o.amount);
            }
          } else if (held.length > 0) {
            const [released] = held.splice(o.index % held.length, 1);
            ledger.push({ amountCents: -released! });
          }
          const remaining = remainingCents(budget, ledger)!;
          expect(remaining).toBeGreaterThanOrEqual(0);
          expect(remaining).toBe(budget - held.reduce((a, b) => a + b, 0));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("decideGrant", () => {
  const polis = (budgetCents: number | null, reserved: number[] = []): InstrumentBudget => ({
    instrumentId: "less-risk-polis",
    budgetCents,
    amountPerGrantCents: 50_000,
    ledger: entries(...reserved),
  });
  const voucher = (budgetCents: number | null, reserved: number[] = []): InstrumentBudget => ({
    instrumentId: "jobcoach-voucher",
    budgetCents,
    amountPerGrantCents: 100_000,
    ledger: entries(...reserved),
  });

  it("grants the polis and the voucher when both fit, with one reservation each", () => {
    expect(decideGrant({ budgets: [polis(1_000_000), voucher(1_000_000)] })).toEqual({
      outcome: "toegekend",
      reservations: [
        { instrumentId: "less-risk-polis", amountCents: 50_000 },
        { instrumentId: "jobcoach-voucher", amountCents: 100_000 },
      ],
    });
  });

  it("all or nothing: when the voucher budget is used up, nothing is reserved and the request waits", () => {
    expect(decideGrant({ budgets: [polis(1_000_000), voucher(200_000, [100_000, 100_000])] })).toEqual({
      outcome: "wachtlijst",
      exhausted: ["jobcoach-voucher"],
    });
    expect(decideGrant({ budgets: [polis(0), voucher(0)] })).toEqual({
      outcome: "wachtlijst",
      exhausted: ["less-risk-polis", "jobcoach-voucher"],
    });
  });

  it("a released reservation makes room again", () => {
    expect(decideGrant({ budgets: [voucher(200_000, [100_000, 100_000, -100_000])] }).outcome).toBe("toegekend");
  });

  it("an unlimited budget always fits", () => {
    expect(decideGrant({ budgets: [polis(null, [50_000, 50_000])] }).outcome).toBe("toegekend");
  });

  it("rejects an empty list, an instrument listed twice, and bad amounts", () => {
    expect(() => decideGrant({ budgets: [] })).toThrow(RangeError);
    expect(() => decideGrant({ budgets: [polis(100_000), polis(100_000)] })).toThrow(RangeError);
    expect(() => decideGrant({ budgets: [{ ...polis(100_000), amountPerGrantCents: 12.5 }] })).toThrow(RangeError);
    expect(() => decideGrant({ budgets: [{ ...polis(100_000), amountPerGrantCents: -500 }] })).toThrow(RangeError);
    expect(() => decideGrant({ budgets: [polis(-100)] })).toThrow(RangeError);
  });

  it("property: all or nothing — granted exactly when every instrument fits on its own; otherwise exactly the ones that don't are listed", () => {
    const budget = fc.record({
      budgetCents: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
      amountPerGrantCents: fc.integer({ min: 0, max: 300_000 }),
      reserved: fc.array(fc.integer({ min: 0, max: 300_000 }), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom("less-risk-polis", "jobcoach-voucher", "kansenkaart-voucher", "scholing-werkgevers"), { minLength: 1 }), fc.array(budget, { minLength: 4, maxLength: 4 }), (instrumentIds, specs) => {
        const budgets: InstrumentBudget[] = instrumentIds.map((instrumentId, i) => ({
          instrumentId,
          budgetCents: specs[i]!.budgetCents,
          amountPerGrantCents: specs[i]!.amountPerGrantCents,
          ledger: entries(...specs[i]!.reserved),
        }));
        const fits = budgets.map((b) => canReserve(b.budgetCents, b.ledger, b.amountPerGrantCents));
        const decision = decideGrant({ budgets });
        if (fits.every(Boolean)) {
          expect(decision).toEqual({
            outcome: "toegekend",
            reservations: budgets.map((b) => ({ instrumentId: b.instrumentId, amountCents: b.amountPerGrantCents })),
          });
          // after booking the reservations, no budget is overdrawn
          for (const b of budgets) {
            const after = remainingCents(b.budgetCents, [...b.ledger, { amountCents: b.amountPerGrantCents }]);
            if (after !== null) expect(after).toBeGreaterThanOrEqual(0);
          }
        } else {
          expect(decision).toEqual({ outcome: "wachtlijst", exhausted: budgets.filter((_, i) => !fits[i]).map((b) => b.instrumentId) });
          expect(decision).not.toHaveProperty("reservations");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("property: granting polis + voucher repeatedly gives min(floor(Bp / Ap), floor(Bv / Av)) grants and never overdraws either", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 0, max: 3_000_000 }), (bp, bv) => {
        const polisLedger: { amountCents: number }[] = [];
        const voucherLedger: { amountCents: number }[] = [];
        let grants = 0;
        for (;;) {
          const d = decideGrant({
            budgets: [
              { instrumentId: "less-risk-polis", budgetCents: bp, amountPerGrantCents: 50_000, ledger: polisLedger },
              { instrumentId: "jobcoach-voucher", budgetCents: bv, amountPerGrantCents: 100_000, ledger: voucherLedger },
            ],
          });
          if (d.outcome === "wachtlijst") break;
          grants += 1;
          polisLedger.push({ amountCents: d.reservations[0]!.amountCents });
          voucherLedger.push({ amountCents: d.reservations[1]!.amountCents });
        }
        expect(grants).toBe(Math.min(Math.floor(bp / 50_000), Math.floor(bv / 100_000)));
        expect(remainingCents(bp, polisLedger)!).toBeGreaterThanOrEqual(0);
        expect(remainingCents(bv, voucherLedger)!).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});
