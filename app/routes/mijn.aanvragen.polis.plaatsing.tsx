import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { ErrorSummary, FieldError, RadioGroup, StepIndicator, TextField, useValidatedForm } from "~/components/forms";
import { checkEligibility, eligibilitySchema } from "~/domain/less-risk-eligibility";
import { fmt } from "~/i18n/locale";
import { getLocale } from "~/i18n/locale.server";
import { pick } from "~/i18n/messages";
import { pageTitle } from "~/i18n/meta";
import { requestsMessages } from "~/i18n/requests";
import { useMessages } from "~/i18n/use-messages";
import { createRequest } from "~/models/request.server";
import { CONTRACT_TYPES, placementSchema } from "~/schemas/requests";
import { requireEmployerPage } from "~/utils/employer-page.server";
import { formatCents } from "~/utils/format";
import { parseForm } from "~/utils/forms";
import { newToken } from "~/utils/ids.server";
import { db } from "~/utils/db.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, requestsMessages, (t) => t.names.placementTitle);

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await requireEmployerPage(request);
  const eligibility = eligibilitySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams.entries()));
  // The eligibility step comes first; it is checked again on submit.
  if (!eligibility.success || !checkEligibility(eligibility.data).eligible) throw redirect("/mijn/aanvragen/polis");
  const year = new Date().getUTCFullYear();
  const [amounts, locale] = await Promise.all([
    db()
      .selectFrom("region_instruments")
      .select(["instrument_id", "amount_per_grant_cents"])
      .where("region_id", "=", page.employer.regionId)
      .where("year", "=", year)
      .where("instrument_id", "in", ["less-risk-polis", "jobcoach-voucher"])
      .execute(),
    getLocale(request),
  ]);
  const amount = (id: string) => {
    const cents = amounts.find((a) => a.instrument_id === id)?.amount_per_grant_cents;
    return cents ? formatCents(cents) : null;
  };
  const result = checkEligibility(eligibility.data);
  const notes = pick(requestsMessages, locale).eligibility.notes;
  return json({
    contact: page.contact,
    company: page.employer.name,
    eligibility: eligibility.data,
    notes: result.eligible ? result.notes.map((code) => notes[code]) : [],
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
  const messages = useMessages(requestsMessages);
  const t = messages.placement;
  const labels = t.labels;
  return (
    <>
      <Link className="back-link" to={back}>
        {t.backStep}
      </Link>
      <StepIndicator number={2} total={2} />
      <h1>{t.title}</h1>
      <ContactCard contact={data.contact} />
      <div className="panel panel--ok">
        <p>{t.fits}</p>
        {data.notes.length ? (
          <ul>
            {data.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="muted">{t.privacy}</p>
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
              <label htmlFor="veld-wantsPolis">
                {data.amounts.polis ? fmt(t.polisWithAmount, { amount: data.amounts.polis }) : messages.details.polis}
              </label>
            </div>
            <div className="radio">
              <input type="checkbox" id="veld-wantsVoucher" value="ja" defaultChecked={values.wantsVoucher === "ja"} {...form.register("wantsVoucher")} />
              <label htmlFor="veld-wantsVoucher">
                {data.amounts.voucher ? fmt(t.voucherWithAmount, { amount: data.amounts.voucher }) : messages.details.voucher}
              </label>
            </div>
          </div>
        </fieldset>
        <TextField name="candidateInitials" label={labels.candidateInitials} hint={t.initialsHint} error={errors.candidateInitials} inputProps={{ ...form.register("candidateInitials"), defaultValue: values.candidateInitials, className: "field__input field__input--short", autoComplete: "off" }} />
        <TextField name="startDate" label={labels.startDate} hint={t.startDateHint} error={errors.startDate} inputProps={{ ...form.register("startDate"), defaultValue: values.startDate, type: "date", className: "field__input field__input--short" }} />
        <TextField name="role" label={labels.role} hint={t.roleHint} error={errors.role} inputProps={{ ...form.register("role"), defaultValue: values.role }} />
        <RadioGroup name="contractType" legend={labels.contractType} error={errors.contractType} defaultValue={values.contractType} options={CONTRACT_TYPES.map((value) => ({ value, label: messages.contractTypes[value] }))} inputProps={form.register("contractType")} />
        <TextField name="hoursPerWeek" label={labels.hoursPerWeek} error={errors.hoursPerWeek} inputProps={{ ...form.register("hoursPerWeek"), defaultValue: values.hoursPerWeek, inputMode: "numeric", className: "field__input field__input--short" }} />
        <TextField name="durationMonths" label={t.durationLabel} hint={t.durationHint} error={errors.durationMonths} inputProps={{ ...form.register("durationMonths"), defaultValue: values.durationMonths, inputMode: "numeric", className: "field__input field__input--short" }} />
        <TextField name="guideName" label={t.guideLabel} error={errors.guideName} inputProps={{ ...form.register("guideName"), defaultValue: values.guideName, autoComplete: "off" }} />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t.submit}
          </button>
        </div>
      </Form>
      <p className="muted">{fmt(t.footer, { company: data.company })}</p>
    </>
  );
}
