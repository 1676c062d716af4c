/**
 * Demo requests: an active Less-Risk-polis (so a sick day can be reported),
 * and open requests in both demo regions for the WSP to follow up.
 */
import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { dueAt } from "../../app/domain/working-days";
import type { Database } from "../schema";

const DAY = 24 * 60 * 60 * 1000;

interface DemoRequest {
  employerKey: string;
  type: string;
  details: Record<string, unknown>;
  daysAgo: number;
  path: string[];
  reservations?: { instrumentId: string; amountCents: number }[];
}

/** A Less-Risk-polis placement that passes the eligibility step (also used by the benchmark data). */
export const demoPlacement = {
  situation: "bijstand",
  inTargetRegister: "nee",
  specialScheme: "geen",
  minimumWageWithin6Months: "ja",
  tasksLearnableWithin6Months: "ja",
  internalGuide: "ja",
  wantsPolis: "ja",
  wantsVoucher: "ja",
  candidateInitials: "M.B.",
  role: "Medewerker bakkerij",
  contractType: "bepaalde-tijd",
  hoursPerWeek: 32,
  durationMonths: 12,
};

const demoRequests: DemoRequest[] = [
  {
    employerKey: "korenschoof",
    type: "less-risk-polis",
    details: { ...demoPlacement, startDate: new Date(Date.now() - 40 * DAY).toISOString().slice(0, 10) },
    daysAgo: 60,
    path: ["in_behandeling", "toegekend", "actief"],
    reservations: [
      { instrumentId: "less-risk-polis", amountCents: 50_000 },
      { instrumentId: "jobcoach-voucher", amountCents: 100_000 },
    ],
  },
  { employerKey: "glans", type: "gesprek", details: { topic: "personeel", contactPreference: "telefoon", message: "Wij zoeken twee schoonmakers voor de avond." }, daysAgo: 1, path: [] },
  { employerKey: "havenlogistiek", type: "kansenkaart-voucher", details: { question: "Welk werk in ons magazijn past bij mensen met een afstand tot werk?" }, daysAgo: 6, path: [] },
  {
    employerKey: "zorgdrie",
    type: "less-risk-polis",
    details: { ...demoPlacement, candidateInitials: "A.S.", role: "Medewerker huishouding", startDate: new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10) },
    daysAgo: 2,
    path: ["in_behandeling"],
  },
];

export async function seedDemoRequests(trx: Transaction<Database>, employerIds: Map<string, string>): Promise<number> {
  for (const r of demoRequests) {
    const employerId = employerIds.get(r.employerKey);
    if (!employerId) throw new Error(`Onbekende demo-werkgever ${r.employerKey}`);
    const employer = await trx
      .selectFrom("employers as e")
      .innerJoin("regions as reg", "reg.id", "e.region_id")
      .select(["e.region_id", "e.account_manager_id", "reg.service_norm_days"])
      .where("e.id", "=", employerId)
      .executeTakeFirstOrThrow();
    const contact = await trx.selectFrom("users").select("id").where("employer_id", "=", employerId).executeTakeFirstOrThrow();
    const created = new Date(Date.now() - r.daysAgo * DAY);
    const id = randomUUID();
    const events: { at: Date; actor: string | null; role: string; from: string | null; to: string }[] = [
      { at: created, actor: contact.id, role: "employer", from: null, to: "ingediend" },
    ];
    let status = "ingediend";
    r.path.forEach((to, i) => {
      events.push({ at: new Date(created.getTime() + (i + 1) * DAY), actor: employer.account_manager_id, role: "wsp", from: status, to });
      status = to;
    });
    const last = events[events.length - 1]!.at.toISOString();
    await trx
      .insertInto("requests")
      .values({
        id,
        employer_id: employerId,
        region_id: employer.region_id,
        type: r.type,
        status,
        submission_key: `demo-${r.employerKey}-${r.type}`,
        details_json: JSON.stringify(r.details),
        parent_request_id: null,
        scan_id: null,
        assigned_to: employer.account_manager_id,
        due_at: dueAt(created, employer.service_norm_days).toISOString(),
        first_contact_at: r.path.length ? events[1]!.at.toISOString() : null,
        decided_at: r.path.includes("toegekend") ? events[2]!.at.toISOString() : null,
        decision_reason: r.path.includes("toegekend") ? "De kandidaat past goed bij de regeling." : null,
        closed_at: null,
        created_by: contact.id,
        created_at: created.toISOString(),
        updated_at: last,
      })
      .execute();
    for (const e of events) {
      await trx
        .insertInto("request_events")
        .values({ id: randomUUID(), request_id: id, at: e.at.toISOString(), actor_id: e.actor, actor_role: e.role, kind: e.from ? "status" : "created", from_status: e.from, to_status: e.to, note: null })
        .execute();
    }
    for (const res of r.reservations ?? []) {
      await trx
        .insertInto("budget_ledger")
        .values({ id: randomUUID(), region_id: employer.region_id, instrument_id: res.instrumentId, year: new Date().getUTCFullYear(), request_id: id, amount_cents: res.amountCents, at: last })
        .execute();
    }
  }
  return demoRequests.length;
}
