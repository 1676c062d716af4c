import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, RadioGroup, TextArea } from "~/components/forms";
import { nextStatuses, statusLabel, typeLabel, type CaseStatus, type CaseType } from "~/domain/case-status";
import { dueBadge } from "~/domain/working-days";
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

export const meta: MetaFunction = () => [{ title: "Aanvraag — Werkvoorraad" }];

async function regionRequest(request: Request, requestId: string | undefined) {
  const user = await requireRegionStaff(request);
  const row = requestId
    ? await db()
        .selectFrom("requests as r")
        .innerJoin("employers as e", "e.id", "r.employer_id")
        .selectAll("r")
        .select(["e.name as employer_name", "e.contact_name", "e.phone as employer_phone", "e.email as employer_email"])
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
  const [timeline, staff] = await Promise.all([requestTimeline(row.id), listRegionStaff(user.regionId)]);
  await audit(db(), { actor: user, action: "view", subjectType: "request", subjectId: row.id, regionId: user.regionId });
  return json({
    request: {
      id: row.id,
      type,
      typeLabel: typeLabel(type),
      status,
      statusLabel: statusLabel(status),
      dueAt: row.due_at,
      badge: row.first_contact_at ? null : dueBadge(new Date(row.due_at), new Date(), false),
      createdAt: row.created_at,
      details: detailRows(type, JSON.parse(row.details_json) as Record<string, string>),
      assignedTo: row.assigned_to,
      reason: row.decision_reason,
    },
    employer: { id: row.employer_id, name: row.employer_name, contact: row.contact_name, phone: row.employer_phone, email: row.employer_email },
    next: nextStatuses(type, status, "wsp").map((s) => ({ value: s, label: statusLabel(s) })),
    staff: staff.map((s) => ({ id: s.id, name: s.name })),
    timeline,
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
    return json({ errors: { to: "Deze stap kan nu niet. Kies een van de mogelijke stappen." } as Record<string, string> }, { status: 400 });
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
  const errors: Record<string, string> = actionData?.errors ?? {};
  const d = data.request.details;
  return (
    <>
      <Link className="back-link" to="/wsp">
        Terug naar de werkvoorraad
      </Link>
      <h1>
        {data.request.typeLabel}: {data.employer.name}
      </h1>
      <dl className="summary">
        <dt>Status</dt>
        <dd>
          <strong>{data.request.statusLabel}</strong>
        </dd>
        <dt>Ingediend</dt>
        <dd>{formatDateTime(data.request.createdAt)}</dd>
        <dt>Eerste contact uiterlijk</dt>
        <dd>
          {formatDate(data.request.dueAt)} {data.request.badge ? <span className="badge">{data.request.badge}</span> : null}
        </dd>
        <dt>Werkgever</dt>
        <dd>
          <Link to={`/wsp/werkgevers/${data.employer.id}`}>{data.employer.name}</Link> — {data.employer.contact},{" "}
          {data.employer.phone ?? "geen telefoon"}, {data.employer.email}
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
          <h2>Besluit of volgende stap</h2>
          <ErrorSummary errors={errors} labels={{ to: "Volgende stap", reason: "Reden" }} />
          <input type="hidden" name="intent" value="besluit" />
          <RadioGroup name="to" legend="Wat gebeurt er met de aanvraag?" error={errors.to} options={data.next} />
          <TextArea
            name="reason"
            label="Reden of toelichting voor de werkgever"
            hint="Verplicht bij afwijzen en wachtlijst. Schrijf in gewone taal: de werkgever leest dit."
            error={errors.reason}
          />
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            Opslaan en werkgever mailen
          </button>
        </Form>
      ) : (
        <p>Deze aanvraag is afgesloten.</p>
      )}

      <Form method="post">
        <h2>Toewijzen</h2>
        <input type="hidden" name="intent" value="toewijzen" />
        <input type="hidden" name="kind" value="request" />
        <input type="hidden" name="id" value={data.request.id} />
        <div className="field">
          <label className="field__label" htmlFor="toewijzen-aan">
            Toewijzen aan
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
          Toewijzen
        </button>
      </Form>

      <h2>Geschiedenis</h2>
      <ol className="timeline">
        {data.timeline.map((e) => (
          <li key={e.id}>
            <p className="muted">
              {formatDateTime(e.at)} · {e.actor_role === "employer" ? "Werkgever" : (e.actor_name ?? "WSP")}
            </p>
            <p>
              {e.kind === "created"
                ? "Aanvraag ingediend"
                : `${statusLabel(e.from_status as CaseStatus)} → ${statusLabel(e.to_status as CaseStatus)}`}
            </p>
            {e.note ? <p>{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
