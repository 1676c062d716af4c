import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, RadioGroup, SelectField, TextArea, TextField, useValidatedForm } from "~/components/forms";
import { centsToEuroInput } from "~/domain/dashboard";
import { getInstrument, saveInstrument } from "~/models/instrument.server";
import { instrumentKinds, instrumentSchema } from "~/schemas/admin";
import { notFound, requireAdmin } from "~/utils/auth.server";
import { formDataToObject, parseForm } from "~/utils/forms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.instrument ? data.instrument.name : "Nieuwe regeling"} — Beheer — Werkgeversportaal` },
];

const labels = {
  name: "Naam",
  description: "Wat is het?",
  conditions: "Voor wie?",
  provider: "Aanbieder",
  kind: "Soort regeling",
  amount: "Standaardbedrag",
  requestable: "Aan te vragen via het portaal",
};

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
    return json({ errors: { name: "Er is al een regeling met deze naam. Kies een andere naam." }, values: formDataToObject(formData) }, { status: 400 });
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
  return (
    <>
      <Link className="back-link" to="/beheer/instrumenten">
        Terug naar regelingen
      </Link>
      <h1>{instrument ? `Regeling ${instrument.name} wijzigen` : "Nieuwe regeling"}</h1>
      <p>Schrijf in eenvoudige taal (B1). Leg een moeilijk woord uit als u het voor het eerst gebruikt.</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <TextField name="name" label={labels.name} error={errors.name} inputProps={{ ...form.register("name"), defaultValue: values.name }} />
        <TextArea
          name="description"
          label={labels.description}
          hint="1 tot 3 zinnen: wat krijgt de werkgever?"
          error={errors.description}
          textareaProps={{ ...form.register("description"), defaultValue: values.description }}
        />
        <TextArea
          name="conditions"
          label={labels.conditions}
          hint="Voor welke medewerkers en werkgevers is het, en voor wie niet?"
          error={errors.conditions}
          textareaProps={{ ...form.register("conditions"), defaultValue: values.conditions }}
        />
        <TextField
          name="provider"
          label={labels.provider}
          hint="Bijvoorbeeld Werkgeversservicepunt, UWV of gemeente."
          error={errors.provider}
          inputProps={{ ...form.register("provider"), defaultValue: values.provider }}
        />
        <SelectField
          name="kind"
          label={labels.kind}
          placeholder="Kies het soort regeling"
          options={Object.entries(instrumentKinds).map(([value, label]) => ({ value, label }))}
          error={errors.kind}
          selectProps={{ ...form.register("kind"), defaultValue: values.kind }}
        />
        <TextField
          name="amount"
          label="Standaardbedrag in euro (niet verplicht)"
          hint="Bijvoorbeeld 500 of 1.250,50. Laat leeg als er geen vast bedrag is. Per regio kunt u een ander bedrag instellen."
          error={errors.amount}
          inputProps={{ ...form.register("amount"), inputMode: "decimal", className: "field__input field__input--short", defaultValue: values.amount }}
        />
        <RadioGroup
          name="requestable"
          legend="Kunnen werkgevers deze regeling via het portaal bij het WSP aanvragen?"
          hint="Alleen regelingen die u via het portaal kunt aanvragen hebben een budget per regio."
          error={errors.requestable}
          defaultValue={values.requestable}
          options={[
            { value: "ja", label: "Ja" },
            { value: "nee", label: "Nee, dat gaat ergens anders" },
          ]}
          inputProps={form.register("requestable")}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {instrument ? "Wijzigingen opslaan" : "Regeling toevoegen"}
          </button>
        </div>
      </Form>
    </>
  );
}
