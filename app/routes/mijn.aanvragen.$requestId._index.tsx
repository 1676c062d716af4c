import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { canTransition, isClosed, statusLabel, typeLabel, type CaseStatus, type CaseType } from "~/domain/case-status";
import { changeRequestStatus, getEmployerRequest, requestTimeline } from "~/models/request.server";
import { detailRows } from "~/content/request-details";
import { err } from "~/i18n/errors";
import { getLocale } from "~/i18n/locale.server";
import { pick } from "~/i18n/messages";
import { pageTitle } from "~/i18n/meta";
import { requestsMessages } from "~/i18n/requests";
import { useErrorText, useLocale, useMessages } from "~/i18n/use-messages";
import { withdrawSchema } from "~/schemas/requests";
import { notFound } from "~/utils/auth.server";
import { requireEmployerPage } from "~/utils/employer-page.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { parseForm } from "~/utils/forms";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, requestsMessages, (t) => t.detail.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await requireEmployerPage(request);
  const row = params.requestId ? await getEmployerRequest(params.requestId, page.user.employerId) : undefined;
  if (!row) notFound();
  const type = row.type as CaseType;
  const status = row.status as CaseStatus;
  const [timeline, locale] = await Promise.all([requestTimeline(row.id), getLocale(request)]);
  const t = pick(requestsMessages, locale);
  return json({
    contact: page.contact,
    request: {
      id: row.id,
      type,
      typeLabel: typeLabel(type, locale),
      status,
      statusLabel: statusLabel(status, locale),
      dueAt: row.due_at,
      createdAt: row.created_at,
      closedAt: row.closed_at,
      reason: row.decision_reason,
      details: detailRows(type, JSON.parse(row.details_json) as Record<string, string>, locale),
      canWithdraw: canTransition(type, status, "ingetrokken", "employer"),
      canReportSickness: type === "less-risk-polis" && status === "actief",
      waiting: !isClosed(status) && !row.first_contact_at,
    },
    timeline: timeline.map((e) => ({
      id: e.id,
      at: e.at,
      text:
        e.kind === "created"
          ? t.detail.created
          : e.kind === "status"
            ? `${statusLabel(e.from_status as CaseStatus, locale)} → ${statusLabel(e.to_status as CaseStatus, locale)}`
            : t.detail.note,
      who: e.actor_role === "employer" ? t.detail.you : (e.actor_name ?? t.names.wsp),
      note: e.note,
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const page = await requireEmployerPage(request);
  const row = params.requestId ? await getEmployerRequest(params.requestId, page.user.employerId) : undefined;
  if (!row) notFound();
  const parsed = parseForm(withdrawSchema, await request.formData());
  if (!parsed.ok) return json({ error: err("requests", "badRequest") }, { status: 400 });
  const result = await changeRequestStatus({
    request,
    requestId: row.id,
    to: "ingetrokken",
    actor: { id: page.user.id, role: "employer" },
  });
  if (!result.ok) return json({ error: err("requests", "cannotWithdraw") }, { status: 400 });
  return redirect(`/mijn/aanvragen/${row.id}`);
}

export default function RequestDetail() {
  const { contact, request, timeline } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const messages = useMessages(requestsMessages);
  const t = messages.detail;
  const locale = useLocale();
  const errorText = useErrorText();
  return (
    <>
      <Link className="back-link" to="/mijn">
        {messages.backToOverview}
      </Link>
      <h1>{request.typeLabel}</h1>
      <ContactCard contact={contact} />
      <dl className="summary">
        <dt>{t.status}</dt>
        <dd>
          <strong>{request.statusLabel}</strong>
        </dd>
        <dt>{t.submittedOn}</dt>
        <dd>{formatDateTime(request.createdAt, locale)}</dd>
        {request.waiting ? (
          <>
            <dt>{t.dueBy}</dt>
            <dd>{formatDate(request.dueAt, locale)}</dd>
          </>
        ) : null}
        {request.reason ? (
          <>
            <dt>{t.reason}</dt>
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
            {t.reportSickness}
          </Link>
        </p>
      ) : null}

      <h2>{t.timelineTitle}</h2>
      <ol className="timeline">
        {timeline.map((e) => (
          <li key={e.id}>
            <p className="muted">
              {formatDateTime(e.at, locale)} · {e.who}
            </p>
            <p>{e.text}</p>
            {e.note ? <p>{e.note}</p> : null}
          </li>
        ))}
      </ol>

      {request.canWithdraw ? (
        <Form method="post">
          <h2>{t.withdrawTitle}</h2>
          <p>{t.withdrawText}</p>
          {actionData?.error ? (
            <p className="field__error" role="alert">
              {errorText(actionData.error)}
            </p>
          ) : null}
          <button type="submit" name="intent" value="intrekken" className="button button--secondary" disabled={navigation.state === "submitting"}>
            {t.withdrawButton}
          </button>
        </Form>
      ) : null}
    </>
  );
}
