import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TableWrap } from "~/components/table-wrap";
import { listRegionEmployers } from "~/models/employer.server";
import { getRegion, listRegionStaff } from "~/models/region.server";
import { notFound, requireRegionStaff } from "~/utils/auth.server";
import { roleLabel } from "~/content/navigation";

export const meta: MetaFunction = () => [{ title: "Werkvoorraad — Werkgeversportaal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegionStaff(request);
  const region = await getRegion(user.regionId);
  if (!region) notFound();
  const [employers, staff] = await Promise.all([listRegionEmployers(region.id), listRegionStaff(region.id)]);
  return json({
    region: { name: region.name, wspName: region.wsp_name, serviceNormDays: region.service_norm_days },
    employers,
    staff,
    me: user.name,
  });
}

export default function WspHome() {
  const { region, employers, staff } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Werkvoorraad {region.wspName}</h1>
      <p className="lead">
        Arbeidsmarktregio {region.name}. Servicenorm: eerste contact binnen {region.serviceNormDays} werkdagen.
      </p>
      <h2>Werkgevers in uw regio</h2>
      <TableWrap label={"Tabel werkgevers"}>
        <table>
          <caption>{employers.length} werkgevers</caption>
          <thead>
            <tr>
              <th scope="col">Bedrijf</th>
              <th scope="col">Branche</th>
              <th scope="col">Fte</th>
              <th scope="col">Accountmanager</th>
            </tr>
          </thead>
          <tbody>
            {employers.map((e) => (
              <tr key={e.id}>
                <td>
                  {e.name}
                  {e.is_demo ? (
                    <>
                      {" "}
                      <span className="badge badge--demo">demo</span>
                    </>
                  ) : null}
                </td>
                <td>{e.sector_name}</td>
                <td>{e.fte}</td>
                <td>{e.am_name ?? "Nog niet toegewezen"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h2>Uw team</h2>
      <ul>
        {staff.map((s) => (
          <li key={s.id}>
            {s.name} — {roleLabel(s.role)}
          </li>
        ))}
      </ul>
    </>
  );
}
