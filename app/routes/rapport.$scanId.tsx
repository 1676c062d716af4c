import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { TableWrap } from "~/components/table-wrap";
import { ErrorSummary } from "~/components/forms";
import { ScoreBars, ScoreRadar } from "~/components/score-charts";
import { SharingFields } from "~/components/sharing-fields";
import { consentMessages } from "~/i18n/consents";
import { getLocale } from "~/i18n/locale.server";
import { useMessages } from "~/i18n/use-messages";
import type { ReportPillar, ReportView } from "~/domain/report-view";
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

export const meta: MetaFunction = () => [{ title: "Uw uitslag — Toekomstscan" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scan, definition, isOwner } = await requireReportAccess(request, params.scanId);
  const [overview, organisation] = await Promise.all([getEmployerOverview(scan.employer_id), campaignOrganisationOfScan(scan.id)]);
  if (!overview) notFound();
  const view = await buildReportView(scan, definition, overview);
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
  return redirect(`/rapport/${scan.id}#delen`);
}

function delta(now: number | null, before: number | null) {
  if (now === null || before === null) return null;
  return now - before;
}

function Delta({ value }: { value: number | null }) {
  if (value === null) return <>–</>;
  if (value === 0) return <>gelijk</>;
  return (
    <span className={value > 0 ? "delta-up" : "delta-down"}>
      {value > 0 ? `+${value}` : value}
      <span className="visually-hidden">{value > 0 ? " hoger" : " lager"}</span>
    </span>
  );
}

function chartSummary(pillars: ReportPillar[]) {
  return `Scores per onderwerp: ${pillars.map((p) => `${p.title} ${p.score ?? "geen score"}`).join(", ")}.`;
}

function ScoreTable({ view }: { view: ReportView }) {
  const hasPrevious = view.previousCompletedAt !== null;
  return (
    <TableWrap label={"Tabel met uw scores"}>
      <table>
        <caption>Uw score per onderwerp (0 tot 100)</caption>
        <thead>
          <tr>
            <th scope="col">Onderwerp</th>
            <th scope="col">Uw score</th>
            <th scope="col">Oordeel</th>
            {hasPrevious ? <th scope="col">Verschil met vorige scan</th> : null}
            <th scope="col">Middelste bedrijf</th>
            <th scope="col">Middelste helft van de bedrijven</th>
          </tr>
        </thead>
        <tbody>
          {view.pillars.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.title}</th>
              <td>{p.score ?? "–"}</td>
              <td>
                {p.verdict ?? "te weinig antwoorden"}
                {p.lowConfidence ? " (veel ‘Weet ik niet’)" : ""}
              </td>
              {hasPrevious ? (
                <td>
                  <Delta value={delta(p.score, p.previousScore)} />
                </td>
              ) : null}
              <td>{p.peer ? p.peer.median : "–"}</td>
              <td>{p.peer ? `${p.peer.q1} tot ${p.peer.q3}` : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export default function Report() {
  const { view, isOwner, contact, sharedWithWsp, sharedWithOrganisation, organisationName, sharingAsked, conversationKey, hasPhone } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const sharing = (
    <SharingForm
      wspName={contact.wspName}
      organisationName={organisationName}
      shared={{ wsp: sharedWithWsp, organisation: sharedWithOrganisation }}
      errors={actionData?.errors}
    />
  );
  const overallDelta = delta(view.overall, view.previousOverall);
  return (
    <>
      <h1>{isOwner ? "Uw uitslag van de Toekomstscan" : `Uitslag Toekomstscan: ${view.company.name}`}</h1>
      <p className="muted">
        {view.company.name} · ingevuld op {formatDate(view.completedAt)} · vragenlijst versie {view.questionnaireVersion}
      </p>
      <ContactCard contact={contact} />

      <p>
        Totaalscore: <span className="score-big">{view.overall ?? "–"}</span> van de 100
        {overallDelta !== null && view.previousCompletedAt ? (
          <>
            {" "}
            (<Delta value={overallDelta} /> ten opzichte van {formatDate(view.previousCompletedAt)})
          </>
        ) : null}
      </p>
      <div className="report-actions">
        <a className="button button--secondary" href={`/rapport/${view.scanId}/pdf`} download>
          Download als PDF
        </a>
        {isOwner ? (
          <Form method="post" action="/mijn/aanvragen/gesprek">
            <input type="hidden" name="submissionKey" value={conversationKey} />
            <input type="hidden" name="topic" value="scan" />
            <input type="hidden" name="contactPreference" value={hasPhone ? "telefoon" : "e-mail"} />
            <input type="hidden" name="scanId" value={view.scanId} />
            <button type="submit" className="button">
              Plan een gesprek met mijn accountmanager
            </button>
          </Form>
        ) : null}
        {isOwner ? (
          <a className="button button--secondary" href="#delen">
            {sharedWithWsp ? "Gedeeld met uw WSP" : "Delen met uw WSP"}
          </a>
        ) : null}
      </div>

      {isOwner && !sharingAsked ? sharing : null}

      <h2>Uw scores</h2>
      <p>{view.comparison.label}</p>
      <ScoreRadar pillars={view.pillars} summary={chartSummary(view.pillars)} />
      <ScoreTable view={view} />
      <ScoreBars
        pillars={view.pillars}
        summary={`${view.previousCompletedAt ? "Uw score nu en bij de vorige scan. " : ""}${chartSummary(view.pillars)}`}
      />

      <h2>Per onderwerp</h2>
      {view.pillars.map((p) => (
        <section key={p.id} aria-labelledby={`pijler-${p.id}`}>
          <h3 id={`pijler-${p.id}`}>
            {p.title}: {p.verdict ?? "te weinig antwoorden"}
          </h3>
          {p.weakPoints.length ? (
            <>
              <p>Hier valt het meest te winnen:</p>
              <ul>
                {p.weakPoints.map((w) => (
                  <li key={w.question}>
                    {w.question} U antwoordde: ‘{w.answer}’.
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>Hier zijn geen zwakke punten gevonden.</p>
          )}
          {p.unknownQuestions.length ? (
            <p>
              Bij {p.unknownQuestions.length === 1 ? "1 vraag" : `${p.unknownQuestions.length} vragen`} koos u ‘Weet ik
              niet’. Die tellen niet mee in de score. Bespreek ze met uw accountmanager: {p.unknownQuestions.join(" ")}
            </p>
          ) : null}
        </section>
      ))}

      <h2>Uw Kansenkaart</h2>
      <p>
        Welke vormen van inclusief werken passen bij uw bedrijf? Inclusief werken betekent: werk bieden aan mensen die
        minder makkelijk een baan vinden. Hieronder ziet u per vorm hoe goed die past, en waarom.
      </p>
      {view.opportunities.map((o) => (
        <section key={o.id} className="opportunity" aria-labelledby={`kans-${o.id}`}>
          <h3 id={`kans-${o.id}`}>
            {o.title} <span className={`fit fit--${o.fit.replace(" ", "-")}`}>{o.fit}</span>
          </h3>
          <p>{o.description}</p>
          {o.reasons.length ? (
            <>
              <h4>Waarom</h4>
              <ul>
                {o.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          ) : null}
          {o.nextSteps.length ? (
            <>
              <h4>Volgende stappen</h4>
              <ol>
                {o.nextSteps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </>
          ) : null}
          {o.instruments.length ? (
            <>
              <h4>Regelingen in uw regio</h4>
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
                          {i.name} aanvragen<span className="visually-hidden"> bij uw Werkgeversservicepunt</span>
                        </Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
      <p className="muted">Alle bedragen zijn een indicatie.</p>

      {isOwner && sharingAsked ? sharing : null}
      {isOwner ? (
        <p>
          <Link to="/mijn">Naar mijn overzicht</Link>
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
  const withWhom = [shared.wsp ? wspName : null, organisationName && shared.organisation ? organisationName : null].filter(Boolean);
  const consent = useMessages(consentMessages);
  return (
    <section id="delen" className="panel" aria-labelledby="delen-titel" tabIndex={-1}>
      <h2 id="delen-titel">Uitslag delen</h2>
      <p>
        {withWhom.length
          ? `${withWhom.join(" en ")} ${withWhom.length > 1 ? "kunnen" : "kan"} uw uitslag nu zien. U kunt dit altijd weer veranderen.`
          : `Uw uitslag is nu alleen voor u. ${consent.wsp.hint}`}
      </p>
      <Form method="post" noValidate>
        <ErrorSummary errors={errors ?? {}} labels={consent.labels} />
        <SharingFields wspName={wspName} organisationName={organisationName} current={shared} errors={errors ?? {}} />
        <button type="submit" className="button">
          Keuze opslaan
        </button>
      </Form>
    </section>
  );
}
