import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { verdictFor, type ScanResult } from "~/domain/scoring";
import { getEmployerOverview } from "~/models/employer.server";
import { notFound } from "~/utils/auth.server";
import { formatDate } from "~/utils/format";
import { requireOwnScan } from "~/utils/scan-access.server";

export const meta: MetaFunction = () => [{ title: "Uw uitslag — Toekomstscan" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, scan, definition } = await requireOwnScan(request, params.scanId);
  if (scan.status !== "completed" || !scan.result_json) throw redirect(`/scan/${scan.id}`);
  const overview = await getEmployerOverview(user.employerId);
  if (!overview) notFound();
  const result = JSON.parse(scan.result_json) as ScanResult;
  const questionText = new Map(definition.pillars.flatMap((p) => p.questions.map((q) => [q.id, q.text] as const)));
  return json({
    completedAt: scan.completed_at,
    overall: result.overall,
    pillars: result.pillars.map((p) => ({
      id: p.pillarId,
      title: p.title,
      score: p.score,
      verdict: verdictFor(p.score),
      lowConfidence: p.lowConfidence,
      unknownCount: p.unknownCount,
      weakPoints: p.weakPoints.slice(0, 3).map((w) => ({ question: questionText.get(w.questionId) ?? "", answer: w.label })),
    })),
    contact: overview.contact,
  });
}

export default function Report() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Uw uitslag van de Toekomstscan</h1>
      {data.completedAt ? <p className="muted">Ingevuld op {formatDate(data.completedAt)}</p> : null}
      <p className="lead">
        Uw totaalscore is <strong>{data.overall ?? "niet te bepalen"}</strong>
        {data.overall !== null ? " van de 100" : ""}.
      </p>
      <ContactCard contact={data.contact} />
      <div className="table-wrap">
        <table>
          <caption>Score per onderwerp (0 tot 100)</caption>
          <thead>
            <tr>
              <th scope="col">Onderwerp</th>
              <th scope="col">Score</th>
              <th scope="col">Oordeel</th>
            </tr>
          </thead>
          <tbody>
            {data.pillars.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.title}</th>
                <td>{p.score ?? "–"}</td>
                <td>
                  {p.verdict ?? "Te weinig antwoorden"}
                  {p.lowConfidence ? " (veel ‘Weet ik niet’)" : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.pillars.map((p) =>
        p.weakPoints.length || p.unknownCount ? (
          <section key={p.id} aria-labelledby={`punten-${p.id}`}>
            <h2 id={`punten-${p.id}`}>{p.title}: aandachtspunten</h2>
            {p.weakPoints.length ? (
              <ul>
                {p.weakPoints.map((w) => (
                  <li key={w.question}>
                    {w.question} U antwoordde: ‘{w.answer}’.
                  </li>
                ))}
              </ul>
            ) : null}
            {p.unknownCount ? (
              <p>
                U koos {p.unknownCount} keer ‘Weet ik niet’. Die vragen tellen niet mee in de score. Bespreek ze met uw
                accountmanager.
              </p>
            ) : null}
          </section>
        ) : null,
      )}
      <p>
        <Link to="/mijn">Naar mijn overzicht</Link>
      </p>
    </>
  );
}
