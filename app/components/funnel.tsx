import { conversion, funnelSteps, type Funnel } from "~/domain/campaigns";
import { INTL_LOCALE, type Locale } from "~/i18n/locale";
import { organisationMessages } from "~/i18n/organisation";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { TableWrap } from "./table-wrap";

/** The funnel of one campaign (or all): each step with its number and the share of the step before. */
export function FunnelTable({ funnel, caption }: { funnel: Funnel; caption: string }) {
  const t = useMessages(organisationMessages);
  const max = Math.max(1, ...funnelSteps.map((s) => funnel[s]));
  return (
    <TableWrap label={caption}>
      <table className="funnel">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.funnel.step}</th>
            <th scope="col">{t.funnel.count}</th>
            <th scope="col">{t.funnel.fromPrevious}</th>
          </tr>
        </thead>
        <tbody>
          {funnelSteps.map((step, i) => {
            const previous = i > 0 ? conversion(funnel[funnelSteps[i - 1]!], funnel[step]) : null;
            return (
              <tr key={step}>
                <th scope="row">{t.names.step[step]}</th>
                <td>
                  <span className="funnel__bar" aria-hidden="true" style={{ width: `${Math.round((funnel[step] / max) * 8)}rem` }} />
                  {funnel[step]}
                </td>
                <td>{i === 0 || previous === null ? "–" : `${previous}%`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The funnel per month, oldest first. */
export function FunnelByMonthTable({ rows, caption }: { rows: { month: string; funnel: Funnel }[]; caption: string }) {
  const t = useMessages(organisationMessages);
  const locale = useLocale();
  return (
    <TableWrap label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.funnel.month}</th>
            {funnelSteps.map((step) => (
              <th key={step} scope="col">
                {t.names.step[step]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.month}>
              <th scope="row">{monthLabel(r.month, locale)}</th>
              {funnelSteps.map((step) => (
                <td key={step}>{r.funnel[step]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** "2026-03" → "maart 2026" / "March 2026". */
function monthLabel(month: string, locale: Locale): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(y, m - 1, 1));
}
