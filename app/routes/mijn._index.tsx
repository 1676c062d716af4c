import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { getEmployerOverview } from "~/models/employer.server";
import { listEmployerScans } from "~/models/scan.server";
import { listEmployerRequests } from "~/models/request.server";
import { isClosed, statusLabel, typeLabel, type CaseStatus, type CaseType } from "~/domain/case-status";
import { employerMessages } from "~/i18n/employer";
import { fmt } from "~/i18n/locale";
import { getLocale } from "~/i18n/locale.server";
import { sectorName } from "~/i18n/sectors";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { formatDate } from "~/utils/format";
import { notFound, requireEmployer } from "~/utils/auth.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, employerMessages, (t) => t.overview.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const overview = await getEmployerOverview(user.employerId);
  if (!overview) notFound();
  const [scans, requests, locale] = await Promise.all([
    listEmployerScans(user.employerId),
    listEmployerRequests(user.employerId),
    getLocale(request),
  ]);
  return json({
    ...overview,
    employer: { ...overview.employer, sectorName: sectorName(overview.employer.sectorId, overview.employer.sectorName, locale) },
    scans,
    requests: requests.map((r) => ({
      id: r.id,
      typeLabel: typeLabel(r.type as CaseType, locale),
      statusLabel: statusLabel(r.status as CaseStatus, locale),
      open: !isClosed(r.status as CaseStatus),
      dueAt: r.due_at,
      createdAt: r.created_at,
    })),
  });
}

export default function EmployerHome() {
  const { employer, contact, scans, requests } = useLoaderData<typeof loader>();
  const inProgress = scans.find((s) => s.status === "in_progress");
  const completed = scans.filter((s) => s.status === "completed");
  const t = useMessages(employerMessages).overview;
  const locale = useLocale();
  return (
    <>
      <h1>{fmt(t.welcome, { name: employer.contactName })}</h1>
      <p className="lead">
        {employer.name}
        {employer.isDemo ? (
          <>
            {" "}
            <span className="badge badge--demo">{t.demo}</span>
          </>
        ) : null}
      </p>
      <ContactCard contact={contact} />

      <h2>{t.scanTitle}</h2>
      {inProgress ? (
        <div className="panel">
          <p>{fmt(t.startedOn, { date: formatDate(inProgress.started_at, locale) })}</p>
          <p>
            <Link className="button" to={`/scan/${inProgress.id}`}>
              {t.continueScan}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p>
            {completed.length ? t.scanAgainText : t.scanFirstText}
          </p>
          <p>
            <Link className="button" to="/scan/bedrijf">
              {completed.length ? t.scanAgain : t.scanFirst}
            </Link>
          </p>
        </>
      )}
      {completed.length ? (
        <>
          <h3>{t.resultsTitle}</h3>
          <ul>
            {completed.map((s) => (
              <li key={s.id}>
                <Link to={`/rapport/${s.id}`}>
                  {fmt(t.resultOf, { date: s.completed_at ? formatDate(s.completed_at, locale) : t.unknownDate })}
                </Link>
                {s.overall_score !== null ? <> — {fmt(t.totalScore, { score: s.overall_score })}</> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t.requestsTitle}</h2>
      {requests.length ? (
        <ul className="request-list">
          {requests.map((r) => (
            <li key={r.id}>
              <Link to={`/mijn/aanvragen/${r.id}`}>{r.typeLabel}</Link> — <strong>{r.statusLabel}</strong>
              <span className="muted"> · {fmt(t.submittedOn, { date: formatDate(r.createdAt, locale) })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.noRequests}</p>
      )}
      <p>
        <Link className="button button--secondary" to="/mijn/aanvragen/nieuw">
          {t.newRequest}
        </Link>
      </p>

      <h2>{t.companyTitle}</h2>
      <dl className="summary">
        <dt>{t.companyName}</dt>
        <dd>{employer.name}</dd>
        <dt>{t.kvk}</dt>
        <dd>{employer.kvk}</dd>
        <dt>{t.sector}</dt>
        <dd>{employer.sectorName}</dd>
        <dt>{t.fte}</dt>
        <dd>{employer.fte}</dd>
        <dt>{t.municipality}</dt>
        <dd>{employer.municipalityName ?? t.notFilledIn}</dd>
        <dt>{t.region}</dt>
        <dd>{employer.regionName}</dd>
        <dt>{t.contactName}</dt>
        <dd>{employer.contactName}</dd>
        <dt>{t.email}</dt>
        <dd>{employer.email}</dd>
        <dt>{t.phone}</dt>
        <dd>{employer.phone ?? t.notFilledIn}</dd>
      </dl>
      <p>
        <Link to="/mijn/gegevens">{t.privacyLink}</Link>: {t.privacyText}
      </p>
    </>
  );
}
