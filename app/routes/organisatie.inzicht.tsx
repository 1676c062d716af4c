import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TableWrap } from "~/components/table-wrap";
import { latestDefinition } from "~/content/questionnaire";
import type { ScanResult } from "~/domain/scoring";
import { MIN_GROUP_SIZE, sectorAverages } from "~/domain/campaigns";
import { pillarScores } from "~/models/benchmark.server";
import { organisationScans } from "~/models/campaign.server";
import { requireOrganisationStaff } from "~/utils/auth.server";
import { formatDate } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Uitkomsten per branche — Werkgeversportaal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireOrganisationStaff(request);
  const scans = await organisationScans(user.organisationId);
  const pillars = latestDefinition().pillars.map((p) => ({ id: p.id, title: p.title }));
  const sectorNames = new Map(scans.map((s) => [s.sector_id, s.sector_name]));
  const averages = sectorAverages(
    scans.map((s) => ({
      sectorId: s.sector_id,
      employerId: s.employer_id,
      pillarScores: s.result_json ? pillarScores(JSON.parse(s.result_json) as ScanResult) : {},
    })),
    pillars.map((p) => p.id),
  );
  // Only companies that said yes to sharing with this organisation, and only while they keep saying yes.
  const consented = scans
    .filter((s) => s.shared_with_organisation === 1)
    .map((s) => ({
      scanId: s.id,
      name: s.employer_name,
      contactName: s.contact_name,
      email: s.email,
      phone: s.phone,
      sector: s.sector_name,
      fte: s.fte,
      completedAt: s.completed_at!,
      overall: s.overall_score,
      campaign: s.campaign_name,
    }));
  return json({
    pillars,
    sectors: averages.map((a) => ({ ...a, name: sectorNames.get(a.sectorId) ?? a.sectorId })),
    consented,
    total: scans.length,
  });
}

export default function OrganisationInsight() {
  const { pillars, sectors, consented, total } = useLoaderData<typeof loader>();
  return (
    <>
      <Link className="back-link" to="/organisatie">
        Terug naar campagnes
      </Link>
      <h1>Uitkomsten per branche</h1>
      <p className="lead">
        {total === 1 ? "1 bedrijf rondde" : `${total} bedrijven rondden`} de scan af via uw campagnes. Hieronder ziet u de
        gemiddelde scores per branche.
      </p>
      <p>
        Bij minder dan {MIN_GROUP_SIZE} bedrijven in een branche tonen we geen scores. Zo is niet te zien hoe één bedrijf
        scoorde.
      </p>
      {sectors.length === 0 ? (
        <div className="panel">
          <p>Nog geen bedrijf heeft de scan via uw campagnes afgerond.</p>
        </div>
      ) : (
        <TableWrap label="Tabel met gemiddelde scores per branche">
          <table>
            <caption>Gemiddelde score per onderwerp (0 tot 100), per branche</caption>
            <thead>
              <tr>
                <th scope="col">Branche</th>
                <th scope="col">Bedrijven</th>
                {pillars.map((p) => (
                  <th key={p.id} scope="col">
                    {p.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sectors.map((s) => (
                <tr key={s.sectorId}>
                  <th scope="row">{s.name}</th>
                  <td>{s.companies}</td>
                  {s.averages ? (
                    pillars.map((p) => <td key={p.id}>{s.averages![p.id] ?? "–"}</td>)
                  ) : (
                    <td colSpan={pillars.length}>Te weinig bedrijven om scores te tonen</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}

      <h2>Bedrijven die hun uitslag met u delen</h2>
      {consented.length === 0 ? (
        <p>Nog geen bedrijf heeft zijn uitslag met u gedeeld.</p>
      ) : (
        <TableWrap label="Tabel met bedrijven die hun uitslag delen">
          <table>
            <caption>
              {consented.length === 1 ? "1 bedrijf deelt" : `${consented.length} bedrijven delen`} de uitslag met u
            </caption>
            <thead>
              <tr>
                <th scope="col">Bedrijf</th>
                <th scope="col">Contact</th>
                <th scope="col">Branche</th>
                <th scope="col">Fte</th>
                <th scope="col">Afgerond</th>
                <th scope="col">Totaalscore</th>
                <th scope="col">Campagne</th>
              </tr>
            </thead>
            <tbody>
              {consented.map((c) => (
                <tr key={c.scanId}>
                  <th scope="row">
                    <Link to={`/rapport/${c.scanId}`}>{c.name}</Link>
                  </th>
                  <td>
                    {c.contactName}
                    <br />
                    {c.email}
                    {c.phone ? (
                      <>
                        <br />
                        {c.phone}
                      </>
                    ) : null}
                  </td>
                  <td>{c.sector}</td>
                  <td>{c.fte}</td>
                  <td>{formatDate(c.completedAt)}</td>
                  <td>{c.overall ?? "–"}</td>
                  <td>{c.campaign}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
