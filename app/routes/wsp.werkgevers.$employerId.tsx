import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, SelectField, TextArea, TextField } from "~/components/forms";
import { statusLabel, typeLabel, type CaseStatus, type CaseType } from "~/domain/case-status";
import { amsterdamDate } from "~/domain/working-days";
import { audit } from "~/models/audit.server";
import { addFollowUpAction, addNote, employerFile, getRegionEmployer, markActionDone, setLeadStage } from "~/models/employer-file.server";
import { LEAD_STAGES, leadStageLabel } from "~/content/lead-stages";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { sectorName } from "~/i18n/sectors";
import { getLocale } from "~/i18n/locale.server";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { wspMessages } from "~/i18n/wsp";
import { listRegionStaff } from "~/models/region.server";
import { actionDoneSchema, actionSchema, leadStageSchema, noteSchema } from "~/schemas/wsp";
import { notFound, requireRegionStaff } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { parseForm, type FieldErrors } from "~/utils/forms";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, wspMessages, (t) => t.file.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRegionStaff(request);
  const employer = params.employerId ? await getRegionEmployer(params.employerId, user.regionId) : undefined;
  if (!employer) notFound();
  const [file, staff, locale] = await Promise.all([employerFile(employer.id), listRegionStaff(user.regionId), getLocale(request)]);
  await audit(db(), { actor: user, action: "view", subjectType: "employer", subjectId: employer.id, regionId: user.regionId });
  return json({
    employer,
    file: {
      ...file,
      requests: file.requests.map((r) => ({
        ...r,
        typeLabel: typeLabel(r.type as CaseType, locale),
        statusLabel: statusLabel(r.status as CaseStatus, locale),
      })),
    },
    staff: staff.map((s) => ({ value: s.id, label: s.name })),
    me: user.id,
    today: amsterdamDate(new Date()),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRegionStaff(request);
  const employer = params.employerId ? await getRegionEmployer(params.employerId, user.regionId) : undefined;
  if (!employer) notFound();
  const formData = await request.formData();
  const intent = formData.get("intent");
  const back = redirect(`/wsp/werkgevers/${employer.id}`);
  const fail = (errors: FieldErrors, values: Record<string, string> = {}) => json({ intent: String(intent), errors, values }, { status: 400 });
  if (intent === "notitie") {
    const p = parseForm(noteSchema, formData);
    if (!p.ok) return fail(p.errors, p.values);
    await addNote({ employerId: employer.id, regionId: user.regionId, authorId: user.id, ...p.data });
    return back;
  }
  if (intent === "actie") {
    const p = parseForm(actionSchema, formData);
    if (!p.ok) return fail(p.errors, p.values);
    const owner = await db().selectFrom("users").select("id").where("id", "=", p.data.ownerId).where("region_id", "=", user.regionId).executeTakeFirst();
    if (!owner) return fail({ ownerId: err("wsp", "colleagueOwnRegion") });
    await addFollowUpAction({ employerId: employer.id, regionId: user.regionId, ownerId: owner.id, createdBy: user.id, description: p.data.description, dueOn: p.data.dueOn });
    return back;
  }
  if (intent === "actie-gedaan") {
    const p = parseForm(actionDoneSchema, formData);
    if (!p.ok || !(await markActionDone(p.data.actionId, employer.id, user.regionId))) notFound();
    return back;
  }
  if (intent === "fase") {
    const p = parseForm(leadStageSchema, formData);
    if (!p.ok) return fail(p.errors);
    if (!(await setLeadStage(p.data.scanId, employer.id, user.regionId, p.data.stage))) notFound();
    await audit(db(), { actor: user, action: "lead-stage", subjectType: "lead", subjectId: p.data.scanId, regionId: user.regionId, details: { stage: p.data.stage } });
    return back;
  }
  return fail({ form: err("wsp", "notUnderstood") });
}

export default function EmployerFile() {
  const { employer, file, staff, me, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const noteErrors = actionData?.intent === "notitie" ? actionData.errors : {};
  const actionErrors = actionData?.intent === "actie" ? actionData.errors : {};
  const t = useMessages(wspMessages);
  const f = t.file;
  const locale = useLocale();
  const noteKinds = Object.entries(f.noteKind).map(([value, label]) => ({ value, label }));
  return (
    <>
      <Link className="back-link" to="/wsp">
        {t.shared.backToInbox}
      </Link>
      <h1>{employer.name}</h1>
      <dl className="summary">
        <dt>{f.kvk}</dt>
        <dd>{employer.kvk}</dd>
        <dt>{f.sector}</dt>
        <dd>{sectorName(employer.sector_id, employer.sector_name, locale)}</dd>
        <dt>{f.fte}</dt>
        <dd>{employer.fte}</dd>
        <dt>{f.municipality}</dt>
        <dd>{employer.municipality_name ?? f.unknown}</dd>
        <dt>{f.contact}</dt>
        <dd>
          {employer.contact_name} · {employer.phone ?? t.shared.noPhone} · {employer.email}
        </dd>
        <dt>{f.accountManager}</dt>
        <dd>{employer.am_name ?? f.notAssigned}</dd>
      </dl>

      <h2>{f.scansHeading}</h2>
      {file.scans.length === 0 ? <p>{f.noScans}</p> : null}
      {file.scans.map((s) => (
        <section
          key={s.id}
          id={`scan-${s.id}`}
          className="card"
          aria-label={fmt(f.scanOf, { date: s.completed_at ? formatDate(s.completed_at, locale) : "" })}
        >
          <p>
            <Link to={`/rapport/${s.id}`}>{fmt(f.resultOf, { date: s.completed_at ? formatDate(s.completed_at, locale) : f.unknownDate })}</Link> —{" "}
            {fmt(f.totalScore, { score: s.overall_score ?? "–" })}
          </p>
          {s.stage ? (
            <Form method="post" className="inline-stage">
              <input type="hidden" name="intent" value="fase" />
              <input type="hidden" name="scanId" value={s.id} />
              <label htmlFor={`fase-${s.id}`}>{f.followUp}</label>{" "}
              <select id={`fase-${s.id}`} name="stage" defaultValue={s.stage}>
                {LEAD_STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {leadStageLabel(stage, locale)}
                  </option>
                ))}
              </select>{" "}
              <button type="submit" className="button button--secondary">
                {f.saveStage}
                <span className="visually-hidden"> ({leadStageLabel(s.stage, locale)})</span>
              </button>
            </Form>
          ) : null}
        </section>
      ))}

      <h2>{f.requestsHeading}</h2>
      {file.requests.length === 0 ? <p>{f.noRequests}</p> : null}
      <ul>
        {file.requests.map((r) => (
          <li key={r.id}>
            <Link to={`/wsp/aanvragen/${r.id}`}>{r.typeLabel}</Link> —{" "}
            {fmt(f.requestLine, { status: r.statusLabel, date: formatDate(r.created_at, locale) })}
          </li>
        ))}
      </ul>

      <h2>{f.actionsHeading}</h2>
      <ul className="request-list">
        {file.actions.map((a) => (
          <li key={a.id}>
            {a.status === "gedaan" ? "✓ " : ""}
            {fmt(f.actionLine, { description: a.description, owner: a.owner, date: formatDate(`${a.due_on}T12:00:00Z`, locale) })}
            {a.status === "open" ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="actie-gedaan" />
                <input type="hidden" name="actionId" value={a.id} />
                <button type="submit" className="link-button">
                  {f.done}
                  <span className="visually-hidden">: {a.description}</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      <Form method="post" noValidate className="card">
        <h3>{f.newAction}</h3>
        <ErrorSummary errors={actionErrors} labels={{ description: f.actionField, ownerId: f.ownerField, dueOn: f.dueField }} />
        <input type="hidden" name="intent" value="actie" />
        <TextField name="description" label={f.actionLabel} error={actionErrors.description} inputProps={{ defaultValue: actionData?.intent === "actie" ? actionData.values.description : undefined }} />
        <SelectField name="ownerId" label={f.ownerLabel} placeholder={t.shared.chooseColleague} options={staff} error={actionErrors.ownerId} selectProps={{ defaultValue: me }} />
        <TextField name="dueOn" label={f.dueLabel} error={actionErrors.dueOn} inputProps={{ type: "date", defaultValue: today, className: "field__input field__input--short" }} />
        <button type="submit" className="button">
          {f.addAction}
        </button>
      </Form>

      <h2>{f.notesHeading}</h2>
      <Form method="post" noValidate className="card">
        <h3>{f.newNote}</h3>
        <ErrorSummary errors={noteErrors} labels={{ kind: f.kindField, body: f.bodyField, happenedOn: f.dateField }} />
        <input type="hidden" name="intent" value="notitie" />
        <SelectField name="kind" label={f.kindLabel} placeholder={f.choose} options={noteKinds} error={noteErrors.kind} selectProps={{ defaultValue: "telefoon" }} />
        <TextField name="happenedOn" label={f.dateField} error={noteErrors.happenedOn} inputProps={{ type: "date", defaultValue: today, className: "field__input field__input--short" }} />
        <TextArea name="body" label={f.bodyLabel} error={noteErrors.body} />
        <button type="submit" className="button">
          {t.shared.save}
        </button>
      </Form>
      <ol className="timeline">
        {file.notes.map((n) => (
          <li key={n.id}>
            <p className="muted">
              {formatDate(`${n.happened_on}T12:00:00Z`, locale)} · {f.noteKind[n.kind as keyof typeof f.noteKind]} · {n.author}
            </p>
            <p>{n.body}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
