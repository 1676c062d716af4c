import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { TableWrap } from "~/components/table-wrap";
import { statusLabel, typeLabel, type CaseStatus, type CaseType } from "~/domain/case-status";
import { dueBadge } from "~/domain/working-days";
import { assignWorkItem } from "~/models/assignment.server";
import { INBOX_PAGE_SIZE, inboxFilterFrom, listInbox } from "~/models/inbox.server";
import { leadStageLabel } from "~/content/lead-stages";
import { getRegion } from "~/models/region.server";
import { absenceSchema, assignSchema, inboxQuerySchema } from "~/schemas/wsp";
import { db } from "~/utils/db.server";
import { notFound, requireRegionStaff } from "~/utils/auth.server";
import { formatDate } from "~/utils/format";
import { parseForm } from "~/utils/forms";

export const meta: MetaFunction = () => [{ title: "Werkvoorraad — Werkgeversportaal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegionStaff(request);
  const region = await getRegion(user.regionId);
  if (!region) notFound();
  const query = inboxQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const now = new Date();
  const { rows, total } = await listInbox({
    regionId: user.regionId,
    userId: user.id,
    filter: inboxFilterFrom(query),
    sort: query.sort,
    page: query.pagina,
    now,
  });
  const me = await db()
    .selectFrom("users as u")
    .leftJoin("users as b", "b.id", "u.backup_user_id")
    .select(["u.absent_until", "b.name as backup_name"])
    .where("u.id", "=", user.id)
    .executeTakeFirst();
  return json({
    absence: { until: me?.absent_until ?? null, backup: me?.backup_name ?? null },
    region: { name: region.name, wspName: region.wsp_name, serviceNormDays: region.service_norm_days },
    query,
    total,
    pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
    me: user.id,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      typeLabel: r.kind === "lead" ? "Toekomstscan gedeeld" : typeLabel(r.type as CaseType),
      statusLabel: r.kind === "lead" ? leadStageLabel(r.status) : statusLabel(r.status as CaseStatus),
      employerId: r.employer_id,
      employerName: r.employer_name,
      dueAt: r.due_at,
      badge: r.first_contact_at ? null : dueBadge(new Date(r.due_at), now, Number(r.closed) === 1),
      assignee: r.assignee_name,
      assignedToMe: r.assigned_to === user.id,
      href: r.kind === "lead" ? `/wsp/werkgevers/${r.employer_id}#scan-${r.id}` : `/wsp/aanvragen/${r.id}`,
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

const badgeClass: Record<string, string> = { "op tijd": "badge--ok", "bijna te laat": "badge--warn", "te laat": "badge--late" };

export default function Inbox() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const pageHref = (page: number) => {
    const next = new URLSearchParams(params);
    next.set("pagina", String(page));
    return `/wsp?${next}`;
  };
  return (
    <>
      <h1>Werkvoorraad {data.region.wspName}</h1>
      <p className="lead">
        Arbeidsmarktregio {data.region.name}. Servicenorm: eerste contact binnen {data.region.serviceNormDays} werkdagen.
      </p>
      <details className="panel">
        <summary>
          {data.absence.until
            ? `U bent afwezig tot en met ${formatDate(`${data.absence.until}T12:00:00Z`)}.`
            : "Afwezig? Geef het hier door."}
        </summary>
        <Form method="post">
          <input type="hidden" name="intent" value="afwezig" />
          <p>
            {data.absence.backup
              ? `${data.absence.backup} vangt dan uw werkgevers op. Zij zien ${data.absence.backup} als contactpersoon.`
              : "U heeft geen vaste vervanger. Vraag uw coördinator om er een."}
          </p>
          <div className="field">
            <label className="field__label" htmlFor="afwezig-tot">
              Afwezig tot en met (leeg = aanwezig)
            </label>
            {actionData?.errors && "absentUntil" in actionData.errors ? (
              <p className="field__error" id="afwezig-tot-error">
                {actionData.errors.absentUntil}
              </p>
            ) : null}
            <input
              id="afwezig-tot"
              name="absentUntil"
              type="date"
              className="field__input field__input--short"
              defaultValue={data.absence.until ?? ""}
              aria-describedby={actionData?.errors && "absentUntil" in actionData.errors ? "afwezig-tot-error" : undefined}
            />
          </div>
          <button type="submit" className="button button--secondary">
            Opslaan
          </button>
        </Form>
      </details>
      <Form method="get" className="filters" aria-label="Werkvoorraad filteren">
        <div className="field">
          <label className="field__label" htmlFor="filter">
            Toon
          </label>
          <select id="filter" name="filter" defaultValue={data.query.filter}>
            <option value="alles">Alles</option>
            <option value="mijn">Mijn werk</option>
            <option value="niet-toegewezen">Niet toegewezen</option>
            <option value="te-laat">Te laat</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="type">
            Soort
          </label>
          <select id="type" name="type" defaultValue={data.query.type}>
            <option value="">Alle soorten</option>
            <option value="lead">Toekomstscan gedeeld</option>
            <option value="gesprek">Gesprek</option>
            <option value="less-risk-polis">Less-Risk-polis en jobcoachvoucher</option>
            <option value="kansenkaart-voucher">Kansenkaart-advies</option>
            <option value="ziekmelding">Ziekmelding</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="sort">
            Sorteren op
          </label>
          <select id="sort" name="sort" defaultValue={data.query.sort}>
            <option value="due">Uiterlijke datum</option>
            <option value="created">Nieuwste eerst</option>
            <option value="company">Bedrijfsnaam</option>
          </select>
        </div>
        <div className="field field--inline">
          <input type="checkbox" id="afgesloten" name="afgesloten" value="ja" defaultChecked={data.query.afgesloten === "ja"} />
          <label htmlFor="afgesloten">Ook afgesloten werk tonen</label>
        </div>
        <button type="submit" className="button button--secondary">
          Toepassen
        </button>
      </Form>

      <TableWrap label="Werkvoorraad">
        <table>
          <caption>
            {data.total} {data.total === 1 ? "item" : "items"} — pagina {data.query.pagina} van {data.pages}
          </caption>
          <thead>
            <tr>
              <th scope="col">Soort</th>
              <th scope="col">Bedrijf</th>
              <th scope="col">Status</th>
              <th scope="col">Eerste contact uiterlijk</th>
              <th scope="col">Toegewezen aan</th>
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
                  {formatDate(item.dueAt)}{" "}
                  {item.badge ? <span className={`badge ${badgeClass[item.badge] ?? ""}`}>{item.badge}</span> : null}
                </td>
                <td>
                  {item.assignee ?? "Niemand"}
                  {!item.assignedToMe ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="toewijzen" />
                      <input type="hidden" name="kind" value={item.kind} />
                      <input type="hidden" name="id" value={item.id} />
                      <input type="hidden" name="userId" value={data.me} />
                      <button type="submit" className="link-button">
                        Aan mij toewijzen<span className="visually-hidden">: {item.employerName}</span>
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
          Werkvoorraad downloaden (CSV)
        </a>
        <a className="button button--secondary" href="/wsp/export/acties.csv" download>
          Acties downloaden (CSV)
        </a>
      </p>
      {data.pages > 1 ? (
        <nav aria-label="Pagina's" className="pagination">
          {data.query.pagina > 1 ? <Link to={pageHref(data.query.pagina - 1)}>Vorige pagina</Link> : null}
          {data.query.pagina < data.pages ? <Link to={pageHref(data.query.pagina + 1)}>Volgende pagina</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
