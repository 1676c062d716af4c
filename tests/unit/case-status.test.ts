import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jargon } from "~/content/jargon";
import {
  CASE_ACTORS,
  CASE_STATUSES,
  CASE_TYPES,
  INITIAL_STATUS,
  canTransition,
  holdsBudget,
  isCaseStatus,
  isCaseType,
  isClosed,
  nextStatuses,
  reasonRequired,
  statusChangeMessage,
  statusLabel,
  typeLabel,
  type CaseActor,
  type CaseStatus,
  type CaseType,
} from "~/domain/case-status";
import { MAX_AVERAGE_WORDS, checkTexts, type TextToCheck } from "~/domain/plain-language";

/**
 * The complete list of allowed transitions, written out by hand from the
 * brief: "type:actor:from>to". Everything not listed is forbidden.
 */
const GRANTED_TYPES: CaseType[] = ["less-risk-polis", "kansenkaart-voucher"];
const HANDLED_TYPES: CaseType[] = ["gesprek", "ziekmelding"];
const ALLOWED = new Set<string>([
  ...GRANTED_TYPES.flatMap((t) => [
    `${t}:wsp:ingediend>in_behandeling`,
    `${t}:wsp:ingediend>toegekend`,
    `${t}:wsp:ingediend>afgewezen`,
    `${t}:wsp:ingediend>wachtlijst`,
    `${t}:wsp:in_behandeling>toegekend`,
    `${t}:wsp:in_behandeling>afgewezen`,
    `${t}:wsp:in_behandeling>wachtlijst`,
    `${t}:wsp:wachtlijst>toegekend`,
    `${t}:wsp:wachtlijst>afgewezen`,
    `${t}:wsp:toegekend>actief`,
    `${t}:wsp:toegekend>afgerond`,
    `${t}:wsp:actief>afgerond`,
    `${t}:employer:ingediend>ingetrokken`,
    `${t}:employer:in_behandeling>ingetrokken`,
    `${t}:employer:wachtlijst>ingetrokken`,
    `${t}:employer:toegekend>ingetrokken`,
  ]),
  ...HANDLED_TYPES.flatMap((t) => [
    `${t}:wsp:ingediend>in_behandeling`,
    `${t}:wsp:in_behandeling>afgerond`,
    `${t}:employer:ingediend>ingetrokken`,
    `${t}:employer:in_behandeling>ingetrokken`,
  ]),
]);

function* everyTransition(): Generator<[CaseType, CaseActor, CaseStatus, CaseStatus]> {
  for (const type of CASE_TYPES)
    for (const actor of CASE_ACTORS)
      for (const from of CASE_STATUSES) for (const to of CASE_STATUSES) yield [type, actor, from, to];
}

describe("transitions", () => {
  it.each([
    ["less-risk-polis", "ingediend", "in_behandeling", "wsp", true],
    ["less-risk-polis", "ingediend", "toegekend", "wsp", true],
    ["less-risk-polis", "in_behandeling", "wachtlijst", "wsp", true],
    ["less-risk-polis", "wachtlijst", "toegekend", "wsp", true],
    ["less-risk-polis", "toegekend", "actief", "wsp", true],
    ["less-risk-polis", "actief", "afgerond", "wsp", true],
    ["kansenkaart-voucher", "toegekend", "afgerond", "wsp", true],
    ["kansenkaart-voucher", "wachtlijst", "ingetrokken", "employer", true],
    ["gesprek", "ingediend", "in_behandeling", "wsp", true],
    ["gesprek", "in_behandeling", "afgerond", "wsp", true],
    ["ziekmelding", "in_behandeling", "afgerond", "wsp", true],
    ["ziekmelding", "ingediend", "ingetrokken", "employer", true],
    // forbidden
    ["less-risk-polis", "ingediend", "toegekend", "employer", false], // an employer cannot grant
    ["less-risk-polis", "toegekend", "ingetrokken", "employer", true], // e.g. the candidate did not start: releases the budget
    ["less-risk-polis", "actief", "ingetrokken", "employer", false], // not once the placement runs
    ["less-risk-polis", "actief", "ingetrokken", "employer", false],
    ["less-risk-polis", "ingediend", "ingetrokken", "wsp", false], // only the employer withdraws
    ["less-risk-polis", "ingediend", "actief", "wsp", false], // grant first
    ["less-risk-polis", "wachtlijst", "in_behandeling", "wsp", false],
    ["less-risk-polis", "actief", "toegekend", "wsp", false], // no way back
    ["less-risk-polis", "in_behandeling", "ingediend", "wsp", false],
    ["less-risk-polis", "ingediend", "ingediend", "wsp", false], // not to itself
    ["less-risk-polis", "ingediend", "in_behandeling", "system", false], // system: nothing yet
    ["gesprek", "ingediend", "toegekend", "wsp", false], // a conversation is not granted
    ["gesprek", "ingediend", "afgerond", "wsp", false], // in_behandeling first
    ["gesprek", "in_behandeling", "wachtlijst", "wsp", false],
    ["ziekmelding", "in_behandeling", "afgewezen", "wsp", false],
    ["ziekmelding", "afgerond", "in_behandeling", "wsp", false],
  ] as const)("%s: %s → %s by %s is %s", (type, from, to, actor, expected) => {
    expect(canTransition(type, from, to, actor)).toBe(expected);
  });

  it("allows exactly the transitions of the written-out table, and nothing else", () => {
    const allowed: string[] = [];
    for (const [type, actor, from, to] of everyTransition()) {
      if (canTransition(type, from, to, actor)) allowed.push(`${type}:${actor}:${from}>${to}`);
    }
    expect(allowed.sort()).toEqual([...ALLOWED].sort());
  });

  it("nextStatuses lists exactly the statuses canTransition allows, in a fixed order", () => {
    for (const type of CASE_TYPES)
      for (const actor of CASE_ACTORS)
        for (const from of CASE_STATUSES) {
          const next = nextStatuses(type, from, actor);
          expect(next).toEqual(CASE_STATUSES.filter((to) => canTransition(type, from, to, actor)));
        }
    expect(nextStatuses("less-risk-polis", "in_behandeling", "wsp")).toEqual(["toegekend", "afgewezen", "wachtlijst"]);
    expect(nextStatuses("gesprek", "ingediend", "employer")).toEqual(["ingetrokken"]);
  });

  it("the system actor has no transitions yet", () => {
    for (const type of CASE_TYPES) for (const from of CASE_STATUSES) expect(nextStatuses(type, from, "system")).toEqual([]);
  });

  it("unknown values from the database allow nothing", () => {
    expect(nextStatuses("onbekend" as CaseType, "ingediend", "wsp")).toEqual([]);
    expect(canTransition("gesprek", "gesloten" as CaseStatus, "afgerond", "wsp")).toBe(false);
    expect(canTransition("gesprek", "ingediend", "in_behandeling", "admin" as CaseActor)).toBe(false);
    expect(isCaseStatus("toegekend")).toBe(true);
    expect(isCaseStatus("Toegekend")).toBe(false);
    expect(isCaseType("ziekmelding")).toBe(true);
    expect(isCaseType(42)).toBe(false);
  });

  it("property: from a closed status no transition is allowed, for any type and actor", () => {
    for (const [type, actor, from, to] of everyTransition()) {
      if (isClosed(from)) expect(canTransition(type, from, to, actor), `${type} ${actor} ${from}>${to}`).toBe(false);
    }
  });

  it("property: every status except ingediend can be reached, and nothing leads back to ingediend", () => {
    const reachable = new Set<CaseStatus>([INITIAL_STATUS]);
    for (const [type, actor, from, to] of everyTransition()) {
      if (canTransition(type, from, to, actor)) {
        expect(to).not.toBe("ingediend");
        reachable.add(to);
      }
    }
    expect([...reachable].sort()).toEqual([...CASE_STATUSES].sort());
  });

  it("property: a random walk of attempted changes keeps the rules (closed stays closed, no withdrawal once active)", () => {
    const step = fc.record({
      actor: fc.constantFrom(...CASE_ACTORS),
      to: fc.constantFrom(...CASE_STATUSES),
    });
    fc.assert(
      fc.property(fc.constantFrom(...CASE_TYPES), fc.array(step, { maxLength: 30 }), (type, steps) => {
        let status: CaseStatus = INITIAL_STATUS;
        let everActive = false;
        const history: CaseStatus[] = [status];
        for (const { actor, to } of steps) {
          const before = status;
          if (canTransition(type, before, to, actor)) status = to;
          if (isClosed(before)) expect(status).toBe(before);
          if (status === "actief") everActive = true;
          if (everActive) expect(status).not.toBe("ingetrokken");
          if (holdsBudget(status)) expect(GRANTED_TYPES.includes(type) || status === "afgerond").toBe(true);
          if (status !== history.at(-1)) history.push(status);
        }
        // the walk never revisits a status (the graph has no cycles)
        expect(new Set(history).size).toBe(history.length);
        if (HANDLED_TYPES.includes(type)) {
          expect(history.every((s) => ["ingediend", "in_behandeling", "afgerond", "ingetrokken"].includes(s))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("status properties", () => {
  it("isClosed: afgewezen, afgerond and ingetrokken", () => {
    expect(CASE_STATUSES.filter(isClosed).sort()).toEqual(["afgerond", "afgewezen", "ingetrokken"]);
  });

  it("reasonRequired: afgewezen and wachtlijst", () => {
    expect(CASE_STATUSES.filter(reasonRequired).sort()).toEqual(["afgewezen", "wachtlijst"]);
  });

  it("holdsBudget: toegekend, actief and afgerond keep a reservation; afgewezen and ingetrokken release it", () => {
    expect(CASE_STATUSES.filter(holdsBudget).sort()).toEqual(["actief", "afgerond", "toegekend"]);
    expect(holdsBudget("afgewezen")).toBe(false);
    expect(holdsBudget("ingetrokken")).toBe(false);
    expect(holdsBudget("wachtlijst")).toBe(false);
  });
});

describe("labels", () => {
  it("every status has its plain Dutch label", () => {
    expect(Object.fromEntries(CASE_STATUSES.map((s) => [s, statusLabel(s)]))).toEqual({
      ingediend: "Ingediend",
      in_behandeling: "In behandeling",
      toegekend: "Toegekend",
      afgewezen: "Afgewezen",
      wachtlijst: "Op de wachtlijst",
      actief: "Actief",
      afgerond: "Afgerond",
      ingetrokken: "Ingetrokken",
    });
    expect(new Set(CASE_STATUSES.map((s) => statusLabel(s))).size).toBe(CASE_STATUSES.length);
  });

  it("every type has its label", () => {
    expect(Object.fromEntries(CASE_TYPES.map((t) => [t, typeLabel(t)]))).toEqual({
      gesprek: "Gesprek met uw accountmanager",
      "less-risk-polis": "Less-Risk-polis en jobcoachvoucher",
      "kansenkaart-voucher": "Kansenkaart-advies (voucher)",
      ziekmelding: "Ziekmelding",
    });
  });
});

describe("statusChangeMessage", () => {
  it("toegekend: good news first, then the explanation", () => {
    const m = statusChangeMessage("less-risk-polis", "toegekend", "De polis gaat in op 1 december");
    expect(m.startsWith("Goed nieuws: uw aanvraag is toegekend. Toelichting: De polis gaat in op 1 december.")).toBe(true);
  });

  it("afgewezen: says so and gives the reason", () => {
    const m = statusChangeMessage("kansenkaart-voucher", "afgewezen", "U heeft dit jaar al een advies gehad.");
    expect(m).toContain("Uw aanvraag is afgewezen. De reden: U heeft dit jaar al een advies gehad.");
    expect(m).toContain("accountmanager");
  });

  it("afgewezen without a reason still reads well (an old event) and does not invent one", () => {
    const m = statusChangeMessage("less-risk-polis", "afgewezen");
    expect(m).not.toContain("De reden:");
    expect(m).toContain("Uw accountmanager legt u de reden uit.");
  });

  it("wachtlijst: the regional budget is used up for now, and the employer keeps their place", () => {
    const m = statusChangeMessage("less-risk-polis", "wachtlijst", "Er komt in januari nieuw budget");
    expect(m).toMatch(/wachtlijst/);
    expect(m).toMatch(/geld .* regio .* op/);
    expect(m).toContain("U houdt uw plek op de lijst.");
    expect(m).toContain("Toelichting: Er komt in januari nieuw budget.");
  });

  it("ingetrokken: confirms it was the employer's own choice", () => {
    expect(statusChangeMessage("less-risk-polis", "ingetrokken")).toMatch(/^U heeft uw aanvraag ingetrokken\./);
    expect(statusChangeMessage("ziekmelding", "ingetrokken")).toMatch(/^U heeft uw ziekmelding ingetrokken\./);
  });

  it("speaks about the right thing per type", () => {
    expect(statusChangeMessage("ziekmelding", "afgerond")).toContain("Uw ziekmelding is afgehandeld.");
    expect(statusChangeMessage("gesprek", "in_behandeling")).toContain("afspraak");
    expect(statusChangeMessage("less-risk-polis", "actief")).toContain("ziek");
    expect(statusChangeMessage("ziekmelding", "ingediend")).toContain("We hebben uw ziekmelding ontvangen.");
  });

  it("tidies the reason: one line, ends with a full stop; no empty 'Toelichting' for a blank reason", () => {
    expect(statusChangeMessage("gesprek", "afgerond", "  Wij   bellen u\nvolgende week  ")).toContain(
      "Toelichting: Wij bellen u volgende week.",
    );
    expect(statusChangeMessage("gesprek", "afgerond", "Tot snel!")).toContain("Toelichting: Tot snel!");
    expect(statusChangeMessage("gesprek", "afgerond", "   ")).not.toContain("Toelichting");
  });

  it("is written in the employer's language", () => {
    expect(statusChangeMessage("ziekmelding", "ingetrokken", undefined, "en")).toMatch(/^You have withdrawn your sick report\./);
    expect(statusChangeMessage("kansenkaart-voucher", "afgewezen", "You had advice this year", "en")).toBe(
      "Your request has been rejected. The reason: You had advice this year. Do you disagree, or do you want to know what is possible? Then call or e-mail your account manager.",
    );
    expect(statusChangeMessage("gesprek", "afgerond", "See you soon", "en")).toContain("Note: See you soon.");
    for (const type of CASE_TYPES)
      for (const to of CASE_STATUSES) {
        const english = statusChangeMessage(type, to, undefined, "en");
        expect(english, `${type}/${to}`).not.toBe(statusChangeMessage(type, to));
        expect(english, `${type}/${to}`).not.toMatch(/\b(uw|aanvraag|ziekmelding|accountmanager)\b/);
      }
  });

  it("every message for every type and status passes the plain-language check (B1)", () => {
    const texts: TextToCheck[] = [];
    for (const type of CASE_TYPES)
      for (const to of CASE_STATUSES) {
        texts.push({ where: `${type}/${to}`, text: statusChangeMessage(type, to) });
        texts.push({
          where: `${type}/${to}/reden`,
          text: statusChangeMessage(type, to, "Wij hebben uw gegevens bekeken"),
        });
      }
    for (const status of CASE_STATUSES) texts.push({ where: `label/${status}`, text: statusLabel(status) });
    const report = checkTexts(texts, jargon);
    expect(report.violations).toEqual([]);
    expect(report.averageWords).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
    for (const t of texts) expect(t.text.trim().length, t.where).toBeGreaterThan(0);
  });

  it("the check would catch jargon in a reason the WSP types (so the test above can fail)", () => {
    const text = statusChangeMessage("less-risk-polis", "afgewezen", "De kandidaat staat in het doelgroepregister");
    expect(checkTexts([{ where: "x", text }], jargon).violations).toHaveLength(1);
  });

  it("type labels are names (exempt from the jargon rule) but still short", () => {
    const report = checkTexts(
      CASE_TYPES.map((t) => ({ where: t, text: typeLabel(t) })),
      [],
    );
    expect(report.violations).toEqual([]);
  });
});
