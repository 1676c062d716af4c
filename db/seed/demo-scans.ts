/**
 * Demo scans: companies with completed Toekomstscans, so that reports show a
 * comparison with sector peers and the WSP has leads to follow up.
 */
import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { shareWithWspConsent } from "../../app/content/consents";
import { latestDefinition } from "../../app/content/questionnaire";
import { scoreScan } from "../../app/domain/scoring";
import { ensureLead } from "../../app/models/lead.server";
import { completeScanIn } from "../../app/models/scan.server";
import type { Database } from "../schema";
import { demoCompanyName, generateAnswers, pick, prng } from "./generate";

const DAY = 24 * 60 * 60 * 1000;

interface ScanSeed {
  employerId: string;
  sectorId: string;
  fte: number;
  regionId: string;
  answers: Record<string, string>;
  completedAt: Date | null;
  shared: boolean;
}

async function insertScanWithAnswers(db: Transaction<Database>, s: ScanSeed, version: number): Promise<string> {
  const id = randomUUID();
  const started = new Date((s.completedAt ?? new Date()).getTime() - 20 * 60 * 1000).toISOString();
  await db
    .insertInto("scans")
    .values({
      id,
      employer_id: s.employerId,
      questionnaire_version: version,
      status: "in_progress",
      campaign_code: null,
      start_key: null,
      sector_id: s.sectorId,
      fte: s.fte,
      region_id: s.regionId,
      started_at: started,
      updated_at: started,
      completed_at: null,
      overall_score: null,
      result_json: null,
      shared_with_wsp: s.shared ? 1 : 0,
      sharing_asked_at: s.completedAt ? s.completedAt.toISOString() : null,
    })
    .execute();
  for (const [questionId, optionId] of Object.entries(s.answers)) {
    await db.insertInto("scan_answers").values({ scan_id: id, question_id: questionId, option_id: optionId, updated_at: started }).execute();
  }
  if (s.completedAt) {
    await completeScanIn(db, id, scoreScan(latestDefinition(), s.answers), s.completedAt.toISOString());
    if (s.shared) {
      // The consent behind the sharing, as the report page records it.
      await db
        .insertInto("consents")
        .values({
          id: randomUUID(),
          employer_id: s.employerId,
          scan_id: id,
          party: "wsp",
          party_id: s.regionId,
          granted: 1,
          text_version: shareWithWspConsent.nl,
          created_at: s.completedAt.toISOString(),
          user_id: null,
        })
        .execute();
      await ensureLead(db, id, s.completedAt);
      // Older demo leads have been followed up already.
      const ageDays = (Date.now() - s.completedAt.getTime()) / DAY;
      if (ageDays > 10) {
        const stages = ["contact_opgenomen", "gesprek_gevoerd", "acties_lopen", "afgerond"] as const;
        await db
          .updateTable("leads")
          .set({ stage: stages[Math.floor(ageDays) % stages.length]!, first_contact_at: new Date(s.completedAt.getTime() + DAY).toISOString() })
          .where("scan_id", "=", id)
          .execute();
      }
    }
  }
  return id;
}

export async function seedDemoScans(
  db: Transaction<Database>,
  named: { employerIds: Map<string, string>; regionOf: (name: string) => string; accountManagers: Map<string, string[]> },
): Promise<number> {
  const definition = latestDefinition();
  const rng = prng(20261123);
  const now = Date.now();
  const sectors = (await db.selectFrom("sectors").select("id").orderBy("sort_order").execute()).map((s) => s.id);
  const regions = (await db.selectFrom("regions").select("id").execute()).map((r) => r.id);
  const weightedSectors = ["zorg-welzijn", "zorg-welzijn", "horeca-detailhandel", "techniek-bouw", "techniek-bouw", "transport-logistiek-groothandel", "schoonmaak-facilitair", "zakelijke-dienstverlening", "groen", ...sectors].filter((s) => sectors.includes(s));
  let count = 0;

  // Generated peers, spread over sectors and sizes; most in the two demo regions.
  for (let n = 1; n <= 80; n++) {
    const regionName = n % 5 < 2 ? "Rijnmond" : n % 5 === 2 ? "Zuid-Limburg" : null;
    const regionId = regionName ? named.regionOf(regionName) : pick(rng, regions);
    const managers = regionName ? (named.accountManagers.get(regionName) ?? []) : [];
    const employerId = randomUUID();
    const sectorId = pick(rng, weightedSectors);
    const fte = pick(rng, [12, 18, 25, 34, 45, 60, 75, 90, 120, 160, 220, 280]);
    const at = new Date(now - Math.floor(rng() * 180) * DAY).toISOString();
    await db
      .insertInto("employers")
      .values({
        id: employerId,
        name: demoCompanyName(rng, n),
        kvk: String(91000000 + n),
        sector_id: sectorId,
        fte,
        municipality_code: null,
        region_id: regionId,
        contact_name: "Demo Contactpersoon",
        email: `contact${n}@bedrijf${n}.demo.example`,
        phone: null,
        account_manager_id: managers.length ? managers[n % managers.length]! : null,
        is_demo: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await insertScanWithAnswers(
      db,
      {
        employerId,
        sectorId,
        fte,
        regionId,
        answers: generateAnswers(definition, rng, rng()),
        completedAt: new Date(Date.parse(at) + DAY),
        shared: rng() < 0.7,
      },
      definition.version,
    );
    count++;
  }

  // The named demo employers: one rescanned (shows progress), two completed, one halfway.
  const employer = async (key: string) => {
    const id = named.employerIds.get(key);
    if (!id) throw new Error(`Onbekende demo-werkgever ${key}`);
    return db.selectFrom("employers").select(["id", "sector_id", "fte", "region_id"]).where("id", "=", id).executeTakeFirstOrThrow();
  };
  const scanFor = async (key: string, maturity: number, daysAgo: number | null, shared: boolean, partial = false) => {
    const e = await employer(key);
    let answers = generateAnswers(definition, rng, maturity);
    if (partial) {
      const firstTwo = new Set(definition.pillars.slice(0, 2).flatMap((p) => p.questions.map((q) => q.id)));
      answers = Object.fromEntries(Object.entries(answers).filter(([q]) => firstTwo.has(q)));
    }
    await insertScanWithAnswers(
      db,
      {
        employerId: e.id,
        sectorId: e.sector_id,
        fte: e.fte,
        regionId: e.region_id,
        answers,
        completedAt: daysAgo === null ? null : new Date(now - daysAgo * DAY),
        shared,
      },
      definition.version,
    );
    count++;
  };
  await scanFor("korenschoof", 0.45, 120, true);
  await scanFor("korenschoof", 0.65, 3, true);
  await scanFor("havenlogistiek", 0.5, 10, false);
  await scanFor("zorgdrie", 0.35, 6, true);
  await scanFor("glans", 0.5, null, false, true);
  return count;
}
