import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TableWrap } from "~/components/table-wrap";
import { listRegionsWithCounts } from "~/models/region.server";
import { requireAdmin } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Beheer — Werkgeversportaal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return json({ regions: await listRegionsWithCounts() });
}

export default function AdminHome() {
  const { regions } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Beheer</h1>
      <h2>Arbeidsmarktregio&apos;s en Werkgeversservicepunten</h2>
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
                <td>{r.name}</td>
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
