import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SelectField } from "~/components/forms";
import { TableWrap } from "~/components/table-wrap";
import { roleLabel } from "~/content/navigation";
import { listStaff } from "~/models/staff.server";
import { userListQuerySchema } from "~/schemas/admin";
import { staffRoles } from "~db/schema";
import { requireAdmin } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Gebruikers — Beheer — Werkgeversportaal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const query = userListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [users, regions] = await Promise.all([
    listStaff({ role: query.rol, regionId: query.regio, status: query.status }),
    db().selectFrom("regions").select(["id", "name"]).orderBy("name").execute(),
  ]);
  return json({ users, regions, query });
}

const statusLabels = { actief: "Actief", uitgenodigd: "Uitgenodigd", gedeactiveerd: "Gedeactiveerd" } as const;

export default function Users() {
  const { users, regions, query } = useLoaderData<typeof loader>();
  return (
    <>
      <Link className="back-link" to="/beheer">
        Terug naar beheer
      </Link>
      <h1>Gebruikers</h1>
      <p>
        Medewerkers van Werkgeversservicepunten, werkgeversorganisaties en beheerders. Werkgevers maken zelf een account als ze de
        Toekomstscan doen.
      </p>
      <p>
        <Link className="button" to="/beheer/gebruikers/nieuw">
          Medewerker uitnodigen
        </Link>
      </p>
      <Form method="get" className="filters" aria-label="Gebruikers filteren">
        <SelectField
          name="rol"
          label="Rol"
          placeholder="Alle rollen"
          options={staffRoles.map((r) => ({ value: r, label: roleLabel(r) }))}
          selectProps={{ defaultValue: query.rol }}
        />
        <SelectField
          name="regio"
          label="Regio"
          placeholder="Alle regio's"
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          selectProps={{ defaultValue: query.regio }}
        />
        <SelectField
          name="status"
          label="Status"
          placeholder="Alle"
          options={Object.entries(statusLabels).map(([value, label]) => ({ value, label }))}
          selectProps={{ defaultValue: query.status }}
        />
        <button type="submit" className="button button--secondary">
          Filteren
        </button>
      </Form>
      <TableWrap label="Tabel gebruikers">
        <table>
          <caption>{users.length === 1 ? "1 gebruiker" : `${users.length} gebruikers`}</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">E-mailadres</th>
              <th scope="col">Rol</th>
              <th scope="col">Regio of organisatie</th>
              <th scope="col">Status</th>
              <th scope="col">Laatst ingelogd</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  <Link to={`/beheer/gebruikers/${u.id}`}>{u.name}</Link>
                </th>
                <td>{u.email}</td>
                <td>{roleLabel(u.role)}</td>
                <td>{u.regionName ?? u.organisationName ?? "—"}</td>
                <td>{statusLabels[u.status]}</td>
                <td>{u.last_login_at ? formatDateTime(u.last_login_at) : "Nog niet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
