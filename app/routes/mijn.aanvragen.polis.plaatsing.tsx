import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { ErrorSummary, FieldError, RadioGroup, StepIndicator, TextField, useValidatedForm } from "~/components/forms";
import { checkEligibility, eligibilitySchema } from "~/domain/less-risk-eligibility";
import { createRequest } from "~/models/request.server";
import { contractTypes, placementSchema } from "~/schemas/requests";
import { requireEmployerPage } from "~/utils/employer-page.server";
import { formatCents } from "~/utils/format";
import { parseForm } from "~/utils/forms";
import { newToken } from "~/utils/ids.server";
import { db } from "~/utils/db.server";

export const meta: MetaFunction = () => [{ title: "Less-Risk-polis: de plaatsing — Werkgeversportaal" }];

const labels: Record<string, string> = {
  wantsPolis: "Wat vraagt u aan?",
  candidateInitials: "Voorletters van de kandidaat",
  startDate: "Startdatum",
  role: "Functie",
  contractType: "Soort contract",
  hoursPerWeek: "Uren per week",
  durationMonths: "Duur van het contract",
  guideName: "Naam van de begeleider",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await requireEmployerPage(request);
  const eligibility = eligibilitySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams.entries()));
  // The eligibility step comes first; it is checked again on submit.
  if (!eligibility.success || !checkEligibility(eligibility.data).eligible) throw redirect("/mijn/aanvragen/polis");
  const year = new Date().getUTCFullYear();
  const amounts = await db()
    .selectFrom("region_instruments")
    .select(["instrument_id", "amount_per_grant_cents"])
    .where("region_id", "=", page.employer.regionId)
    .where("year", "=", year)
    .where("instrument_id", "in", ["less-risk-polis", "jobcoach-voucher"])
    .execute();
  const amount = (id: string) => {
    const cents = amounts.find((a) => a.instrument_id === id)?.amount_per_grant_cents;
    return cents ? formatCents(cents) : null;
  };
  const result = checkEligibility(eligibility.data);
  return json({
    contact: page.contact,
    company: page.employer.name,
    eligibility: eligibility.data,
    notes: result.eligible ? result.notes : [],
    submissionKey: newToken(),
    amounts: { polis: amount("less-risk-polis"), voucher: amount("jobcoach-voucher") },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const page = await requireEmployerPage(request);
  const parsed = parseForm(placementSchema, await request.formData());
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const { submissionKey, ...details } = parsed.data;
  if (!checkEligibility(details).eligible) throw redirect("/mijn/aanvragen/polis");
  const created = await createRequest({
    request,
    employerId: page.user.employerId,
    userId: page.user.id,
    type: "less-risk-polis",
    details,
    submissionKey,
  });
  return redirect(`/mijn/aanvragen/${created.id}`);
}

export default function Placement() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const values: Record<string, string> = actionData?.values ?? { wantsPolis: "ja", wantsVoucher: "ja" };
  const { form, onSubmit, errors, submitCount } = useValidatedForm(placementSchema, {
    actionData,
    defaultValues: { ...data.eligibility, ...values, submissionKey: data.submissionKey },
  });
  const back = `/mijn/aanvragen/polis?${new URLSearchParams(data.eligibility)}`;
  return (
    <>
      <Link className="back-link" to={back}>
        Vorige stap
      </Link>
      <StepIndicator number={2} total={2} />
      <h1>De plaatsing</h1>
      <ContactCard contact={data.contact} />
      <div className="panel panel--ok">
        <p>De regeling past bij uw kandidaat. Vul nu de gegevens van de plaatsing in.</p>
        {data.notes.length ? (
          <ul>
            {data.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="muted">
        Wij vragen zo min mogelijk over de kandidaat: alleen de voorletters. Geef geen BSN en geen medische gegevens.
      </p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <input type="hidden" {...form.register("submissionKey")} value={data.submissionKey} />
        {Object.entries(data.eligibility).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <fieldset className={`question${errors.wantsPolis ? " question--error" : ""}`}>
          <legend>{labels.wantsPolis}</legend>
          {errors.wantsPolis ? <FieldError id="veld-wantsPolis-error" message={errors.wantsPolis} /> : null}
          <div className="radios">
            <div className="radio">
              <input type="checkbox" id="veld-wantsPolis" value="ja" defaultChecked={values.wantsPolis === "ja"} {...form.register("wantsPolis")} />
              <label htmlFor="veld-wantsPolis">Less-Risk-polis{data.amounts.polis ? ` (voucher van ${data.amounts.polis})` : ""}</label>
            </div>
            <div className="radio">
              <input type="checkbox" id="veld-wantsVoucher" value="ja" defaultChecked={values.wantsVoucher === "ja"} {...form.register("wantsVoucher")} />
              <label htmlFor="veld-wantsVoucher">Jobcoachvoucher{data.amounts.voucher ? ` (${data.amounts.voucher})` : ""}</label>
            </div>
          </div>
        </fieldset>
        <TextField name="candidateInitials" label={labels.candidateInitials!} hint="Bijvoorbeeld J.K." error={errors.candidateInitials} inputProps={{ ...form.register("candidateInitials"), defaultValue: values.candidateInitials, className: "field__input field__input--short", autoComplete: "off" }} />
        <TextField name="startDate" label={labels.startDate!} hint="Wanneer begint de kandidaat?" error={errors.startDate} inputProps={{ ...form.register("startDate"), defaultValue: values.startDate, type: "date", className: "field__input field__input--short" }} />
        <TextField name="role" label={labels.role!} hint="Bijvoorbeeld: medewerker magazijn" error={errors.role} inputProps={{ ...form.register("role"), defaultValue: values.role }} />
        <RadioGroup name="contractType" legend={labels.contractType} error={errors.contractType} defaultValue={values.contractType} options={Object.entries(contractTypes).map(([value, label]) => ({ value, label }))} inputProps={form.register("contractType")} />
        <TextField name="hoursPerWeek" label={labels.hoursPerWeek!} error={errors.hoursPerWeek} inputProps={{ ...form.register("hoursPerWeek"), defaultValue: values.hoursPerWeek, inputMode: "numeric", className: "field__input field__input--short" }} />
        <TextField name="durationMonths" label={`${labels.durationMonths} (in maanden)`} hint="Bij een vast contract: vul 12 in." error={errors.durationMonths} inputProps={{ ...form.register("durationMonths"), defaultValue: values.durationMonths, inputMode: "numeric", className: "field__input field__input--short" }} />
        <TextField name="guideName" label={`${labels.guideName} in uw bedrijf (niet verplicht)`} error={errors.guideName} inputProps={{ ...form.register("guideName"), defaultValue: values.guideName, autoComplete: "off" }} />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            Aanvraag versturen
          </button>
        </div>
      </Form>
      <p className="muted">Aanvraag voor {data.company}. Alle bedragen zijn een indicatie.</p>
    </>
  );
}
