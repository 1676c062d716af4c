import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField, TextField } from "~/components/forms";
import { TableWrap } from "~/components/table-wrap";
import { endOfAmsterdamDay } from "~/domain/working-days";
import { AUDIT_PAGE_SIZE, auditFilterChoices, searchAuditLog } from "~/models/audit-log.server";
import { requireAdmin } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Auditlog — Beheer" }];

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).catch("");
const text = z.string().trim().max(200).catch("");
const filterSchema = z.object({
  actor: text,
  action: text,
  subjectType: text,
  subjectId: text,
  regionId: text,
  from: date,
  to: date,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

const startOfAmsterdamDay = (day: string) => new Date(endOfAmsterdamDay(day).getTime() - 24 * 3600_000 + 1).toISOString();

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const filter = filterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [result, choices] = await Promise.all([
    searchAuditLog(filter, filter.to ? endOfAmsterdamDay(filter.to).toISOString() : null, filter.from ? startOfAmsterdamDay(filter.from) : null),
    auditFilterChoices(),
  ]);
  return json({ filter, ...result, choices, pages: Math.max(1, Math.ceil(result.total / AUDIT_PAGE_SIZE)) });
}

export default function AuditLog() {
  const { filter, rows, total, choices, pages } = useLoaderData<typeof loader>();
  const pageHref = (page: number) => {
    const params = new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v !== "" && v !== undefined) as [string, string][]);
    return `?${params.toString()}`;
  };
  return (
    <>
      <Link className="back-link" to="/beheer">
        Terug naar beheer
      </Link>
      <h1>Auditlog</h1>
      <p className="lead">Wie wat bekeek of veranderde, en wanneer. De nieuwste staat bovenaan.</p>
      <Form method="get" className="filters">
        <TextField name="actor" label="Medewerker (e-mailadres of naam)" inputProps={{ defaultValue: filter.actor }} />
        <SelectField
          name="action"
          label="Handeling"
          placeholder="Alle handelingen"
          options={choices.actions.map((a) => ({ value: a, label: a }))}
          selectProps={{ defaultValue: filter.action }}
        />
        <SelectField
          name="subjectType"
          label="Soort gegeven"
          placeholder="Alle soorten"
          options={choices.subjectTypes.map((s) => ({ value: s, label: s }))}
          selectProps={{ defaultValue: filter.subjectType }}
        />
        <TextField name="subjectId" label="Id van het gegeven" inputProps={{ defaultValue: filter.subjectId }} />
        <SelectField name="regionId" label="Regio" placeholder="Alle regio's" options={choices.regions} selectProps={{ defaultValue: filter.regionId }} />
        <TextField name="from" label="Vanaf (datum)" inputProps={{ type: "date", defaultValue: filter.from }} />
        <TextField name="to" label="Tot en met (datum)" inputProps={{ type: "date", defaultValue: filter.to }} />
        <div className="button-row">
          <button type="submit" className="button">
            Zoeken
          </button>
          <Link to="/beheer/audit">Filters wissen</Link>
        </div>
      </Form>
      <TableWrap label="Tabel auditlog">
        <table>
          <caption>
            {total === 1 ? "1 gebeurtenis" : `${total} gebeurtenissen`}
            {pages > 1 ? ` — pagina ${filter.page} van ${pages}` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Wanneer</th>
              <th scope="col">Wie</th>
              <th scope="col">Handeling</th>
              <th scope="col">Gegeven</th>
              <th scope="col">Regio</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.at)}</td>
                <td>
                  {r.actor_name ?? "systeem"}
                  <br />
                  <span className="muted">{r.actor_role}</span>
                </td>
                <td>{r.action}</td>
                <td>
                  {r.subject_type}
                  <br />
                  <span className="muted">{r.subject_id}</span>
                </td>
                <td>{r.region_name ?? "–"}</td>
                <td>{r.details ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {pages > 1 ? (
        <nav aria-label="Pagina's van het auditlog" className="button-row">
          {filter.page > 1 ? <Link to={pageHref(filter.page - 1)}>Vorige pagina</Link> : null}
          {filter.page < pages ? <Link to={pageHref(filter.page + 1)}>Volgende pagina</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
