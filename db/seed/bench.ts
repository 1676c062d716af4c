/**
 * The large, deterministic data set behind `npm run bench`: employers spread
 * over the 35 regions (Rijnmond four times the size of the others), each with
 * one or more completed Toekomstscans (answers, results, peer histograms),
 * leads for the scans shared with the WSP, requests with their history and
 * budget entries, and staff per region. Everything is real-shaped, so the
 * pages the bench drives do their real work.
 *
 * The same seed gives the same companies, answers, scores and ids; dates are
 * relative to `now`, so due dates and "te laat" stay meaningful. Rows go in
 * through multi-row inserts (a few hundred rows per statement), committed per
 * block of employers.
 */
import { hash } from "@node-rs/argon2";
import { type Insertable, type Kysely, type Transaction } from "kysely";
import { latestDefinition } from "../../app/content/questionnaire";
import type { Answers, QuestionnaireDefinition } from "../../app/content/questionnaire/schema";
import { shareWithWspConsent } from "../../app/content/consents";
import { aftercareDate } from "../../app/domain/aftercare";
import { groupKeys, sizeClass } from "../../app/domain/benchmark";
import { holdsBudget, isClosed, nextStatuses, reasonRequired, type CaseStatus, type CaseType } from "../../app/domain/case-status";
import { scoreScan } from "../../app/domain/scoring";
import { dueAt } from "../../app/domain/working-days";
import { pillarScores } from "../../app/models/benchmark.server";
import { instrumentsFor } from "../../app/models/request.server";
import { newSession, sessionCookieHeader } from "../../app/utils/session.server";
import type { Database, LeadStage } from "../schema";
import { DEMO_PASSWORD } from "./demo";
import { demoPlacement } from "./demo-requests";
import { demoCompanyName, generateAnswers, pick, prng, prngUuid } from "./generate";

export interface BenchSize {
  employers: number;
  /** Completed scans in all; at least one per employer, the rest are rescans. */
  completedScans: number;
  requests: number;
  /** Employers that also have a scan in progress (for the scan-save benchmark). */
  inProgressScans: number;
}

export const fullBenchSize: BenchSize = { employers: 50_000, completedScans: 100_000, requests: 20_000, inProgressScans: 2_000 };

/** The region the inbox and dashboard are measured in; it holds four times the share of the others. */
export const BIG_REGION_NAME = "Rijnmond";

export interface BenchSummary {
  bigRegionId: string;
  counts: Record<string, number>;
}

const DAY = 24 * 60 * 60 * 1000;
const EMPLOYERS_PER_BLOCK = 1_000;
/** SQLite allows 32,766 variables per statement; stay well below and keep statements small. */
const MAX_ROWS_PER_INSERT = 500;
const MAX_VARIABLES = 30_000;
const EMPLOYERS_PER_ACCOUNTMANAGER = 400;
const SHARE_RATE = 0.6;

type Db = Kysely<Database> | Transaction<Database>;
type Rows = { [T in keyof Database]?: Insertable<Database[T]>[] };

/**
 * The bench's clients: scans in id order with the user of their employer, either scans in
 * progress (whose pages are saved) or the scans counted in the peer figures (opened as reports).
 */
export function scansWithOwner(db: Kysely<Database>, kind: "in-progress" | "report", limit: number) {
  return db
    .selectFrom("scans as s")
    .innerJoin("users as u", "u.employer_id", "s.employer_id")
    .select(["s.id as scanId", "u.id as userId"])
    .$if(kind === "in-progress", (q) => q.where("s.status", "=", "in_progress"))
    .$if(kind === "report", (q) => q.where("s.in_benchmark", "=", 1))
    .orderBy("s.id")
    .limit(limit)
    .execute();
}

/** Signs the bench's clients in: session rows as the app makes them, and the cookie a browser would send. */
export async function signInBenchUsers(db: Kysely<Database>, users: { id: string; role: "employer" | "accountmanager" | "coordinator" }[]) {
  const at = new Date();
  const sessions = users.map((u) => newSession(u, at));
  await insertBatched(
    db,
    "sessions",
    sessions.map((s) => s.row),
  );
  return Promise.all(sessions.map((s) => sessionCookieHeader(s.token)));
}

/** The form a scan page posts when the employer answers its questions and goes on to the next page. */
export function scanPageForm(pillar: QuestionnaireDefinition["pillars"][number], answers: Answers): string {
  const body = new URLSearchParams(pillar.questions.map((q) => [q.id, answers[q.id]!] as [string, string]));
  body.set("intent", "next");
  return body.toString();
}

/** Inserts rows a few hundred per statement. */
export async function insertBatched<T extends keyof Database & string>(db: Db, table: T, rows: Insertable<Database[T]>[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).length;
  const perStatement = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_VARIABLES / columns)));
  for (let i = 0; i < rows.length; i += perStatement) {
    // Kysely cannot infer a generic table's insert type; the rows are typed by the signature.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + perStatement) as never)
      .execute();
  }
}

async function flush(db: Kysely<Database>, rows: Rows) {
  const order: (keyof Database)[] = ["users", "employers", "scans", "scan_answers", "consents", "leads", "requests", "request_events", "budget_ledger", "follow_up_actions"];
  await db.transaction().execute(async (trx) => {
    for (const table of order) {
      const list = rows[table];
      if (list?.length) await insertBatched(trx, table, list as never);
      rows[table] = [];
    }
  });
}

function push<T extends keyof Database>(rows: Rows, table: T, row: Insertable<Database[T]>) {
  ((rows[table] ??= []) as Insertable<Database[T]>[]).push(row);
}

/** Counts of each score per comparison group and pillar, for the scans that count in the benchmark. */
function benchmarkRows(counts: Map<string, number>): Insertable<Database["benchmark_counts"]>[] {
  return [...counts].map(([key, count]) => {
    const [group_key, pillar_id, score] = key.split("\u0000") as [string, string, string];
    return { group_key, pillar_id, score: Number(score), count };
  });
}

/** Fills an empty, migrated database that has its reference data. */
export async function seedBench(db: Kysely<Database>, size: BenchSize, now: Date): Promise<BenchSummary> {
  if (size.completedScans < size.employers) throw new Error("Elke werkgever heeft minstens één afgeronde scan.");
  const definition = latestDefinition();
  const rng = prng(20261124);
  const uuid = () => prngUuid(rng);
  const nowMs = now.getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const passwordHash = await hash(DEMO_PASSWORD);
  const counts: Record<string, number> = {};
  const rows: Rows = {};
  const add = <T extends keyof Database>(table: T, row: Insertable<Database[T]>) => {
    push(rows, table, row);
    counts[table] = (counts[table] ?? 0) + 1;
  };

  const regions = await db.selectFrom("regions").select(["id", "name", "service_norm_days"]).orderBy("id").execute();
  const sectors = (await db.selectFrom("sectors").select("id").orderBy("sort_order").execute()).map((s) => s.id);
  const instruments = new Map(
    (await db.selectFrom("instruments").select(["id", "amount_cents"]).execute()).map((i) => [i.id, i.amount_cents ?? 0] as const),
  );
  const big = regions.find((r) => r.name === BIG_REGION_NAME);
  if (!big || regions.length === 0) throw new Error("Referentiedata ontbreekt: voer eerst de seed uit.");
  const weights = regions.map((r) => (r.id === big.id ? 4 : 1));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const regionOf = (n: number) => {
    // Employers in a fixed pattern over the regions, in proportion to the weights.
    let slot = (n * 7) % totalWeight;
    for (let i = 0; i < regions.length; i++) {
      slot -= weights[i]!;
      if (slot < 0) return regions[i]!;
    }
    return regions[regions.length - 1]!;
  };
  const weightedSectors = ["zorg-welzijn", "zorg-welzijn", "techniek-bouw", "techniek-bouw", "horeca-detailhandel", "transport-logistiek-groothandel", ...sectors].filter((s) =>
    sectors.includes(s),
  );

  // Staff: per region one coordinator and an accountmanager per ~400 employers (at least 2), backups in a ring.
  const employersIn = new Map<string, number>();
  for (let n = 0; n < size.employers; n++) employersIn.set(regionOf(n).id, (employersIn.get(regionOf(n).id) ?? 0) + 1);
  const managers = new Map<string, string[]>();
  const at = iso(nowMs);
  await db.transaction().execute(async (trx) => {
    const staff: Insertable<Database["users"]>[] = [];
    for (const r of regions) {
      const amCount = Math.max(2, Math.round((employersIn.get(r.id) ?? 0) / EMPLOYERS_PER_ACCOUNTMANAGER));
      const ids = Array.from({ length: amCount }, () => uuid());
      managers.set(r.id, ids);
      const person = (id: string, role: "accountmanager" | "coordinator", k: number, backup: string | null) => ({
        id,
        email: `${role}${k}.${r.id.toLowerCase()}@bench.example`,
        name: `${role === "coordinator" ? "Coördinator" : "Accountmanager"} ${k} ${r.name} (bench)`,
        phone: `088 000 ${r.id.slice(2)} ${String(k).padStart(2, "0")}`,
        role,
        region_id: r.id,
        organisation_id: null,
        employer_id: null,
        backup_user_id: backup,
        password_hash: passwordHash,
        active: 1,
        is_demo: 1,
        created_at: at,
        updated_at: at,
        last_login_at: null,
        // Coordinators must have a second factor; the bench signs in with session rows, so only the flag is set.
        totp_enabled_at: role === "coordinator" ? at : null,
      });
      ids.forEach((id, k) => staff.push(person(id, "accountmanager", k + 1, null)));
      staff.push(person(uuid(), "coordinator", 1, null));
    }
    await insertBatched(trx, "users", staff);
    for (const ids of managers.values()) {
      for (let k = 0; k < ids.length; k++) {
        await trx.updateTable("users").set({ backup_user_id: ids[(k + 1) % ids.length]! }).where("id", "=", ids[k]!).execute();
      }
    }
    counts.users = staff.length;
  });

  // How many completed scans each employer has: one, plus the rescans spread at random.
  const scanCounts = new Array<number>(size.employers).fill(1);
  for (let k = size.employers; k < size.completedScans; k++) scanCounts[Math.floor(rng() * size.employers)]! += 1;
  const inProgressEvery = size.inProgressScans > 0 ? Math.max(1, Math.floor(size.employers / size.inProgressScans)) : 0;

  const benchmark = new Map<string, number>();
  const employerInfo: { id: string; regionId: string; am: string; contactId: string }[] = [];
  const answerRows = (scanId: string, answers: Record<string, string>, updatedAt: string) => {
    for (const [question_id, option_id] of Object.entries(answers)) add("scan_answers", { scan_id: scanId, question_id, option_id, updated_at: updatedAt });
  };

  for (let n = 0; n < size.employers; n++) {
    const region = regionOf(n);
    const regionManagers = managers.get(region.id)!;
    const am = regionManagers[n % regionManagers.length]!;
    const employerId = uuid();
    const contactId = uuid();
    const sectorId = pick(rng, weightedSectors);
    const fte = pick(rng, [12, 15, 18, 22, 25, 30, 34, 40, 45, 55, 60, 75, 90, 110, 120, 160, 220, 280]);
    const size_ = sizeClass(fte);
    const times = Array.from({ length: scanCounts[n]! }, () => nowMs - Math.floor(rng() * 730 * DAY) - 3_600_000).sort((a, b) => a - b);
    const createdAt = iso(times[0]! - 2 * DAY);
    const email = `contact${n}@werkgever${n}.bench.example`;
    add("employers", {
      id: employerId,
      name: demoCompanyName(rng, n + 1).replace("(demo)", "(bench)"),
      kvk: String(10_000_000 + n),
      sector_id: sectorId,
      fte,
      municipality_code: null,
      region_id: region.id,
      contact_name: `Contactpersoon ${n + 1}`,
      email,
      phone: null,
      account_manager_id: am,
      is_demo: 1,
      created_at: createdAt,
      updated_at: createdAt,
    });
    add("users", {
      id: contactId,
      email,
      name: `Contactpersoon ${n + 1}`,
      phone: null,
      role: "employer",
      region_id: null,
      organisation_id: null,
      employer_id: employerId,
      backup_user_id: null,
      password_hash: null,
      active: 1,
      is_demo: 1,
      created_at: createdAt,
      updated_at: createdAt,
      last_login_at: null,
    });
    employerInfo.push({ id: employerId, regionId: region.id, am, contactId });

    const maturity = rng();
    const scanOf = { employer_id: employerId, questionnaire_version: definition.version, campaign_code: null, start_key: null, sector_id: sectorId, fte, region_id: region.id };
    times.forEach((completedMs, k) => {
      const scanId = uuid();
      const latest = k === times.length - 1;
      const answers = generateAnswers(definition, rng, Math.min(1, maturity + k * 0.08));
      const result = scoreScan(definition, answers);
      const started = iso(completedMs - 20 * 60 * 1000);
      const completed = iso(completedMs);
      const shared = rng() < SHARE_RATE;
      add("scans", {
        id: scanId,
        ...scanOf,
        status: "completed",
        started_at: started,
        updated_at: completed,
        completed_at: completed,
        overall_score: result.overall,
        result_json: JSON.stringify(result),
        size_class: size_,
        in_benchmark: latest ? 1 : 0,
        shared_with_wsp: shared ? 1 : 0,
        shared_with_organisation: 0,
        sharing_asked_at: completed,
      });
      answerRows(scanId, answers, started);
      if (latest) {
        for (const group of Object.values(groupKeys(sectorId, size_))) {
          for (const [pillarId, score] of Object.entries(pillarScores(result))) {
            if (score === null) continue;
            const key = [group, pillarId, score].join("\u0000");
            benchmark.set(key, (benchmark.get(key) ?? 0) + 1);
          }
        }
      }
      if (!shared) return;
      add("consents", {
        id: uuid(),
        employer_id: employerId,
        scan_id: scanId,
        party: "wsp",
        party_id: region.id,
        granted: 1,
        text_version: shareWithWspConsent.nl,
        created_at: completed,
        user_id: contactId,
      });
      // Leads older than ten days have been followed up, most within the norm.
      const ageDays = (nowMs - completedMs) / DAY;
      const followedUp = ageDays > 10;
      const stages: LeadStage[] = ["contact_opgenomen", "gesprek_gepland", "gesprek_gevoerd", "acties_lopen", "afgerond", "afgerond"];
      const firstContact = followedUp ? iso(completedMs + (rng() < 0.8 ? 1 : 4) * DAY) : null;
      add("leads", {
        scan_id: scanId,
        employer_id: employerId,
        region_id: region.id,
        stage: followedUp ? pick(rng, stages) : "nieuw",
        assigned_to: am,
        due_at: dueAt(new Date(completedMs), region.service_norm_days).toISOString(),
        first_contact_at: firstContact,
        created_at: completed,
        updated_at: firstContact ?? completed,
      });
    });

    if (inProgressEvery && n % inProgressEvery === 0 && counts.inProgress !== size.inProgressScans) {
      // A rescan in progress: the first two pillars answered.
      const scanId = uuid();
      const started = iso(nowMs - Math.floor(rng() * 5 * DAY));
      add("scans", {
        id: scanId,
        ...scanOf,
        status: "in_progress",
        started_at: started,
        updated_at: started,
        completed_at: null,
        overall_score: null,
        result_json: null,
        size_class: null,
        in_benchmark: 0,
        shared_with_wsp: 0,
        shared_with_organisation: 0,
        sharing_asked_at: null,
      });
      const firstTwo = new Set(definition.pillars.slice(0, 2).flatMap((p) => p.questions.map((q) => q.id)));
      const answers = generateAnswers(definition, rng, maturity);
      answerRows(scanId, Object.fromEntries(Object.entries(answers).filter(([q]) => firstTwo.has(q))), started);
      counts.inProgress = (counts.inProgress ?? 0) + 1;
    }
    if ((n + 1) % EMPLOYERS_PER_BLOCK === 0) await flush(db, rows);
  }
  await flush(db, rows);
  await insertBatched(db, "benchmark_counts", benchmarkRows(benchmark));
  counts.benchmark_counts = benchmark.size;

  // Requests: random employers, each walked along the allowed status changes; older ones got further.
  const types: CaseType[] = ["gesprek", "gesprek", "less-risk-polis", "less-risk-polis", "kansenkaart-voucher"];
  for (let i = 0; i < size.requests; i++) {
    const e = employerInfo[Math.floor(rng() * employerInfo.length)]!;
    const region = regions.find((r) => r.id === e.regionId)!;
    const type = pick(rng, types);
    const createdMs = nowMs - Math.floor(rng() * 540 * DAY) - 3_600_000;
    const details: Record<string, unknown> =
      type === "gesprek"
        ? { topic: pick(rng, ["scan", "personeel", "regelingen"]), contactPreference: pick(rng, ["telefoon", "e-mail"]), message: "Graag een gesprek over onze vacatures." }
        : type === "less-risk-polis"
          ? { ...demoPlacement, candidateInitials: "K.L.", startDate: iso(createdMs + 21 * DAY).slice(0, 10) }
          : { question: "Welk werk past bij mensen met een afstand tot werk?" };
    const requestId = uuid();
    let status: CaseStatus = "ingediend";
    let lastMs = createdMs;
    let firstContact: string | null = null;
    let decidedAt: string | null = null;
    let reason: string | null = null;
    add("request_events", { id: uuid(), request_id: requestId, at: iso(createdMs), actor_id: e.contactId, actor_role: "employer", kind: "created", from_status: null, to_status: status, note: null });
    const ageDays = (nowMs - createdMs) / DAY;
    const steps = ageDays < 2 ? 0 : ageDays < 14 ? Math.floor(rng() * 2) : 1 + Math.floor(rng() * 4);
    for (let s = 0; s < steps; s++) {
      const withdraw: boolean = rng() < 0.05 && nextStatuses(type, status, "employer").includes("ingetrokken");
      const options: CaseStatus[] = withdraw ? ["ingetrokken" as const] : nextStatuses(type, status, "wsp");
      if (options.length === 0) break;
      const to: CaseStatus = pick(rng, options);
      const stepMs = Math.min(lastMs + (0.2 + rng() * (s === 0 ? 2.5 : 20)) * DAY, nowMs - 60_000);
      const stepAt = iso(stepMs);
      const note = reasonRequired(to) ? "Het budget is op; u staat op de wachtlijst." : to === "toegekend" ? "De kandidaat past goed bij de regeling." : null;
      if (!withdraw) firstContact ??= stepAt;
      if (["toegekend", "afgewezen", "wachtlijst"].includes(to)) {
        decidedAt = stepAt;
        reason = note;
      }
      const year = new Date(stepMs).getUTCFullYear();
      if (to === "toegekend") {
        for (const instrumentId of instrumentsFor(type, details)) {
          add("budget_ledger", { id: uuid(), region_id: region.id, instrument_id: instrumentId, year, request_id: requestId, amount_cents: instruments.get(instrumentId) ?? 0, at: stepAt });
        }
      } else if (holdsBudget(status) && !holdsBudget(to)) {
        for (const instrumentId of instrumentsFor(type, details)) {
          add("budget_ledger", { id: uuid(), region_id: region.id, instrument_id: instrumentId, year, request_id: requestId, amount_cents: -(instruments.get(instrumentId) ?? 0), at: stepAt });
        }
      }
      if (to === "actief" && type === "less-risk-polis") {
        add("follow_up_actions", {
          id: uuid(),
          employer_id: e.id,
          region_id: region.id,
          owner_id: e.am,
          description: "Nazorg: bel de werkgever en de medewerker en vraag hoe het gaat.",
          due_on: aftercareDate(String(details.startDate)),
          status: "open",
          created_by: e.am,
          created_at: stepAt,
          done_at: null,
        });
      }
      add("request_events", {
        id: uuid(),
        request_id: requestId,
        at: stepAt,
        actor_id: withdraw ? e.contactId : e.am,
        actor_role: withdraw ? "employer" : "wsp",
        kind: "status",
        from_status: status,
        to_status: to,
        note,
      });
      status = to;
      lastMs = stepMs;
      if (isClosed(to)) break;
    }
    // The request row goes in before its events and ledger entries (flush keeps table order).
    add("requests", {
      id: requestId,
      employer_id: e.id,
      region_id: region.id,
      type,
      status,
      submission_key: `bench-${i}`,
      details_json: JSON.stringify(details),
      parent_request_id: null,
      scan_id: null,
      assigned_to: e.am,
      due_at: dueAt(new Date(createdMs), region.service_norm_days).toISOString(),
      first_contact_at: firstContact,
      decided_at: decidedAt,
      decision_reason: reason,
      closed_at: isClosed(status) ? iso(lastMs) : null,
      created_by: e.contactId,
      created_at: iso(createdMs),
      updated_at: iso(lastMs),
    });
    if ((i + 1) % 2_000 === 0) await flush(db, rows);
  }
  await flush(db, rows);

  // This year's budgets sized for a region of this many grants, so the dashboard shows money left.
  await db
    .updateTable("region_instruments")
    .set((eb) => ({ budget_cents: eb("budget_cents", "*", 20) }))
    .where("year", "=", now.getUTCFullYear())
    .where("budget_cents", "is not", null)
    .execute();
  return { bigRegionId: big.id, counts };
}
