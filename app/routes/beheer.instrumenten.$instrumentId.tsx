import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, RadioGroup, SelectField, TextArea, TextField, useValidatedForm } from "~/components/forms";
import { centsToEuroInput } from "~/domain/dashboard";
import { adminMessages } from "~/i18n/admin";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useMessages } from "~/i18n/use-messages";
import { getInstrument, saveInstrument } from "~/models/instrument.server";
import { instrumentKinds, instrumentSchema } from "~/schemas/admin";
import { notFound, requireAdmin } from "~/utils/auth.server";
import { formDataToObject, parseForm } from "~/utils/forms";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, adminMessages, (t) => data?.instrument?.name ?? t.instrument.newTitle);

/** "nieuw" creates an instrument; any other id edits that one. */
async function target(request: Request, instrumentId: string | undefined) {
  const user = await requireAdmin(request);
  if (instrumentId === "nieuw") return { user, instrument: null };
  const instrument = await getInstrument(instrumentId ?? "");
  if (!instrument) notFound();
  return { user, instrument };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { instrument } = await target(request, params.instrumentId);
  return json({ instrument });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, instrument } = await target(request, params.instrumentId);
  const formData = await request.formData();
  const parsed = parseForm(instrumentSchema, formData);
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const { amount, requestable, ...rest } = parsed.data;
  const result = await saveInstrument(instrument?.id, { ...rest, amountCents: amount, requestable: requestable === "ja" }, user);
  if (!result.ok && result.reason === "not-found") notFound();
  if (!result.ok) {
    return json({ errors: { name: err("admin", "instrumentNameTaken") }, values: formDataToObject(formData) }, { status: 400 });
  }
  return redirect(`/beheer/instrumenten?${new URLSearchParams({ opgeslagen: result.id })}`);
}

export default function InstrumentEdit() {
  const { instrument } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const values: Record<string, string> = actionData?.values ?? {
    name: instrument?.name ?? "",
    description: instrument?.description ?? "",
    conditions: instrument?.conditions ?? "",
    provider: instrument?.provider ?? "",
    kind: instrument?.kind ?? "",
    amount: instrument?.amount_cents == null ? "" : centsToEuroInput(instrument.amount_cents),
    requestable: instrument ? (instrument.requestable ? "ja" : "nee") : "",
  };
  const { form, onSubmit, errors, submitCount } = useValidatedForm(instrumentSchema, { actionData, defaultValues: values });
  const all = useMessages(adminMessages);
  const t = all.instrument;
  const labels = t.labels;
  return (
    <>
      <Link className="back-link" to="/beheer/instrumenten">
        {t.backToInstruments}
      </Link>
      <h1>{instrument ? fmt(t.editTitle, { name: instrument.name }) : t.newTitle}</h1>
      <p>{t.writePlainly}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <TextField name="name" label={labels.name} error={errors.name} inputProps={{ ...form.register("name"), defaultValue: values.name }} />
        <TextArea
          name="description"
          label={labels.description}
          hint={t.descriptionHint}
          error={errors.description}
          textareaProps={{ ...form.register("description"), defaultValue: values.description }}
        />
        <TextArea
          name="conditions"
          label={labels.conditions}
          hint={t.conditionsHint}
          error={errors.conditions}
          textareaProps={{ ...form.register("conditions"), defaultValue: values.conditions }}
        />
        <TextField
          name="provider"
          label={labels.provider}
          hint={t.providerHint}
          error={errors.provider}
          inputProps={{ ...form.register("provider"), defaultValue: values.provider }}
        />
        <SelectField
          name="kind"
          label={labels.kind}
          placeholder={t.kindPlaceholder}
          options={instrumentKinds.map((kind) => ({ value: kind, label: all.names.kind[kind] }))}
          error={errors.kind}
          selectProps={{ ...form.register("kind"), defaultValue: values.kind }}
        />
        <TextField
          name="amount"
          label={t.amountLabel}
          hint={t.amountHint}
          error={errors.amount}
          inputProps={{ ...form.register("amount"), inputMode: "decimal", className: "field__input field__input--short", defaultValue: values.amount }}
        />
        <RadioGroup
          name="requestable"
          legend={t.requestableLegend}
          hint={t.requestableHint}
          error={errors.requestable}
          defaultValue={values.requestable}
          options={[
            { value: "ja", label: all.yes },
            { value: "nee", label: t.requestableNo },
          ]}
          inputProps={form.register("requestable")}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {instrument ? t.saveChanges : t.create}
          </button>
        </div>
      </Form>
    </>
  );
}
