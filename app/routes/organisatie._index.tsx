import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FunnelByMonthTable, FunnelTable } from "~/components/funnel";
import { TableWrap } from "~/components/table-wrap";
import { campaignPhase, funnelByCampaign, funnelByMonth, funnelOf } from "~/domain/campaigns";
import { amsterdamDate } from "~/domain/working-days";
import { funnelEvents, listCampaigns } from "~/models/campaign.server";
import { getOrganisation } from "~/models/organisation.server";
import { notFound, requireOrganisationStaff } from "~/utils/auth.server";
import { formatDate } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Campagnes — Werkgeversportaal" }];

const phaseLabel = { gepland: "Gepland", loopt: "Loopt", afgelopen: "Afgelopen" } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireOrganisationStaff(request);
  const organisation = await getOrganisation(user.organisationId);
  if (!organisation) notFound();
  const [campaigns, events] = await Promise.all([listCampaigns(user.organisationId), funnelEvents(user.organisationId)]);
  const perCampaign = funnelByCampaign(
    campaigns.map((c) => c.id),
    events,
  );
  const today = amsterdamDate(new Date());
  return json({
    organisation,
    campaigns: campaigns.map((c) => ({ ...c, phase: phaseLabel[campaignPhase(c, today)], funnel: perCampaign.get(c.id)! })),
    total: funnelOf(events),
    byMonth: funnelByMonth(events),
  });
}

export default function OrganisationHome() {
  const { organisation, campaigns, total, byMonth } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{organisation.name}</h1>
      {organisation.region_name ? <p className="lead">Regio {organisation.region_name}</p> : null}
      <p>
        Met een campagne verspreidt u de Toekomstscan onder uw leden. U ziet hoeveel leden de scan starten en afronden.
        De antwoorden van een bedrijf ziet u alleen als dat bedrijf daar toestemming voor gaf.
      </p>
      <p className="button-row">
        <Link className="button" to="/organisatie/campagnes/nieuw">
          Nieuwe campagne
        </Link>
        <Link className="button button--secondary" to="/organisatie/inzicht">
          Uitkomsten per branche
        </Link>
      </p>

      <h2>Uw campagnes</h2>
      {campaigns.length === 0 ? (
        <div className="panel">
          <p>U heeft nog geen campagnes. Maak er een met de knop ‘Nieuwe campagne’.</p>
        </div>
      ) : (
        <TableWrap label="Tabel met uw campagnes">
          <table>
            <caption>{campaigns.length === 1 ? "1 campagne" : `${campaigns.length} campagnes`}</caption>
            <thead>
              <tr>
                <th scope="col">Campagne</th>
                <th scope="col">Periode</th>
                <th scope="col">Status</th>
                <th scope="col">Uitgenodigd</th>
                <th scope="col">Link geopend</th>
                <th scope="col">Scan gestart</th>
                <th scope="col">Scan afgerond</th>
                <th scope="col">Vervolg gevraagd</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/organisatie/campagnes/${c.id}`}>{c.name}</Link>
                    <br />
                    <span className="muted">code {c.code}</span>
                  </th>
                  <td>
                    {formatDate(c.starts_on)} tot en met {formatDate(c.ends_on)}
                  </td>
                  <td>{c.phase}</td>
                  <td>{c.funnel.invited}</td>
                  <td>{c.funnel.opened}</td>
                  <td>{c.funnel.started}</td>
                  <td>{c.funnel.completed}</td>
                  <td>{c.funnel.followUp}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}

      {campaigns.length > 0 ? (
        <>
          <h2>Alle campagnes samen</h2>
          <FunnelTable funnel={total} caption="Van uitnodiging tot vervolg, alle campagnes" />
          {byMonth.length > 0 ? (
            <>
              <h2>Per maand</h2>
              <FunnelByMonthTable rows={byMonth} caption="Stappen per maand, alle campagnes" />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
