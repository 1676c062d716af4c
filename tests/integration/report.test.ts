import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStaff } from "~db/seed/demo";
import { getPublishedDefinition } from "~/models/questionnaire.server";
import { randomUUID } from "node:crypto";
import { generateAnswers, prng } from "~db/seed/generate";
import { groupKeys } from "~/domain/benchmark";
import { scoreScan } from "~/domain/scoring";
import { loadHistograms, pillarScores } from "~/models/benchmark.server";
import { getEmployerOverview } from "~/models/employer.server";
import { completeScan } from "~/models/scan.server";
import { buildReportView as buildView } from "~/models/report.server";
import { action as reportAction, loader as reportLoader } from "~/routes/rapport.$scanId";
import { loader as pdfLoader } from "~/routes/rapport.$scanId.pdf";
import { db } from "~/utils/db.server";
import { localizeDefinition } from "~/content/questionnaire/localize";
import type { Locale } from "~/i18n/locale";
import { employerCookie, staffCookie } from "../support/auth";
import { englishCookieHeader, enError, nlError } from "../support/i18n";
import { setupDatabase, teardownDatabase } from "../support/db";
import { args, formRequest, getRequest, settle } from "../support/requests";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

type ScanRow = Parameters<typeof buildView>[0];
const buildReportView = async (scan: ScanRow, definition: Parameters<typeof buildView>[1], locale: Locale = "nl") =>
  buildView(scan, definition, (await getEmployerOverview(scan.employer_id))!, locale);
const staff = (role: string, region: string) => demoStaff.find((s) => s.role === role && s.regionName === region)!.email;

async function latestScanOf(kvk: string) {
  return db()
    .selectFrom("scans")
    .innerJoin("employers", "employers.id", "scans.employer_id")
    .selectAll("scans")
    .where("employers.kvk", "=", kvk)
    .where("scans.status", "=", "completed")
    .orderBy("scans.completed_at", "desc")
    .executeTakeFirstOrThrow();
}

describe("peer figures", () => {
  it("count each employer's latest completed scan exactly once per pillar", async () => {
    const counted = await db()
      .selectFrom("scans")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("in_benchmark", "=", 1)
      .executeTakeFirstOrThrow();
    const employersWithScan = await db()
      .selectFrom("scans")
      .select((eb) => eb.fn.count<number>("employer_id").distinct().as("n"))
      .where("status", "=", "completed")
      .executeTakeFirstOrThrow();
    expect(Number(counted.n)).toBe(Number(employersWithScan.n));
    const sums = await db()
      .selectFrom("benchmark_counts")
      .select(["pillar_id", (eb) => eb.fn.sum<number>("count").as("total")])
      .where("group_key", "=", "all")
      .groupBy("pillar_id")
      .execute();
    expect(sums).toHaveLength(5);
    for (const s of sums) expect(Number(s.total)).toBeLessThanOrEqual(Number(counted.n));
    expect(Math.max(...sums.map((s) => Number(s.total)))).toBeGreaterThan(50);
  });
});

describe("the report", () => {
  it("shows scores, the change since the previous scan, a comparison and the Kansenkaart with regional instruments", async () => {
    const scan = await latestScanOf("90000001");
    const definition = (await getPublishedDefinition(scan.questionnaire_version))!;
    const view = await buildReportView(scan, definition);
    expect(view.pillars.map((p) => p.title)).toEqual([
      "Strategie & Bedrijf",
      "Flexibiliteit & Wendbaarheid",
      "Flexibiliteit in op- en afschalen",
      "Employability en Duurzame inzetbaarheid",
      "Inclusief werkgeverschap",
    ]);
    expect(view.previousOverall).not.toBeNull();
    expect(view.comparison.level).not.toBe("none");
    expect(view.comparison.n).toBeGreaterThanOrEqual(5);
    for (const p of view.pillars) if (p.score !== null && p.peer) expect(p.peer.n).toBeGreaterThanOrEqual(5);
    expect(view.opportunities).toHaveLength(8);
    expect(view.opportunities.flatMap((o) => o.instruments).some((i) => i.amount?.includes("500"))).toBe(true);
    for (const o of view.opportunities) expect(["kansrijk", "mogelijk", "nog niet"]).toContain(o.fit);
  });

  it("is the same after a new questionnaire version is published", async () => {
    const scan = await latestScanOf("90000001");
    const v1 = (await getPublishedDefinition(1))!;
    const before = await buildReportView(scan, v1);
    const v2 = structuredClone(v1);
    v2.version = 2;
    v2.pillars[0]!.questions[0]!.text = "Een andere vraag?";
    await db()
      .insertInto("questionnaire_versions")
      .values({ version: 2, title: v2.title, definition_json: JSON.stringify(v2), checksum: "test", published_at: new Date().toISOString(), retired_at: null })
      .execute();
    const again = await buildReportView(scan, (await getPublishedDefinition(scan.questionnaire_version))!);
    expect(again).toEqual(before);
    await db().deleteFrom("questionnaire_versions").where("version", "=", 2).execute();
  });
});

describe("access to a report", () => {
  it("is for the owner and for the WSP of the region once shared; everyone else gets 404", async () => {
    const shared = await latestScanOf("90000001"); // Rijnmond, shared
    const unshared = await latestScanOf("90000003"); // Rijnmond, not shared
    const owner = await employerCookie(shared.employer_id);
    const otherEmployer = await employerCookie(unshared.employer_id);
    const amRijnmond = await staffCookie(staff("accountmanager", "Rijnmond"));
    const amLimburg = await staffCookie(staff("accountmanager", "Zuid-Limburg"));
    const org = await staffCookie(demoStaff.find((s) => s.role === "organisation")!.email);
    const status = async (scanId: string, cookie?: string) =>
      (await settle(() => reportLoader(args(getRequest(`/rapport/${scanId}`, cookie ? { Cookie: cookie } : {}), { scanId })))).status;

    expect(await status(shared.id, owner)).toBe(200);
    expect(await status(shared.id, amRijnmond)).toBe(200);
    expect(await status(shared.id, otherEmployer)).toBe(404);
    expect(await status(shared.id, amLimburg)).toBe(404);
    expect(await status(shared.id, org)).toBe(404);
    expect(await status(shared.id)).toBe(302);
    expect(await status(unshared.id, amRijnmond)).toBe(404);
    expect(await status("00000000-0000-0000-0000-000000000000", owner)).toBe(404);
  });

  it("ends for the WSP at once when the employer withdraws, and the choice is recorded with its text version", async () => {
    const scan = await latestScanOf("90000001");
    const owner = await employerCookie(scan.employer_id);
    const am = await staffCookie(staff("accountmanager", "Rijnmond"));
    const res = await settle(() =>
      reportAction(args(formRequest(`/rapport/${scan.id}`, { share: "nee" }, { Cookie: owner }), { scanId: scan.id })),
    );
    expect(res.status).toBe(302);
    const seen = await settle(() => reportLoader(args(getRequest(`/rapport/${scan.id}`, { Cookie: am }), { scanId: scan.id })));
    expect(seen.status).toBe(404);
    const consent = await db()
      .selectFrom("consents")
      .selectAll()
      .where("scan_id", "=", scan.id)
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    expect(consent).toMatchObject({ party: "wsp", granted: 0 });
    expect(consent.text_version).toMatch(/^delen-wsp-/);

    const bad = await settle(() =>
      reportAction(args(formRequest(`/rapport/${scan.id}`, { share: "misschien" }, { Cookie: owner }), { scanId: scan.id })),
    );
    expect(bad.status).toBe(400);
    const { errors } = (await bad.json()) as { errors: Record<string, string> };
    expect(nlError(errors.share)).toContain("Kies of u uw uitslag");
    expect(enError(errors.share)).toContain("Choose whether you want to share your result");
    const staffPost = await settle(() =>
      reportAction(args(formRequest(`/rapport/${scan.id}`, { share: "ja" }, { Cookie: am }), { scanId: scan.id })),
    );
    expect(staffPost.status).toBe(404);
  });
});

describe("the PDF", () => {
  it("is a real PDF with the pillar scores in it", async () => {
    const scan = await latestScanOf("90000004");
    const owner = await employerCookie(scan.employer_id);
    const res = await settle(() => pdfLoader(args(getRequest(`/rapport/${scan.id}/pdf`, { Cookie: owner }), { scanId: scan.id })));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    const buffer = Buffer.from(await res.arrayBuffer());
    expect(buffer.subarray(0, 4).toString()).toBe("%PDF");
    const { text } = await new PDFParse({ data: buffer }).getText();
    const view = await buildReportView(scan, (await getPublishedDefinition(1))!);
    for (const p of view.pillars) {
      expect(text).toContain(p.title);
      expect(text).toContain(String(p.score));
    }
    expect(text).toContain("Uw uitslag van de Toekomstscan");
    expect(text).toContain("Kansenkaart: wat past bij uw bedrijf?");
    expect(res.headers.get("Content-Disposition")).toContain("toekomstscan-");
    const other = await employerCookie((await latestScanOf("90000001")).employer_id);
    const denied = await settle(() => pdfLoader(args(getRequest(`/rapport/${scan.id}/pdf`, { Cookie: other }), { scanId: scan.id })));
    expect(denied.status).toBe(404);
  });
});

describe("the PDF in English", () => {
  it("has English headings and labels with the pillar scores, when the English language is chosen", async () => {
    const scan = await latestScanOf("90000004");
    const owner = await employerCookie(scan.employer_id);
    const request = getRequest(`/rapport/${scan.id}/pdf`, { Cookie: `${owner}; ${englishCookieHeader}` });
    const res = await settle(() => pdfLoader(args(request, { scanId: scan.id })));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toContain("future-scan-");
    const { text: raw } = await new PDFParse({ data: Buffer.from(await res.arrayBuffer()) }).getText();
    const text = raw.replace(/\s+/g, " ");
    for (const heading of ["Your Future Scan result", "Your score per topic", "Per topic", "Opportunity Map: what fits your company?"]) {
      expect(text).toContain(heading);
    }
    const view = await buildReportView(scan, (await getPublishedDefinition(1))!, "en");
    for (const p of view.pillars) {
      expect(text).toContain(p.title);
      if (p.score !== null) expect(text).toContain(`Your score ${p.score} out of 100`);
    }
    expect(text).toMatch(/Fit: (promising|possible|not yet)/);
    expect(text).toContain("Strategy & Business");
    expect(text).not.toContain("Uw score");
    expect(text).not.toContain("Pagina 1");
  });
});

describe("the report page in English", () => {
  it("builds the view from the questionnaire in the chosen language", async () => {
    const scan = await latestScanOf("90000001");
    const owner = await employerCookie(scan.employer_id);
    const res = await settle(() =>
      reportLoader(args(getRequest(`/rapport/${scan.id}`, { Cookie: `${owner}; ${englishCookieHeader}` }), { scanId: scan.id })),
    );
    expect(res.status).toBe(200);
    const { view } = (await res.json()) as { view: Awaited<ReturnType<typeof buildReportView>> };
    const english = localizeDefinition((await getPublishedDefinition(scan.questionnaire_version))!, "en");
    expect(view.pillars.map((p) => p.title)).toEqual(english.pillars.map((p) => p.title));
    expect(view.pillars[0]!.title).toBe("Strategy & Business");
    expect(view.opportunities[0]!.title).toBe("Job creation and job carving");
    expect(view.opportunities.flatMap((o) => o.instruments.map((i) => i.name))).toContain("Less-Risk policy");
    const questions = new Set(english.pillars.flatMap((p) => p.questions.map((q) => q.text)));
    for (const p of view.pillars) for (const w of p.weakPoints) expect(questions).toContain(w.question);
  });
});

describe("peer figures kept in memory", () => {
  it("are read again once a scan is completed, also when they were read just before", async () => {
    const previous = await latestScanOf("90000003");
    const keys = groupKeys(previous.sector_id, previous.size_class!);
    const before = await loadHistograms(keys);
    const definition = (await getPublishedDefinition(previous.questionnaire_version))!;
    // A rescan with other answers: the previous scores leave the figures, the new ones enter.
    const result = scoreScan(definition, generateAnswers(definition, prng(99), previous.overall_score! > 50 ? 0.05 : 0.95));
    const oldScores = pillarScores(JSON.parse(previous.result_json!) as Parameters<typeof pillarScores>[0]);
    const newScores = pillarScores(result);
    expect(Object.keys(newScores).some((p) => newScores[p] !== oldScores[p])).toBe(true);
    const id = randomUUID();
    const at = new Date().toISOString();
    await db()
      .insertInto("scans")
      .values({ ...previous, id, status: "in_progress", started_at: at, updated_at: at, completed_at: null, overall_score: null, result_json: null, in_benchmark: 0, shared_with_wsp: 0 })
      .execute();
    expect(await completeScan(db(), id, result)).toBe(true);

    const after = await loadHistograms(keys);
    for (const [pillar, histogram] of Object.entries(before.all)) {
      const expected = new Map(histogram);
      const take = oldScores[pillar];
      const add = newScores[pillar];
      if (take !== null && take !== undefined) expected.set(take, expected.get(take)! - 1);
      if (add !== null && add !== undefined) expected.set(add, (expected.get(add) ?? 0) + 1);
      for (const [score, n] of [...expected]) if (n === 0) expected.delete(score);
      expect(after.all[pillar]).toEqual(expected);
    }
  });
});
