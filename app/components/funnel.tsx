import { conversion, funnelSteps, type Funnel } from "~/domain/campaigns";
import { TableWrap } from "./table-wrap";

/** The funnel of one campaign (or all): each step with its number and the share of the step before. */
export function FunnelTable({ funnel, caption }: { funnel: Funnel; caption: string }) {
  const max = Math.max(1, ...funnelSteps.map((s) => funnel[s.key]));
  return (
    <TableWrap label={caption}>
      <table className="funnel">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Stap</th>
            <th scope="col">Aantal</th>
            <th scope="col">Van de stap ervoor</th>
          </tr>
        </thead>
        <tbody>
          {funnelSteps.map((step, i) => {
            const previous = i > 0 ? conversion(funnel[funnelSteps[i - 1]!.key], funnel[step.key]) : null;
            return (
              <tr key={step.key}>
                <th scope="row">{step.label}</th>
                <td>
                  <span className="funnel__bar" aria-hidden="true" style={{ width: `${Math.round((funnel[step.key] / max) * 8)}rem` }} />
                  {funnel[step.key]}
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
  return (
    <TableWrap label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Maand</th>
            {funnelSteps.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.month}>
              <th scope="row">{monthLabel(r.month)}</th>
              {funnelSteps.map((s) => (
                <td key={s.key}>{r.funnel[s.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

const monthNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${monthNames[m - 1]} ${y}`;
}
