import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField, TextField } from "~/components/forms";
import { ColumnHeads } from "~/components/column-heads";
import { TableWrap } from "~/components/table-wrap";
import { endOfAmsterdamDay } from "~/domain/working-days";
import { adminMessages } from "~/i18n/admin";
import { commonMessages } from "~/i18n/common";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { AUDIT_PAGE_SIZE, auditFilterChoices, searchAuditLog } from "~/models/audit-log.server";
import { requireAdmin } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, adminMessages, (t) => t.audit.title);

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

/** A fixed name from the catalogue; a code that has no name yet is shown as it is. */
const nameOf = (names: Record<string, string>, code: string) => names[code] ?? code;

export default function AuditLog() {
  const { filter, rows, total, choices, pages } = useLoaderData<typeof loader>();
  const t = useMessages(adminMessages);
  const a = t.audit;
  const locale = useLocale();
  const actorRoles: Record<string, string> = { ...useMessages(commonMessages).roles, system: a.system };
  const events = total === 1 ? a.eventOne : fmt(a.eventMany, { count: total });
  const pageHref = (page: number) => {
    const params = new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v !== "" && v !== undefined) as [string, string][]);
    return `?${params.toString()}`;
  };
  return (
    <>
      <Link className="back-link" to="/beheer">
        {t.backToAdmin}
      </Link>
      <h1>{a.title}</h1>
      <p className="lead">{a.lead}</p>
      <Form method="get" className="filters">
        <TextField name="actor" label={a.actor} inputProps={{ defaultValue: filter.actor }} />
        <SelectField
          name="action"
          label={a.action}
          placeholder={a.allActions}
          options={choices.actions.map((code) => ({ value: code, label: nameOf(t.names.action, code) }))}
          selectProps={{ defaultValue: filter.action }}
        />
        <SelectField
          name="subjectType"
          label={a.subjectType}
          placeholder={a.allSubjectTypes}
          options={choices.subjectTypes.map((code) => ({ value: code, label: nameOf(t.names.subject, code) }))}
          selectProps={{ defaultValue: filter.subjectType }}
        />
        <TextField name="subjectId" label={a.subjectId} inputProps={{ defaultValue: filter.subjectId }} />
        <SelectField name="regionId" label={a.region} placeholder={a.allRegions} options={choices.regions} selectProps={{ defaultValue: filter.regionId }} />
        <TextField name="from" label={a.from} inputProps={{ type: "date", defaultValue: filter.from }} />
        <TextField name="to" label={a.to} inputProps={{ type: "date", defaultValue: filter.to }} />
        <div className="button-row">
          <button type="submit" className="button">
            {a.search}
          </button>
          <Link to="/beheer/audit">{a.clear}</Link>
        </div>
      </Form>
      <TableWrap label={a.table}>
        <table>
          <caption>{pages > 1 ? fmt(a.pageOf, { events, page: filter.page, pages }) : events}</caption>
          <ColumnHeads columns={a.columns} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.at, locale)}</td>
                <td>
                  {r.actor_name ?? a.system}
                  <br />
                  <span className="muted">{nameOf(actorRoles, r.actor_role)}</span>
                </td>
                <td>{nameOf(t.names.action, r.action)}</td>
                <td>
                  {nameOf(t.names.subject, r.subject_type)}
                  <br />
                  <span className="muted">{r.subject_id}</span>
                </td>
                <td>{r.region_name ?? t.none}</td>
                <td>{r.details ?? t.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {pages > 1 ? (
        <nav aria-label={a.pages} className="button-row">
          {filter.page > 1 ? <Link to={pageHref(filter.page - 1)}>{a.previous}</Link> : null}
          {filter.page < pages ? <Link to={pageHref(filter.page + 1)}>{a.next}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
