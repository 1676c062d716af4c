import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TableWrap } from "~/components/table-wrap";
import { listRegionsWithCounts } from "~/models/region.server";
import { requireAdmin } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Beheer — Werkgeversportaal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return json({ regions: await listRegionsWithCounts() });
}

const sections = [
  { to: "#regios", title: "Regio's en WSP's", text: "Contactgegevens, servicenorm en medewerkers per regio." },
  { to: "/beheer/gemeenten", title: "Gemeenten", text: "De tabel gemeente → arbeidsmarktregio inlezen uit een CSV-bestand van het CBS." },
  { to: "/beheer/instrumenten", title: "Regelingen", text: "De regelingen die werkgevers zien, en de budgetten per regio en jaar." },
  { to: "/beheer/vragenlijsten", title: "Vragenlijsten", text: "Versies van de Toekomstscan publiceren en uit gebruik nemen." },
  { to: "/beheer/gebruikers", title: "Gebruikers", text: "Medewerkers uitnodigen, hun rol of regio wijzigen en accounts deactiveren." },
  { to: "/beheer/audit", title: "Auditlog", text: "Logboek: wie wat heeft bekeken of veranderd, met filters op persoon, actie, regio en datum." },
];

export default function AdminHome() {
  const { regions } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Beheer</h1>
      <ul className="cards">
        {sections.map((s) => (
          <li key={s.to} className="card">
            <h2>
              <Link to={s.to}>{s.title}</Link>
            </h2>
            <p>{s.text}</p>
          </li>
        ))}
      </ul>
      <h2 id="regios">Arbeidsmarktregio&apos;s en Werkgeversservicepunten</h2>
      <p>Kies een regio om de contactgegevens en de servicenorm van het Werkgeversservicepunt (WSP) te wijzigen.</p>
      <TableWrap label={"Tabel arbeidsmarktregio's"}>
        <table>
          <caption>{regions.length} arbeidsmarktregio&apos;s</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Regio</th>
              <th scope="col">WSP</th>
              <th scope="col">Contact</th>
              <th scope="col">Servicenorm</th>
              <th scope="col">Gemeenten</th>
              <th scope="col">Medewerkers</th>
            </tr>
          </thead>
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
                      <span className="badge badge--demo">demo</span>
                    </>
                  ) : null}
                </td>
                <td>{r.service_norm_days} werkdagen</td>
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
