import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, FieldError, fieldId } from "~/components/forms";
import { TableWrap } from "~/components/table-wrap";
import { statusLabel, typeLabel, type CaseStatus, type CaseType } from "~/domain/case-status";
import { dueBadge, type DueBadge } from "~/domain/working-days";
import { assignWorkItem } from "~/models/assignment.server";
import { absenceOf, INBOX_PAGE_SIZE, inboxFilterFrom, listInbox } from "~/models/inbox.server";
import { leadStageLabel } from "~/content/lead-stages";
import { getRegion } from "~/models/region.server";
import { fmt } from "~/i18n/locale";
import { getLocale } from "~/i18n/locale.server";
import { pick } from "~/i18n/messages";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { wspMessages } from "~/i18n/wsp";
import { absenceSchema, assignSchema, inboxQuerySchema } from "~/schemas/wsp";
import { db } from "~/utils/db.server";
import { notFound, requireRegionStaff } from "~/utils/auth.server";
import { formatDate } from "~/utils/format";
import { parseForm } from "~/utils/forms";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, wspMessages, (t) => t.inbox.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegionStaff(request);
  const region = await getRegion(user.regionId);
  if (!region) notFound();
  const query = inboxQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const now = new Date();
  const locale = await getLocale(request);
  const t = pick(wspMessages, locale);
  const { rows, total } = await listInbox({
    regionId: user.regionId,
    userId: user.id,
    filter: inboxFilterFrom(query),
    sort: query.sort,
    page: query.pagina,
    now,
  });
  return json({
    absence: await absenceOf(user.id),
    region: { name: region.name, wspName: region.wsp_name, serviceNormDays: region.service_norm_days },
    query,
    total,
    pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
    me: user.id,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      typeLabel: r.kind === "lead" ? t.shared.sharedScan : typeLabel(r.type as CaseType, locale),
      statusLabel: r.kind === "lead" ? leadStageLabel(r.status, locale) : statusLabel(r.status as CaseStatus, locale),
      employerId: r.employer_id,
      employerName: r.employer_name,
      dueAt: r.due_at,
      badge: r.first_contact_at ? null : dueBadge(new Date(r.due_at), now, Number(r.closed) === 1),
      assignee: r.assignee_name,
      assignedToMe: r.assigned_to === user.id,
      href: r.kind === "lead" ? `/wsp/werkgevers/${r.employer_id}#scan-${r.id}` : `/wsp/aanvragen/${r.id}`, // i18n-ignore (a link, not text)
    })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRegionStaff(request);
  const formData = await request.formData();
  if (formData.get("intent") === "afwezig") {
    const absence = parseForm(absenceSchema, formData);
    if (!absence.ok) return json({ errors: absence.errors }, { status: 400 });
    await db().updateTable("users").set({ absent_until: absence.data.absentUntil }).where("id", "=", user.id).execute();
    return redirect("/wsp");
  }
  const parsed = parseForm(assignSchema, formData);
  if (!parsed.ok) return json({ errors: parsed.errors }, { status: 400 });
  const ok = await assignWorkItem({ regionId: user.regionId, actor: user, ...parsed.data });
  if (!ok) notFound();
  return redirect(`/wsp${new URL(request.url).search}`);
}

const badgeClass: Record<DueBadge, string> = { "op-tijd": "badge--ok", "bijna-te-laat": "badge--warn", "te-laat": "badge--late" };

export default function Inbox() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useMessages(wspMessages);
  const locale = useLocale();
  const absenceError = actionData?.errors && "absentUntil" in actionData.errors ? actionData.errors.absentUntil : undefined;
  const pageHref = (page: number) => {
    const next = new URLSearchParams(params);
    next.set("pagina", String(page));
    return `/wsp?${next}`;
  };
  return (
    <>
      <h1>{fmt(t.inbox.heading, { name: data.region.wspName })}</h1>
      <p className="lead">{fmt(t.inbox.lead, { region: data.region.name, days: data.region.serviceNormDays })}</p>
      <details className="panel">
        <summary>
          {data.absence.until
            ? fmt(t.inbox.absentUntil, { date: formatDate(`${data.absence.until}T12:00:00Z`, locale) })
            : t.inbox.absentAsk}
        </summary>
        <Form method="post">
          <ErrorSummary
            errors={absenceError ? { absentUntil: absenceError } : {}}
            labels={{ absentUntil: t.inbox.absentLabel }}
          />
          <input type="hidden" name="intent" value="afwezig" />
          <p>
            {data.absence.backup
              ? fmt(t.inbox.backupCovers, { backup: data.absence.backup })
              : t.inbox.noBackup}
          </p>
          <div className="field">
            <label className="field__label" htmlFor={fieldId("absentUntil")}>
              {t.inbox.absentLabel}
            </label>
            {absenceError ? <FieldError id={`${fieldId("absentUntil")}-error`} message={absenceError} /> : null}
            <input
              id={fieldId("absentUntil")}
              name="absentUntil"
              type="date"
              className="field__input field__input--short"
              defaultValue={data.absence.until ?? ""}
              aria-describedby={absenceError ? `${fieldId("absentUntil")}-error` : undefined}
            />
          </div>
          <button type="submit" className="button button--secondary">
            {t.shared.save}
          </button>
        </Form>
      </details>
      <Form method="get" className="filters" aria-label={t.inbox.filtersLabel}>
        <div className="field">
          <label className="field__label" htmlFor="filter">
            {t.inbox.show}
          </label>
          <select id="filter" name="filter" defaultValue={data.query.filter}>
            {Object.entries(t.inbox.filter).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="type">
            {t.inbox.kind}
          </label>
          <select id="type" name="type" defaultValue={data.query.type}>
            <option value="">{t.inbox.allKinds}</option>
            <option value="lead">{t.shared.sharedScan}</option>
            {Object.entries(t.names.filterType).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="sort">
            {t.inbox.sortBy}
          </label>
          <select id="sort" name="sort" defaultValue={data.query.sort}>
            {Object.entries(t.inbox.sort).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <input type="checkbox" id="afgesloten" name="afgesloten" value="ja" defaultChecked={data.query.afgesloten === "ja"} />
          <label htmlFor="afgesloten">{t.inbox.showClosed}</label>
        </div>
        <button type="submit" className="button button--secondary">
          {t.inbox.apply}
        </button>
      </Form>

      <TableWrap label={t.inbox.title}>
        <table>
          <caption>
            {fmt(data.total === 1 ? t.inbox.captionOne : t.inbox.captionMany, { count: data.total, page: data.query.pagina, pages: data.pages })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.inbox.kind}</th>
              <th scope="col">{t.inbox.company}</th>
              <th scope="col">{t.inbox.status}</th>
              <th scope="col">{t.shared.firstContactDue}</th>
              <th scope="col">{t.inbox.assignee}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={`${item.kind}-${item.id}`}>
                <td>
                  <Link to={item.href}>{item.typeLabel}</Link>
                </td>
                <td>
                  <Link to={`/wsp/werkgevers/${item.employerId}`}>{item.employerName}</Link>
                </td>
                <td>{item.statusLabel}</td>
                <td>
                  {formatDate(item.dueAt, locale)}{" "}
                  {item.badge ? <span className={`badge ${badgeClass[item.badge]}`}>{t.shared.badge[item.badge]}</span> : null}
                </td>
                <td>
                  {item.assignee ?? t.inbox.nobody}
                  {!item.assignedToMe ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="toewijzen" />
                      <input type="hidden" name="kind" value={item.kind} />
                      <input type="hidden" name="id" value={item.id} />
                      <input type="hidden" name="userId" value={data.me} />
                      <button type="submit" className="link-button">
                        {t.inbox.assignToMe}
                        <span className="visually-hidden">: {item.employerName}</span>
                      </button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p className="report-actions">
        <a className="button button--secondary" href={`/wsp/export/werkvoorraad.csv?${params}`} download>
          {t.inbox.downloadInbox}
        </a>
        <a className="button button--secondary" href="/wsp/export/acties.csv" download>
          {t.inbox.downloadActions}
        </a>
      </p>
      {data.pages > 1 ? (
        <nav aria-label={t.inbox.pages} className="pagination">
          {data.query.pagina > 1 ? <Link to={pageHref(data.query.pagina - 1)}>{t.inbox.previous}</Link> : null}
          {data.query.pagina < data.pages ? <Link to={pageHref(data.query.pagina + 1)}>{t.inbox.next}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
