import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { ErrorSummary, RadioGroup, StepIndicator, useValidatedForm } from "~/components/forms";
import { checkEligibility, eligibilitySchema } from "~/domain/less-risk-eligibility";
import { requireEmployerPage } from "~/utils/employer-page.server";
import { formDataToObject, parseForm } from "~/utils/forms";
import { db } from "~/utils/db.server";

export const meta: MetaFunction = () => [{ title: "Less-Risk-polis: past het? — Werkgeversportaal" }];

const questions = {
  situation: {
    legend: "Wat is de situatie van de kandidaat nu?",
    options: [
      { value: "ww", label: "Heeft een WW-uitkering" },
      { value: "bijstand", label: "Heeft bijstand (Participatiewet)" },
      { value: "statushouder", label: "Is statushouder" },
      { value: "anders", label: "Anders" },
    ],
  },
  inTargetRegister: {
    legend: "Staat de kandidaat in het doelgroepregister?",
    hint: "Het doelgroepregister is de lijst van UWV met mensen die onder de banenafspraak vallen.",
    options: [
      { value: "nee", label: "Nee" },
      { value: "ja", label: "Ja" },
      { value: "weet-niet", label: "Weet ik niet" },
    ],
  },
  specialScheme: {
    legend: "Valt de kandidaat onder een van deze regelingen?",
    options: [
      { value: "geen", label: "Nee, geen van deze" },
      { value: "wajong", label: "Wajong" },
      { value: "wsw", label: "WSW (sociale werkvoorziening)" },
      { value: "beschut-werk", label: "Beschut werk" },
    ],
  },
  minimumWageWithin6Months: {
    legend: "Kan de kandidaat binnen 6 maanden zelf het minimumloon verdienen?",
    hint: "Dus zonder loonkostensubsidie.",
    options: [
      { value: "ja", label: "Ja" },
      { value: "nee", label: "Nee" },
      { value: "weet-niet", label: "Weet ik niet" },
    ],
  },
  tasksLearnableWithin6Months: {
    legend: "Kan de kandidaat het werk binnen 6 maanden leren?",
    options: [
      { value: "ja", label: "Ja" },
      { value: "nee", label: "Nee" },
      { value: "weet-niet", label: "Weet ik niet" },
    ],
  },
  internalGuide: {
    legend: "Is er in uw bedrijf iemand die de kandidaat begeleidt?",
    hint: "Bijvoorbeeld een collega als vaste buddy.",
    options: [
      { value: "ja", label: "Ja" },
      { value: "nee", label: "Nee, nog niet" },
    ],
  },
} as const;

const labels = Object.fromEntries(Object.entries(questions).map(([k, q]) => [k, q.legend]));

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await requireEmployerPage(request);
  const values = Object.fromEntries(new URL(request.url).searchParams.entries());
  return json({ contact: page.contact, values });
}

export async function action({ request }: ActionFunctionArgs) {
  await requireEmployerPage(request);
  const formData = await request.formData();
  const parsed = parseForm(eligibilitySchema, formData);
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values, result: null }, { status: 400 });
  const result = checkEligibility(parsed.data);
  if (result.eligible) {
    return redirect(`/mijn/aanvragen/polis/plaatsing?${new URLSearchParams(parsed.data)}`);
  }
  const names = await db()
    .selectFrom("instruments")
    .select(["id", "name"])
    .where("id", "in", result.alternatives.map((a) => a.instrumentId))
    .execute();
  return json({
    errors: {} as Record<string, string>,
    values: formDataToObject(formData),
    result: {
      reasons: result.reasons,
      alternatives: result.alternatives.map((a) => ({ ...a, name: names.find((n) => n.id === a.instrumentId)?.name ?? a.instrumentId })),
    },
  });
}

export default function PolicyEligibility() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const values: Record<string, string> = { ...data.values, ...(actionData?.values ?? {}) };
  const { form, onSubmit, errors, submitCount } = useValidatedForm(eligibilitySchema, { actionData, defaultValues: values });
  const result = actionData?.result;
  return (
    <>
      <Link className="back-link" to="/mijn/aanvragen/nieuw">
        Terug
      </Link>
      <StepIndicator number={1} total={2} />
      <h1>Less-Risk-polis en jobcoachvoucher: past het bij uw kandidaat?</h1>
      <ContactCard contact={data.contact} />
      <p>
        Met de Less-Risk-polis loopt u geen extra risico als uw nieuwe medewerker ziek wordt. Met de jobcoachvoucher krijgt
        uw medewerker begeleiding op het werk. Beantwoord eerst een paar vragen. Dan weet u of de regeling past.
      </p>
      {result ? (
        <div className="panel panel--warn" role="alert" tabIndex={-1}>
          <h2>Deze regeling past niet bij deze kandidaat</h2>
          <ul>
            {result.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <h3>Wat kunt u wel doen?</h3>
          <ul>
            {result.alternatives.map((a) => (
              <li key={a.instrumentId}>
                <strong>{a.name}</strong>: {a.text}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/mijn/aanvragen/gesprek?onderwerp=regelingen">Vraag een gesprek aan met uw accountmanager</Link>. Die
            zoekt met u uit wat wel kan.
          </p>
        </div>
      ) : null}
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        {(Object.keys(questions) as (keyof typeof questions)[]).map((name) => {
          const q = questions[name];
          return (
            <RadioGroup
              key={name}
              name={name}
              legend={q.legend}
              hint={"hint" in q ? q.hint : undefined}
              error={errors[name]}
              defaultValue={values[name]}
              options={[...q.options]}
              inputProps={form.register(name)}
            />
          );
        })}
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            Verder
          </button>
        </div>
      </Form>
    </>
  );
}
