import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, SelectField, TextArea, TextField } from "~/components/forms";
import { statusLabel, typeLabel, type CaseStatus, type CaseType } from "~/domain/case-status";
import { amsterdamDate } from "~/domain/working-days";
import { audit } from "~/models/audit.server";
import { addFollowUpAction, addNote, employerFile, getRegionEmployer, markActionDone, setLeadStage } from "~/models/employer-file.server";
import { leadStageLabel, leadStages } from "~/content/lead-stages";
import { listRegionStaff } from "~/models/region.server";
import { actionDoneSchema, actionSchema, leadStageSchema, noteSchema } from "~/schemas/wsp";
import { notFound, requireRegionStaff } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { parseForm, type FieldErrors } from "~/utils/forms";

export const meta: MetaFunction = () => [{ title: "Werkgeversdossier — Werkvoorraad" }];

const noteKinds = [
  { value: "telefoon", label: "Telefoongesprek" },
  { value: "bezoek", label: "Bezoek" },
  { value: "e-mail", label: "E-mail" },
  { value: "notitie", label: "Notitie" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRegionStaff(request);
  const employer = params.employerId ? await getRegionEmployer(params.employerId, user.regionId) : undefined;
  if (!employer) notFound();
  const [file, staff] = await Promise.all([employerFile(employer.id), listRegionStaff(user.regionId)]);
  await audit(db(), { actor: user, action: "view", subjectType: "employer", subjectId: employer.id, regionId: user.regionId });
  return json({
    employer,
    file: {
      ...file,
      requests: file.requests.map((r) => ({ ...r, typeLabel: typeLabel(r.type as CaseType), statusLabel: statusLabel(r.status as CaseStatus) })),
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
    if (!owner) return fail({ ownerId: "Kies een collega uit uw eigen regio." });
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
  return fail({ form: "Dit verzoek begrepen wij niet." });
}

export default function EmployerFile() {
  const { employer, file, staff, me, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const noteErrors = actionData?.intent === "notitie" ? actionData.errors : {};
  const actionErrors = actionData?.intent === "actie" ? actionData.errors : {};
  return (
    <>
      <Link className="back-link" to="/wsp">
        Terug naar de werkvoorraad
      </Link>
      <h1>{employer.name}</h1>
      <dl className="summary">
        <dt>KvK-nummer</dt>
        <dd>{employer.kvk}</dd>
        <dt>Branche</dt>
        <dd>{employer.sector_name}</dd>
        <dt>Fte</dt>
        <dd>{employer.fte}</dd>
        <dt>Gemeente</dt>
        <dd>{employer.municipality_name ?? "Onbekend"}</dd>
        <dt>Contactpersoon</dt>
        <dd>
          {employer.contact_name} · {employer.phone ?? "geen telefoon"} · {employer.email}
        </dd>
        <dt>Accountmanager</dt>
        <dd>{employer.am_name ?? "Nog niet toegewezen"}</dd>
      </dl>

      <h2>Gedeelde Toekomstscans</h2>
      {file.scans.length === 0 ? <p>Deze werkgever heeft (nog) geen uitslag met u gedeeld.</p> : null}
      {file.scans.map((s) => (
        <section key={s.id} id={`scan-${s.id}`} className="card" aria-label={`Scan van ${s.completed_at ? formatDate(s.completed_at) : ""}`}>
          <p>
            <Link to={`/rapport/${s.id}`}>Uitslag van {s.completed_at ? formatDate(s.completed_at) : "onbekende datum"}</Link> — totaalscore{" "}
            {s.overall_score ?? "–"}
          </p>
          {s.stage ? (
            <Form method="post" className="inline-stage">
              <input type="hidden" name="intent" value="fase" />
              <input type="hidden" name="scanId" value={s.id} />
              <label htmlFor={`fase-${s.id}`}>Opvolging</label>{" "}
              <select id={`fase-${s.id}`} name="stage" defaultValue={s.stage}>
                {leadStages.map((st) => (
                  <option key={st.id} value={st.id}>
                    {st.label}
                  </option>
                ))}
              </select>{" "}
              <button type="submit" className="button button--secondary">
                Fase opslaan<span className="visually-hidden"> ({leadStageLabel(s.stage)})</span>
              </button>
            </Form>
          ) : null}
        </section>
      ))}

      <h2>Aanvragen</h2>
      {file.requests.length === 0 ? <p>Geen aanvragen.</p> : null}
      <ul>
        {file.requests.map((r) => (
          <li key={r.id}>
            <Link to={`/wsp/aanvragen/${r.id}`}>{r.typeLabel}</Link> — {r.statusLabel} (ingediend {formatDate(r.created_at)})
          </li>
        ))}
      </ul>

      <h2>Afspraken en acties</h2>
      <ul className="request-list">
        {file.actions.map((a) => (
          <li key={a.id}>
            {a.status === "gedaan" ? "✓ " : ""}
            {a.description} — {a.owner}, uiterlijk {formatDate(`${a.due_on}T12:00:00Z`)}
            {a.status === "open" ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="actie-gedaan" />
                <input type="hidden" name="actionId" value={a.id} />
                <button type="submit" className="link-button">
                  Gedaan<span className="visually-hidden">: {a.description}</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      <Form method="post" noValidate className="card">
        <h3>Nieuwe actie</h3>
        <ErrorSummary errors={actionErrors} labels={{ description: "Actie", ownerId: "Wie", dueOn: "Uiterlijk" }} />
        <input type="hidden" name="intent" value="actie" />
        <TextField name="description" label="Wat is er beloofd?" error={actionErrors.description} inputProps={{ defaultValue: actionData?.intent === "actie" ? actionData.values.description : undefined }} />
        <SelectField name="ownerId" label="Wie doet het?" placeholder="Kies een collega" options={staff} error={actionErrors.ownerId} selectProps={{ defaultValue: me }} />
        <TextField name="dueOn" label="Uiterlijk op" error={actionErrors.dueOn} inputProps={{ type: "date", defaultValue: today, className: "field__input field__input--short" }} />
        <button type="submit" className="button">
          Actie toevoegen
        </button>
      </Form>

      <h2>Contactmomenten en notities</h2>
      <Form method="post" noValidate className="card">
        <h3>Contactmoment vastleggen</h3>
        <ErrorSummary errors={noteErrors} labels={{ kind: "Soort", body: "Verslag", happenedOn: "Datum" }} />
        <input type="hidden" name="intent" value="notitie" />
        <SelectField name="kind" label="Soort contact" placeholder="Kies" options={noteKinds} error={noteErrors.kind} selectProps={{ defaultValue: "telefoon" }} />
        <TextField name="happenedOn" label="Datum" error={noteErrors.happenedOn} inputProps={{ type: "date", defaultValue: today, className: "field__input field__input--short" }} />
        <TextArea name="body" label="Wat is er besproken?" error={noteErrors.body} />
        <button type="submit" className="button">
          Opslaan
        </button>
      </Form>
      <ol className="timeline">
        {file.notes.map((n) => (
          <li key={n.id}>
            <p className="muted">
              {formatDate(`${n.happened_on}T12:00:00Z`)} · {noteKinds.find((k) => k.value === n.kind)?.label} · {n.author}
            </p>
            <p>{n.body}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
