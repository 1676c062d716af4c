import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ColumnHeads } from "~/components/column-heads";
import { TableWrap } from "~/components/table-wrap";
import { adminMessages } from "~/i18n/admin";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useMessages } from "~/i18n/use-messages";
import { listRegionsWithCounts } from "~/models/region.server";
import { requireAdmin } from "~/utils/auth.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, adminMessages, (t) => t.home.title);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return json({ regions: await listRegionsWithCounts() });
}

const sections = [
  { to: "#regios", key: "regions" },
  { to: "/beheer/gemeenten", key: "municipalities" },
  { to: "/beheer/instrumenten", key: "instruments" },
  { to: "/beheer/vragenlijsten", key: "questionnaires" },
  { to: "/beheer/gebruikers", key: "users" },
  { to: "/beheer/audit", key: "audit" },
] as const;

export default function AdminHome() {
  const { regions } = useLoaderData<typeof loader>();
  const t = useMessages(adminMessages);
  const c = t.home.columns;
  return (
    <>
      <h1>{t.home.title}</h1>
      <p className="lead">{t.intro}</p>
      <ul className="cards">
        {sections.map((s) => (
          <li key={s.to} className="card">
            <h2>
              <Link to={s.to}>{t.home.sections[s.key].title}</Link>
            </h2>
            <p>{t.home.sections[s.key].text}</p>
          </li>
        ))}
      </ul>
      <h2 id="regios">{t.home.regionsHeading}</h2>
      <p>{t.home.regionsText}</p>
      <TableWrap label={t.home.regionsTable}>
        <table>
          <caption>{fmt(t.home.regionsCaption, { count: regions.length })}</caption>
          <ColumnHeads columns={c} />
          <tbody>
            {regions.map((r) => (
              <tr key={r.id}>
                <td>{r.id}</td>
                <th scope="row">
                  <Link to={`/beheer/regios/${r.id}`}>{r.name}</Link>
                </th>
                <td>{r.wsp_name}</td>
                <td>
                  {r.wsp_email}
                  <br />
                  {r.wsp_phone}
                  {r.demo_contact ? (
                    <>
                      {" "}
                      <span className="badge badge--demo">{t.home.demo}</span>
                    </>
                  ) : null}
                </td>
                <td>{fmt(t.home.workingDays, { days: r.service_norm_days })}</td>
                <td>{r.municipalities}</td>
                <td>{r.staff}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
