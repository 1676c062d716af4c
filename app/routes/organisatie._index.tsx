import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FunnelByMonthTable, FunnelTable } from "~/components/funnel";
import { TableWrap } from "~/components/table-wrap";
import { campaignPhase, funnelByCampaign, funnelByMonth, funnelOf, funnelSteps } from "~/domain/campaigns";
import { amsterdamDate } from "~/domain/working-days";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { organisationMessages } from "~/i18n/organisation";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { funnelEvents, listCampaigns } from "~/models/campaign.server";
import { getOrganisation } from "~/models/organisation.server";
import { notFound, requireOrganisationStaff } from "~/utils/auth.server";
import { formatDate } from "~/utils/format";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, organisationMessages, (t) => t.home.title);

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
    campaigns: campaigns.map((c) => ({ ...c, phase: campaignPhase(c, today), funnel: perCampaign.get(c.id)! })),
    total: funnelOf(events),
    byMonth: funnelByMonth(events),
  });
}

export default function OrganisationHome() {
  const { organisation, campaigns, total, byMonth } = useLoaderData<typeof loader>();
  const t = useMessages(organisationMessages);
  const locale = useLocale();
  return (
    <>
      <h1>{organisation.name}</h1>
      {organisation.region_name ? <p className="lead">{fmt(t.home.region, { region: organisation.region_name })}</p> : null}
      <p>{t.home.intro}</p>
      <p className="button-row">
        <Link className="button" to="/organisatie/campagnes/nieuw">
          {t.home.newCampaign}
        </Link>
        <Link className="button button--secondary" to="/organisatie/inzicht">
          {t.home.insight}
        </Link>
      </p>

      <h2>{t.home.yourCampaigns}</h2>
      {campaigns.length === 0 ? (
        <div className="panel">
          <p>{t.home.none}</p>
        </div>
      ) : (
        <TableWrap label={t.home.tableLabel}>
          <table>
            <caption>{campaigns.length === 1 ? t.home.countOne : fmt(t.home.countMany, { count: campaigns.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t.home.campaign}</th>
                <th scope="col">{t.home.period}</th>
                <th scope="col">{t.home.status}</th>
                {funnelSteps.map((step) => (
                  <th key={step} scope="col">
                    {t.names.step[step]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/organisatie/campagnes/${c.id}`}>{c.name}</Link>
                    <br />
                    <span className="muted">{fmt(t.home.code, { code: c.code })}</span>
                  </th>
                  <td>{fmt(t.home.dates, { start: formatDate(c.starts_on, locale), end: formatDate(c.ends_on, locale) })}</td>
                  <td>{t.names.phase[c.phase]}</td>
                  {funnelSteps.map((step) => (
                    <td key={step}>{c.funnel[step]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}

      {campaigns.length > 0 ? (
        <>
          <h2>{t.home.allTogether}</h2>
          <FunnelTable funnel={total} caption={t.home.funnelCaption} />
          {byMonth.length > 0 ? (
            <>
              <h2>{t.home.perMonth}</h2>
              <FunnelByMonthTable rows={byMonth} caption={t.home.perMonthCaption} />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
