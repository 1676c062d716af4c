import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SelectField } from "~/components/forms";
import { ColumnHeads } from "~/components/column-heads";
import { TableWrap } from "~/components/table-wrap";
import { roleLabel } from "~/content/navigation";
import { adminMessages } from "~/i18n/admin";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { listStaff } from "~/models/staff.server";
import { userListQuerySchema } from "~/schemas/admin";
import { staffRoles } from "~db/schema";
import { requireAdmin } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, adminMessages, (t) => t.users.title);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const query = userListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [users, regions] = await Promise.all([
    listStaff({ role: query.rol, regionId: query.regio, status: query.status }),
    db().selectFrom("regions").select(["id", "name"]).orderBy("name").execute(),
  ]);
  return json({ users, regions, query });
}

export default function Users() {
  const { users, regions, query } = useLoaderData<typeof loader>();
  const all = useMessages(adminMessages);
  const t = all.users;
  const locale = useLocale();
  const statusLabels = all.names.staffStatus;
  return (
    <>
      <Link className="back-link" to="/beheer">
        {all.backToAdmin}
      </Link>
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <p>
        <Link className="button" to="/beheer/gebruikers/nieuw">
          {t.invite}
        </Link>
      </p>
      <Form method="get" className="filters" aria-label={t.filters}>
        <SelectField
          name="rol"
          label={t.roleLabel}
          placeholder={t.allRoles}
          options={staffRoles.map((r) => ({ value: r, label: roleLabel(r, locale) }))}
          selectProps={{ defaultValue: query.rol }}
        />
        <SelectField
          name="regio"
          label={t.regionLabel}
          placeholder={t.allRegions}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          selectProps={{ defaultValue: query.regio }}
        />
        <SelectField
          name="status"
          label={t.statusLabel}
          placeholder={t.allStatuses}
          options={Object.entries(statusLabels).map(([value, label]) => ({ value, label }))}
          selectProps={{ defaultValue: query.status }}
        />
        <button type="submit" className="button button--secondary">
          {t.filter}
        </button>
      </Form>
      <TableWrap label={t.table}>
        <table>
          <caption>{users.length === 1 ? t.userOne : fmt(t.userMany, { count: users.length })}</caption>
          <ColumnHeads columns={t.columns} />
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  <Link to={`/beheer/gebruikers/${u.id}`}>{u.name}</Link>
                </th>
                <td>{u.email}</td>
                <td>{roleLabel(u.role, locale)}</td>
                <td>{u.regionName ?? u.organisationName ?? all.none}</td>
                <td>{statusLabels[u.status]}</td>
                <td>{u.last_login_at ? formatDateTime(u.last_login_at, locale) : all.notYet}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
