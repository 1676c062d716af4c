import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { getEmployerOverview } from "~/models/employer.server";
import { listEmployerScans } from "~/models/scan.server";
import { listEmployerRequests } from "~/models/request.server";
import { isClosed, statusLabel, typeLabel, type CaseStatus, type CaseType } from "~/domain/case-status";
import { formatDate } from "~/utils/format";
import { notFound, requireEmployer } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Mijn overzicht — Werkgeversportaal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const overview = await getEmployerOverview(user.employerId);
  if (!overview) notFound();
  const [scans, requests] = await Promise.all([listEmployerScans(user.employerId), listEmployerRequests(user.employerId)]);
  return json({
    ...overview,
    scans,
    requests: requests.map((r) => ({
      id: r.id,
      typeLabel: typeLabel(r.type as CaseType),
      statusLabel: statusLabel(r.status as CaseStatus),
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
  return (
    <>
      <h1>Welkom, {employer.contactName}</h1>
      <p className="lead">
        {employer.name}
        {employer.isDemo ? (
          <>
            {" "}
            <span className="badge badge--demo">demo</span>
          </>
        ) : null}
      </p>
      <ContactCard contact={contact} />

      <h2>De Toekomstscan</h2>
      {inProgress ? (
        <div className="panel">
          <p>U bent begonnen op {formatDate(inProgress.started_at)}. Uw antwoorden zijn bewaard.</p>
          <p>
            <Link className="button" to={`/scan/${inProgress.id}`}>
              Verder met de scan
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p>
            {completed.length
              ? "Doe de scan opnieuw en zie wat er veranderd is."
              : "Met de Toekomstscan ziet u hoe uw bedrijf ervoor staat. U krijgt meteen een advies."}
          </p>
          <p>
            <Link className="button" to="/scan/bedrijf">
              {completed.length ? "Doe de scan opnieuw" : "Doe de Toekomstscan"}
            </Link>
          </p>
        </>
      )}
      {completed.length ? (
        <>
          <h3>Uw uitslagen</h3>
          <ul>
            {completed.map((s) => (
              <li key={s.id}>
                <Link to={`/rapport/${s.id}`}>
                  Uitslag van {s.completed_at ? formatDate(s.completed_at) : "onbekende datum"}
                </Link>
                {s.overall_score !== null ? ` — totaalscore ${s.overall_score}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Uw aanvragen</h2>
      {requests.length ? (
        <ul className="request-list">
          {requests.map((r) => (
            <li key={r.id}>
              <Link to={`/mijn/aanvragen/${r.id}`}>{r.typeLabel}</Link> — <strong>{r.statusLabel}</strong>
              <span className="muted"> · ingediend op {formatDate(r.createdAt)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>U heeft nog niets aangevraagd.</p>
      )}
      <p>
        <Link className="button button--secondary" to="/mijn/aanvragen/nieuw">
          Iets aanvragen
        </Link>
      </p>

      <h2>Uw bedrijfsgegevens</h2>
      <dl className="summary">
        <dt>Bedrijfsnaam</dt>
        <dd>{employer.name}</dd>
        <dt>KvK-nummer</dt>
        <dd>{employer.kvk}</dd>
        <dt>Branche</dt>
        <dd>{employer.sectorName}</dd>
        <dt>Aantal medewerkers (fte)</dt>
        <dd>{employer.fte}</dd>
        <dt>Gemeente</dt>
        <dd>{employer.municipalityName ?? "Niet ingevuld"}</dd>
        <dt>Arbeidsmarktregio</dt>
        <dd>{employer.regionName}</dd>
        <dt>Contactpersoon</dt>
        <dd>{employer.contactName}</dd>
        <dt>E-mailadres</dt>
        <dd>{employer.email}</dd>
        <dt>Telefoon</dt>
        <dd>{employer.phone ?? "Niet ingevuld"}</dd>
      </dl>
      <p>
        <Link to="/mijn/gegevens">Mijn gegevens en privacy</Link>: zie wie uw uitslag mag zien, download al uw gegevens of
        verwijder uw account.
      </p>
    </>
  );
}
