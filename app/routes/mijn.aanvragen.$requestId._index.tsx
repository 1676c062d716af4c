import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { canTransition, isClosed, statusLabel, typeLabel, type CaseStatus, type CaseType } from "~/domain/case-status";
import { changeRequestStatus, getEmployerRequest, requestTimeline } from "~/models/request.server";
import { detailRows } from "~/content/request-details";
import { withdrawSchema } from "~/schemas/requests";
import { notFound } from "~/utils/auth.server";
import { requireEmployerPage } from "~/utils/employer-page.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { parseForm } from "~/utils/forms";

export const meta: MetaFunction = () => [{ title: "Uw aanvraag — Werkgeversportaal" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await requireEmployerPage(request);
  const row = params.requestId ? await getEmployerRequest(params.requestId, page.user.employerId) : undefined;
  if (!row) notFound();
  const type = row.type as CaseType;
  const status = row.status as CaseStatus;
  const timeline = await requestTimeline(row.id);
  return json({
    contact: page.contact,
    request: {
      id: row.id,
      type,
      typeLabel: typeLabel(type),
      status,
      statusLabel: statusLabel(status),
      dueAt: row.due_at,
      createdAt: row.created_at,
      closedAt: row.closed_at,
      reason: row.decision_reason,
      details: detailRows(type, JSON.parse(row.details_json) as Record<string, string>),
      canWithdraw: canTransition(type, status, "ingetrokken", "employer"),
      canReportSickness: type === "less-risk-polis" && status === "actief",
      waiting: !isClosed(status) && !row.first_contact_at,
    },
    timeline: timeline.map((e) => ({
      id: e.id,
      at: e.at,
      text:
        e.kind === "created"
          ? "U heeft de aanvraag ingediend."
          : e.kind === "status"
            ? `${statusLabel(e.from_status as CaseStatus)} → ${statusLabel(e.to_status as CaseStatus)}`
            : "Notitie",
      who: e.actor_role === "employer" ? "U" : (e.actor_name ?? "Werkgeversservicepunt"),
      note: e.note,
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const page = await requireEmployerPage(request);
  const row = params.requestId ? await getEmployerRequest(params.requestId, page.user.employerId) : undefined;
  if (!row) notFound();
  const parsed = parseForm(withdrawSchema, await request.formData());
  if (!parsed.ok) return json({ error: "Dit verzoek begrepen wij niet." }, { status: 400 });
  const result = await changeRequestStatus({
    request,
    requestId: row.id,
    to: "ingetrokken",
    actor: { id: page.user.id, role: "employer" },
  });
  if (!result.ok) return json({ error: "Deze aanvraag kunt u niet meer intrekken." }, { status: 400 });
  return redirect(`/mijn/aanvragen/${row.id}`);
}

export default function RequestDetail() {
  const { contact, request, timeline } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <>
      <Link className="back-link" to="/mijn">
        Terug naar mijn overzicht
      </Link>
      <h1>{request.typeLabel}</h1>
      <ContactCard contact={contact} />
      <dl className="summary">
        <dt>Status</dt>
        <dd>
          <strong>{request.statusLabel}</strong>
        </dd>
        <dt>Ingediend op</dt>
        <dd>{formatDateTime(request.createdAt)}</dd>
        {request.waiting ? (
          <>
            <dt>U hoort van ons uiterlijk</dt>
            <dd>{formatDate(request.dueAt)}</dd>
          </>
        ) : null}
        {request.reason ? (
          <>
            <dt>Toelichting</dt>
            <dd>{request.reason}</dd>
          </>
        ) : null}
        {request.details.map(([label, value]) => (
          <div key={label} className="summary__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      {request.canReportSickness ? (
        <p>
          <Link className="button" to={`/mijn/aanvragen/${request.id}/ziekmelding`}>
            Ziekmelding doorgeven
          </Link>
        </p>
      ) : null}

      <h2>Wat is er gebeurd?</h2>
      <ol className="timeline">
        {timeline.map((e) => (
          <li key={e.id}>
            <p className="muted">
              {formatDateTime(e.at)} · {e.who}
            </p>
            <p>{e.text}</p>
            {e.note ? <p>{e.note}</p> : null}
          </li>
        ))}
      </ol>

      {request.canWithdraw ? (
        <Form method="post">
          <h2>Aanvraag intrekken</h2>
          <p>Heeft u de aanvraag niet meer nodig? Dan kunt u hem intrekken.</p>
          {actionData?.error ? (
            <p className="field__error" role="alert">
              {actionData.error}
            </p>
          ) : null}
          <button type="submit" name="intent" value="intrekken" className="button button--secondary" disabled={navigation.state === "submitting"}>
            Aanvraag intrekken
          </button>
        </Form>
      ) : null}
    </>
  );
}
