/**
 * Assembles the report of a completed scan into one ReportView, used by the
 * web page and the PDF alike. Everything is computed from the scan's own
 * questionnaire version, so an old report reproduces exactly.
 */
import { sectorName as sectorNameIn } from "~/i18n/sectors";
import { localizeInstrument } from "~/content/instruments-en";
import type { QuestionnaireDefinition } from "~/content/questionnaire";
import { localizeDefinition } from "~/content/questionnaire/localize";
import { chooseComparison, groupKeys, sizeClass, type SizeClass } from "~/domain/benchmark";
import { opportunityMap } from "~/domain/opportunity-map";
import type { ReportInstrument, ReportView } from "~/domain/report-view";
import type { Locale } from "~/i18n/locale";
import { verdictFor, type ScanResult } from "~/domain/scoring";
import type { Scan } from "~db/schema";
import { db } from "~/utils/db.server";
import { formatCents } from "~/utils/format";
import { loadHistograms, pillarScores } from "./benchmark.server";
import type { getEmployerOverview } from "./employer.server";
import { loadAnswers } from "./scan.server";

async function regionInstruments(regionId: string, year: number, locale: Locale): Promise<Map<string, ReportInstrument>> {
  const rows = await db()
    .selectFrom("instruments as i")
    .leftJoin("region_instruments as ri", (join) =>
      join.onRef("ri.instrument_id", "=", "i.id").on("ri.region_id", "=", regionId).on("ri.year", "=", year),
    )
    .select([
      "i.id",
      "i.name",
      "i.description",
      "i.provider",
      "i.requestable",
      "i.amount_cents",
      "ri.available",
      "ri.amount_per_grant_cents",
    ])
    .orderBy("i.sort_order")
    .execute();
  const out = new Map<string, ReportInstrument>();
  for (const r of rows) {
    if (r.available === 0) continue; // switched off in this region
    const cents = r.amount_per_grant_cents ?? r.amount_cents;
    const instrument = { id: r.id, name: r.name, description: r.description, provider: r.provider };
    out.set(r.id, {
      ...localizeInstrument(instrument, locale),
      amount: cents === null ? null : formatCents(cents),
      requestable: r.requestable === 1,
    });
  }
  return out;
}

/** The employer as the report shows it (getEmployerOverview); the page needs it too, so the caller reads it once. */
type Overview = NonNullable<Awaited<ReturnType<typeof getEmployerOverview>>>;

/**
 * The report in `locale`: pillar titles, questions, answers, advice texts and
 * the reference instruments' texts in that language (Dutch where a text has no
 * translation). Figures, verdicts and fit levels do not depend on the language.
 */
export async function buildReportView(
  scan: Scan,
  dutchDefinition: QuestionnaireDefinition,
  overview: Overview,
  locale: Locale,
): Promise<ReportView> {
  if (scan.status !== "completed" || !scan.result_json || !scan.completed_at) {
    throw new Error("Alleen een afgeronde scan heeft een rapport");
  }
  const result = JSON.parse(scan.result_json) as ScanResult;
  const definition = localizeDefinition(dutchDefinition, locale);
  const size = (scan.size_class ?? sizeClass(scan.fte)) as SizeClass;
  const [answers, previous, counted, sector, histograms] = await Promise.all([
    loadAnswers(scan.id),
    db()
      .selectFrom("scans")
      .select(["result_json", "completed_at", "overall_score"])
      .where("employer_id", "=", scan.employer_id)
      .where("status", "=", "completed")
      .where("completed_at", "<", scan.completed_at)
      .orderBy("completed_at", "desc")
      .executeTakeFirst(),
    db()
      .selectFrom("scans")
      .select("result_json")
      .where("employer_id", "=", scan.employer_id)
      .where("in_benchmark", "=", 1)
      .executeTakeFirst(),
    db().selectFrom("sectors").select("name").where("id", "=", scan.sector_id).executeTakeFirst(),
    loadHistograms(groupKeys(scan.sector_id, size)),
  ]);

  const previousScores = previous?.result_json ? pillarScores(JSON.parse(previous.result_json) as ScanResult) : {};
  const countedScores = counted?.result_json ? pillarScores(JSON.parse(counted.result_json) as ScanResult) : {};
  const comparison = chooseComparison(
    histograms,
    Object.fromEntries(result.pillars.map((p) => [p.pillarId, p.score !== null])),
    countedScores,
  );
  const sectorName = sectorNameIn(scan.sector_id, sector?.name ?? overview.employer.sectorName, locale);
  // Titles, questions and answers from the definition in the reader's language; the stored result holds Dutch texts.
  const pillarTitles = new Map(definition.pillars.map((p) => [p.id, p.title] as const));
  const questionList = definition.pillars.flatMap((p) => p.questions);
  const questions = new Map(questionList.map((q) => [q.id, q.text] as const));
  const answerLabels = new Map(questionList.flatMap((q) => q.options.map((o) => [`${q.id}/${o.id}`, o.label] as const)));
  const instruments = await regionInstruments(scan.region_id, new Date(scan.completed_at).getUTCFullYear(), locale);

  return {
    scanId: scan.id,
    company: {
      name: overview.employer.name,
      sectorName,
      fte: scan.fte,
      regionName: overview.employer.regionName,
    },
    completedAt: scan.completed_at,
    questionnaireVersion: scan.questionnaire_version,
    overall: result.overall,
    previousOverall: previous?.overall_score ?? null,
    previousCompletedAt: previous?.completed_at ?? null,
    pillars: result.pillars.map((p) => ({
      id: p.pillarId,
      title: pillarTitles.get(p.pillarId) ?? p.title,
      score: p.score,
      verdict: verdictFor(p.score),
      lowConfidence: p.lowConfidence,
      unknownCount: p.unknownCount,
      previousScore: previous ? (previousScores[p.pillarId] ?? null) : null,
      peer: comparison.peers[p.pillarId] ?? null,
      weakPoints: p.weakPoints.slice(0, 3).map((w) => ({ question: questions.get(w.questionId) ?? "", answer: answerLabels.get(`${w.questionId}/${w.optionId}`) ?? w.label })),
      unknownQuestions: result.unknowns.filter((u) => u.pillarId === p.pillarId).map((u) => questions.get(u.questionId) ?? ""),
    })),
    comparison: { level: comparison.level, n: comparison.n, size },
    opportunities: opportunityMap(definition, answers).map((o) => ({
      id: o.id,
      title: o.title,
      description: o.description,
      fit: o.fit,
      reasons: o.reasons,
      nextSteps: o.nextSteps,
      instruments: o.instrumentIds.flatMap((id) => {
        const found = instruments.get(id);
        return found ? [found] : [];
      }),
    })),
    contact: {
      wspName: overview.contact.wspName,
      name: overview.contact.accountManager?.name ?? null,
      phone: overview.contact.accountManager?.phone ?? overview.contact.wspPhone,
      email: overview.contact.accountManager?.email ?? overview.contact.wspEmail,
      serviceNormDays: overview.contact.serviceNormDays,
    },
  };
}
