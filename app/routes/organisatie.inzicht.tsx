import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TableWrap } from "~/components/table-wrap";
import { latestDefinition } from "~/content/questionnaire";
import { localizeDefinition } from "~/content/questionnaire/localize";
import type { ScanResult } from "~/domain/scoring";
import { MIN_GROUP_SIZE, sectorAverages } from "~/domain/campaigns";
import { fmt } from "~/i18n/locale";
import { getLocale } from "~/i18n/locale.server";
import { sectorName } from "~/i18n/sectors";
import { pageTitle } from "~/i18n/meta";
import { organisationMessages } from "~/i18n/organisation";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { pillarScores } from "~/models/benchmark.server";
import { organisationScans } from "~/models/campaign.server";
import { requireOrganisationStaff } from "~/utils/auth.server";
import { formatDate } from "~/utils/format";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, organisationMessages, (t) => t.insight.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireOrganisationStaff(request);
  const scans = await organisationScans(user.organisationId);
  const locale = await getLocale(request);
  const pillars = localizeDefinition(latestDefinition(), locale).pillars.map((p) => ({ id: p.id, title: p.title }));
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
      sector: sectorName(s.sector_id, s.sector_name, locale),
      fte: s.fte,
      completedAt: s.completed_at!,
      overall: s.overall_score,
      campaign: s.campaign_name,
    }));
  return json({
    pillars,
    sectors: averages.map((a) => ({ ...a, name: sectorName(a.sectorId, sectorNames.get(a.sectorId) ?? a.sectorId, locale) })),
    consented,
    total: scans.length,
  });
}

export default function OrganisationInsight() {
  const { pillars, sectors, consented, total } = useLoaderData<typeof loader>();
  const t = useMessages(organisationMessages);
  const texts = t.insight;
  const locale = useLocale();
  return (
    <>
      <Link className="back-link" to="/organisatie">
        {t.backToCampaigns}
      </Link>
      <h1>{texts.title}</h1>
      <p className="lead">{total === 1 ? texts.leadOne : fmt(texts.leadMany, { count: total })}</p>
      <p>{fmt(texts.minGroup, { min: MIN_GROUP_SIZE })}</p>
      {sectors.length === 0 ? (
        <div className="panel">
          <p>{texts.none}</p>
        </div>
      ) : (
        <TableWrap label={texts.tableLabel}>
          <table>
            <caption>{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.sector}</th>
                <th scope="col">{texts.companies}</th>
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
                    <td colSpan={pillars.length}>{texts.tooFew}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}

      <h2>{texts.sharedTitle}</h2>
      {consented.length === 0 ? (
        <p>{texts.sharedNone}</p>
      ) : (
        <TableWrap label={texts.sharedTableLabel}>
          <table>
            <caption>{consented.length === 1 ? texts.sharedOne : fmt(texts.sharedMany, { count: consented.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.company}</th>
                <th scope="col">{texts.contact}</th>
                <th scope="col">{texts.sector}</th>
                <th scope="col">{texts.fte}</th>
                <th scope="col">{texts.completed}</th>
                <th scope="col">{texts.overall}</th>
                <th scope="col">{texts.campaign}</th>
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
                  <td>{formatDate(c.completedAt, locale)}</td>
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
