import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { TableWrap } from "~/components/table-wrap";
import { ErrorSummary } from "~/components/forms";
import { ScoreBars, ScoreRadar } from "~/components/score-charts";
import { SharingFields } from "~/components/sharing-fields";
import type { ReportPillar, ReportView } from "~/domain/report-view";
import { consentMessages } from "~/i18n/consents";
import { getLocale } from "~/i18n/locale.server";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { comparisonText, fitText, reportMessages, verdictText, type ReportTexts } from "~/i18n/report";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { campaignOrganisationOfScan } from "~/models/campaign.server";
import { setScanSharing } from "~/models/consent.server";
import { getEmployerOverview } from "~/models/employer.server";
import { buildReportView } from "~/models/report.server";
import { sharingSchema } from "~/schemas/sharing";
import { notFound } from "~/utils/auth.server";
import { formatDate } from "~/utils/format";
import { parseForm } from "~/utils/forms";
import { requireReportAccess } from "~/utils/report-access.server";
import { newToken } from "~/utils/ids.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, reportMessages, (t) => t.page.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scan, definition, isOwner } = await requireReportAccess(request, params.scanId);
  const [overview, organisation] = await Promise.all([getEmployerOverview(scan.employer_id), campaignOrganisationOfScan(scan.id)]);
  if (!overview) notFound();
  const view = await buildReportView(scan, definition, overview, await getLocale(request));
  return json({
    view,
    isOwner,
    contact: overview.contact,
    sharedWithWsp: scan.shared_with_wsp === 1,
    organisationName: organisation?.name ?? null,
    sharedWithOrganisation: scan.shared_with_organisation === 1,
    sharingAsked: scan.sharing_asked_at !== null,
    conversationKey: newToken(),
    hasPhone: Boolean(overview.employer.phone),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { scan, user, isOwner } = await requireReportAccess(request, params.scanId);
  if (!isOwner || !user.employerId) notFound();
  const organisation = await campaignOrganisationOfScan(scan.id);
  const parsed = parseForm(sharingSchema(Boolean(organisation)), await request.formData());
  if (!parsed.ok) return json({ errors: parsed.errors }, { status: 400 });
  await setScanSharing({
    scan,
    userId: user.id,
    wsp: parsed.data.share === "ja",
    organisation: organisation ? { id: organisation.id, granted: parsed.data.shareOrganisation === "ja" } : undefined,
    locale: await getLocale(request),
  });
  return redirect(`/rapport/${scan.id}#delen`); // i18n-ignore (an address)
}

function delta(now: number | null, before: number | null) {
  if (now === null || before === null) return null;
  return now - before;
}

/** The text before and after `{name}` in a template (other placeholders filled in), to put an element in its place. */
function around(template: string, name: string, vars: Record<string, string | number> = {}): [string, string] {
  const [before = "", after = ""] = fmt(template, vars).split(`{${name}}`);
  return [before, after];
}

function Delta({ value }: { value: number | null }) {
  const t = useMessages(reportMessages).table;
  if (value === null) return <>–</>;
  if (value === 0) return <>{t.same}</>;
  return (
    <span className={value > 0 ? "delta-up" : "delta-down"}>
      {value > 0 ? `+${value}` : value}
      <span className="visually-hidden"> {value > 0 ? t.higher : t.lower}</span>
    </span>
  );
}

function chartSummary(t: ReportTexts, pillars: ReportPillar[]) {
  const scores = pillars.map((p) => fmt(t.page.chartItem, { title: p.title, score: p.score ?? t.page.noScore }));
  return fmt(t.page.chartSummary, { scores: scores.join(", ") });
}

function ScoreTable({ view }: { view: ReportView }) {
  const t = useMessages(reportMessages);
  const hasPrevious = view.previousCompletedAt !== null;
  return (
    <TableWrap label={t.table.label}>
      <table>
        <caption>{t.table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.pillar}</th>
            <th scope="col">{t.table.score}</th>
            <th scope="col">{t.table.verdict}</th>
            {hasPrevious ? <th scope="col">{t.table.change}</th> : null}
            <th scope="col">{t.table.median}</th>
            <th scope="col">{t.table.middleHalf}</th>
          </tr>
        </thead>
        <tbody>
          {view.pillars.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.title}</th>
              <td>{p.score ?? "–"}</td>
              <td>
                {p.lowConfidence
                  ? fmt(t.table.lowConfidence, { verdict: verdictText(t, p.verdict) })
                  : verdictText(t, p.verdict)}
              </td>
              {hasPrevious ? (
                <td>
                  <Delta value={delta(p.score, p.previousScore)} />
                </td>
              ) : null}
              <td>{p.peer ? p.peer.median : "–"}</td>
              <td>{p.peer ? fmt(t.table.range, { q1: p.peer.q1, q3: p.peer.q3 }) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function OverallScore({ view }: { view: ReportView }) {
  const t = useMessages(reportMessages).page;
  const locale = useLocale();
  const overallDelta = delta(view.overall, view.previousOverall);
  const [before, after] = around(t.overall, "score");
  const change =
    overallDelta !== null && view.previousCompletedAt
      ? around(t.overallChange, "change", { date: formatDate(view.previousCompletedAt, locale) })
      : null;
  return (
    <p>
      {before}
      <span className="score-big">{view.overall ?? "–"}</span>
      {after}
      {change ? (
        <>
          {" "}
          {change[0]}
          <Delta value={overallDelta} />
          {change[1]}
        </>
      ) : null}
    </p>
  );
}

function PillarDetails({ pillar }: { pillar: ReportPillar }) {
  const t = useMessages(reportMessages);
  const unknown = pillar.unknownQuestions;
  return (
    <section aria-labelledby={`pijler-${pillar.id}`}>
      <h3 id={`pijler-${pillar.id}`}>{fmt(t.page.pillarHeading, { title: pillar.title, verdict: verdictText(t, pillar.verdict) })}</h3>
      {pillar.weakPoints.length ? (
        <>
          <p>{t.page.weakPointsIntro}</p>
          <ul>
            {pillar.weakPoints.map((w) => (
              <li key={w.question}>{fmt(t.page.weakPoint, { question: w.question, answer: w.answer })}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t.page.noWeakPoints}</p>
      )}
      {unknown.length ? (
        <p>
          {fmt(unknown.length === 1 ? t.page.unknownOne : t.page.unknownMany, {
            count: unknown.length,
            questions: unknown.join(" "),
          })}
        </p>
      ) : null}
    </section>
  );
}

function OpportunityCard({ opportunity: o, isOwner }: { opportunity: ReportView["opportunities"][number]; isOwner: boolean }) {
  const t = useMessages(reportMessages);
  return (
    <section className="opportunity" aria-labelledby={`kans-${o.id}`}>
      <h3 id={`kans-${o.id}`}>
        {o.title} <span className={`fit fit--${o.fit.replace(" ", "-")}`}>{fitText(t, o.fit)}</span>
      </h3>
      <p>{o.description}</p>
      {o.reasons.length ? (
        <>
          <h4>{t.opportunities.why}</h4>
          <ul>
            {o.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
      {o.nextSteps.length ? (
        <>
          <h4>{t.opportunities.nextSteps}</h4>
          <ol>
            {o.nextSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </>
      ) : null}
      {o.instruments.length ? (
        <>
          <h4>{t.opportunities.instruments}</h4>
          <ul className="instrument-list">
            {o.instruments.map((i) => (
              <li key={i.id}>
                <strong>{i.name}</strong>
                {i.amount ? ` — ${i.amount}` : ""} <span className="muted">({i.provider})</span>
                <br />
                {i.description}
                {isOwner && i.requestable ? (
                  <>
                    <br />
                    <Link to={`/mijn/aanvragen/nieuw?regeling=${i.id}`}>
                      {fmt(t.opportunities.request, { name: i.name })}
                      <span className="visually-hidden"> {t.opportunities.requestWhere}</span>
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export default function Report() {
  const { view, isOwner, contact, sharedWithWsp, sharedWithOrganisation, organisationName, sharingAsked, conversationKey, hasPhone } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useMessages(reportMessages);
  const locale = useLocale();
  const sharing = (
    <SharingForm
      wspName={contact.wspName}
      organisationName={organisationName}
      shared={{ wsp: sharedWithWsp, organisation: sharedWithOrganisation }}
      errors={actionData?.errors}
    />
  );
  const summary = chartSummary(t, view.pillars);
  return (
    <>
      <h1>{isOwner ? t.page.heading : fmt(t.page.headingStaff, { company: view.company.name })}</h1>
      <p className="muted">
        {fmt(t.page.details, {
          company: view.company.name,
          date: formatDate(view.completedAt, locale),
          version: view.questionnaireVersion,
        })}
      </p>
      <p>{t.page.intro}</p>
      <ContactCard contact={contact} />

      <OverallScore view={view} />
      <div className="report-actions">
        <a className="button button--secondary" href={`/rapport/${view.scanId}/pdf`} download>
          {t.page.downloadPdf}
        </a>
        {isOwner ? (
          <Form method="post" action="/mijn/aanvragen/gesprek">
            <input type="hidden" name="submissionKey" value={conversationKey} />
            <input type="hidden" name="topic" value="scan" />
            <input type="hidden" name="contactPreference" value={hasPhone ? "telefoon" : "e-mail"} />
            <input type="hidden" name="scanId" value={view.scanId} />
            <button type="submit" className="button">
              {t.page.planConversation}
            </button>
          </Form>
        ) : null}
        {isOwner ? (
          <a className="button button--secondary" href="#delen">
            {sharedWithWsp ? t.page.sharedWithWsp : t.page.shareWithWsp}
          </a>
        ) : null}
      </div>

      {isOwner && !sharingAsked ? sharing : null}

      <h2>{t.page.scoresTitle}</h2>
      <p>{comparisonText(t, view.comparison, view.company.sectorName)}</p>
      <ScoreRadar pillars={view.pillars} summary={summary} />
      <ScoreTable view={view} />
      <ScoreBars pillars={view.pillars} summary={view.previousCompletedAt ? fmt(t.page.barsSummary, { summary }) : summary} />

      <h2>{t.page.perPillarTitle}</h2>
      {view.pillars.map((p) => (
        <PillarDetails key={p.id} pillar={p} />
      ))}

      <h2>{t.opportunities.title}</h2>
      <p>{t.opportunities.intro}</p>
      {view.opportunities.map((o) => (
        <OpportunityCard key={o.id} opportunity={o} isOwner={isOwner} />
      ))}
      <p className="muted">{t.page.amountsIndication}</p>

      {isOwner && sharingAsked ? sharing : null}
      {isOwner ? (
        <p>
          <Link to="/mijn">{t.page.toOverview}</Link>
        </p>
      ) : null}
    </>
  );
}

function SharingForm({
  wspName,
  organisationName,
  shared,
  errors,
}: {
  wspName: string;
  organisationName: string | null;
  shared: { wsp: boolean; organisation: boolean };
  errors?: Record<string, string>;
}) {
  const t = useMessages(reportMessages).sharing;
  const consent = useMessages(consentMessages);
  const [first, second] = [shared.wsp ? wspName : null, organisationName && shared.organisation ? organisationName : null].filter(
    (name): name is string => Boolean(name),
  );
  let status = t.notShared;
  if (first !== undefined) status = second === undefined ? fmt(t.sharedOne, { who: first }) : fmt(t.sharedTwo, { first, second });
  return (
    <section id="delen" className="panel" aria-labelledby="delen-titel" tabIndex={-1}>
      <h2 id="delen-titel">{t.title}</h2>
      <p>{status}</p>
      <Form method="post" noValidate>
        <ErrorSummary errors={errors ?? {}} labels={consent.labels} />
        <SharingFields wspName={wspName} organisationName={organisationName} current={shared} errors={errors ?? {}} />
        <button type="submit" className="button">
          {t.save}
        </button>
      </Form>
    </section>
  );
}
