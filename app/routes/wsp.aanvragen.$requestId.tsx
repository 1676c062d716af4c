import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, RadioGroup, TextArea } from "~/components/forms";
import { nextStatuses, statusLabel, typeLabel, type CaseStatus, type CaseType } from "~/domain/case-status";
import { dueBadge } from "~/domain/working-days";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { getLocale } from "~/i18n/locale.server";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { wspMessages } from "~/i18n/wsp";
import { audit } from "~/models/audit.server";
import { assignWorkItem } from "~/models/assignment.server";
import { listRegionStaff } from "~/models/region.server";
import { changeRequestStatus, requestTimeline } from "~/models/request.server";
import { assignSchema, decisionSchema } from "~/schemas/wsp";
import { notFound, requireRegionStaff } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { parseForm } from "~/utils/forms";
import { detailRows } from "~/content/request-details";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, wspMessages, (t) => t.request.title);

async function regionRequest(request: Request, requestId: string | undefined) {
  const user = await requireRegionStaff(request);
  const row = requestId
    ? await db()
        .selectFrom("requests as r") // i18n-ignore
        .innerJoin("employers as e", "e.id", "r.employer_id") // i18n-ignore
        .selectAll("r")
        .select(["e.name as employer_name", "e.contact_name", "e.phone as employer_phone", "e.email as employer_email"]) // i18n-ignore
        .where("r.id", "=", requestId)
        .where("r.region_id", "=", user.regionId)
        .executeTakeFirst()
    : undefined;
  if (!row) notFound();
  return { user, row };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, row } = await regionRequest(request, params.requestId);
  const type = row.type as CaseType;
  const status = row.status as CaseStatus;
  const locale = await getLocale(request);
  const [timeline, staff] = await Promise.all([requestTimeline(row.id), listRegionStaff(user.regionId)]);
  await audit(db(), { actor: user, action: "view", subjectType: "request", subjectId: row.id, regionId: user.regionId });
  return json({
    request: {
      id: row.id,
      type,
      typeLabel: typeLabel(type, locale),
      status,
      statusLabel: statusLabel(status, locale),
      dueAt: row.due_at,
      badge: row.first_contact_at ? null : dueBadge(new Date(row.due_at), new Date(), false),
      createdAt: row.created_at,
      details: detailRows(type, JSON.parse(row.details_json) as Record<string, string>, locale),
      assignedTo: row.assigned_to,
      reason: row.decision_reason,
    },
    employer: { id: row.employer_id, name: row.employer_name, contact: row.contact_name, phone: row.employer_phone, email: row.employer_email },
    next: nextStatuses(type, status, "wsp").map((s) => ({ value: s, label: statusLabel(s, locale) })),
    staff: staff.map((s) => ({ id: s.id, name: s.name })),
    timeline: timeline.map((e) => ({
      ...e,
      change: e.kind === "created" ? null : { from: statusLabel(e.from_status as CaseStatus, locale), to: statusLabel(e.to_status as CaseStatus, locale) },
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, row } = await regionRequest(request, params.requestId);
  const formData = await request.formData();
  if (formData.get("intent") === "toewijzen") {
    const parsed = parseForm(assignSchema, formData);
    if (!parsed.ok) return json({ errors: parsed.errors }, { status: 400 });
    if (!(await assignWorkItem({ regionId: user.regionId, actor: user, ...parsed.data, kind: "request", id: row.id }))) notFound();
    return redirect(`/wsp/aanvragen/${row.id}`);
  }
  const parsed = parseForm(decisionSchema, formData);
  if (!parsed.ok) return json({ errors: parsed.errors }, { status: 400 });
  const result = await changeRequestStatus({
    request,
    requestId: row.id,
    to: parsed.data.to,
    actor: { id: user.id, role: "wsp" },
    reason: parsed.data.reason,
  });
  if (!result.ok) {
    return json({ errors: { to: err("wsp", "stepNotPossible") } as Record<string, string> }, { status: 400 });
  }
  await audit(db(), {
    actor: user,
    action: "decision",
    subjectType: "request",
    subjectId: row.id,
    regionId: user.regionId,
    details: { from: row.status, to: result.status },
  });
  return redirect(`/wsp/aanvragen/${row.id}`);
}

export default function StaffRequest() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useMessages(wspMessages);
  const r = t.request;
  const locale = useLocale();
  const errors: Record<string, string> = actionData?.errors ?? {};
  const d = data.request.details;
  return (
    <>
      <Link className="back-link" to="/wsp">
        {t.shared.backToInbox}
      </Link>
      <h1>{fmt(r.heading, { type: data.request.typeLabel, employer: data.employer.name })}</h1>
      <dl className="summary">
        <dt>{r.status}</dt>
        <dd>
          <strong>{data.request.statusLabel}</strong>
        </dd>
        <dt>{r.submitted}</dt>
        <dd>{formatDateTime(data.request.createdAt, locale)}</dd>
        <dt>{t.shared.firstContactDue}</dt>
        <dd>
          {formatDate(data.request.dueAt, locale)} {data.request.badge ? <span className="badge">{t.shared.badge[data.request.badge]}</span> : null}
        </dd>
        <dt>{r.employer}</dt>
        <dd>
          <Link to={`/wsp/werkgevers/${data.employer.id}`}>{data.employer.name}</Link> — {data.employer.contact},{" "}
          {data.employer.phone ?? t.shared.noPhone}, {data.employer.email}
        </dd>
        {d.map(([label, value]) => (
          <div key={label} className="summary__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      {data.next.length ? (
        <Form method="post" noValidate>
          <h2>{r.decisionHeading}</h2>
          <ErrorSummary errors={errors} labels={{ to: r.nextStep, reason: r.reason }} />
          <input type="hidden" name="intent" value="besluit" />
          <RadioGroup name="to" legend={r.decisionLegend} error={errors.to} options={data.next} />
          <TextArea name="reason" label={r.reasonLabel} hint={r.reasonHint} error={errors.reason} />
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {r.decide}
          </button>
        </Form>
      ) : (
        <p>{r.closed}</p>
      )}

      <Form method="post">
        <h2>{r.assignHeading}</h2>
        <input type="hidden" name="intent" value="toewijzen" />
        <input type="hidden" name="kind" value="request" />
        <input type="hidden" name="id" value={data.request.id} />
        <div className="field">
          <label className="field__label" htmlFor="toewijzen-aan">
            {r.assignTo}
          </label>
          <select id="toewijzen-aan" name="userId" defaultValue={data.request.assignedTo ?? ""}>
            {data.staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {r.assign}
        </button>
      </Form>

      <h2>{r.history}</h2>
      <ol className="timeline">
        {data.timeline.map((e) => (
          <li key={e.id}>
            <p className="muted">
              {formatDateTime(e.at, locale)} · {e.actor_role === "employer" ? r.actorEmployer : (e.actor_name ?? r.actorStaff)}
            </p>
            <p>{e.change ? fmt(r.change, e.change) : r.created}</p>
            {e.note ? <p>{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
