import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { ErrorSummary, RadioGroup, StepIndicator, useValidatedForm } from "~/components/forms";
import {
  SITUATIONS,
  SPECIAL_SCHEMES,
  checkEligibility,
  eligibilitySchema,
  type EligibilityInput,
} from "~/domain/less-risk-eligibility";
import { getLocale } from "~/i18n/locale.server";
import { pick } from "~/i18n/messages";
import { pageTitle } from "~/i18n/meta";
import { requestsMessages, type RequestsTexts } from "~/i18n/requests";
import { useMessages } from "~/i18n/use-messages";
import { requireEmployerPage } from "~/utils/employer-page.server";
import { formDataToObject, parseForm } from "~/utils/forms";
import { db } from "~/utils/db.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, requestsMessages, (t) => t.names.polisTitle);

interface Question {
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
}

/** The six questions in order, with their answers; the words come from the requests catalogue. */
function questionsOf(q: RequestsTexts["questions"]): Record<keyof EligibilityInput, Question> {
  const yes = { value: "ja", label: q.yes };
  const no = { value: "nee", label: q.no };
  const unknown = { value: "weet-niet", label: q.unknown };
  return {
    situation: {
      legend: q.situation.legend,
      hint: q.situation.hint,
      options: SITUATIONS.map((value) => ({ value, label: q.situation[value] })),
    },
    inTargetRegister: { legend: q.inTargetRegister.legend, hint: q.inTargetRegister.hint, options: [no, yes, unknown] },
    specialScheme: {
      legend: q.specialScheme.legend,
      hint: q.specialScheme.hint,
      options: SPECIAL_SCHEMES.map((value) => ({ value, label: q.specialScheme[value] })),
    },
    minimumWageWithin6Months: {
      legend: q.minimumWageWithin6Months.legend,
      hint: q.minimumWageWithin6Months.hint,
      options: [yes, no, unknown],
    },
    tasksLearnableWithin6Months: { legend: q.tasksLearnableWithin6Months.legend, options: [yes, no, unknown] },
    internalGuide: {
      legend: q.internalGuide.legend,
      hint: q.internalGuide.hint,
      options: [yes, { value: "nee", label: q.internalGuide.notYet }],
    },
  };
}

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
  const [names, locale] = await Promise.all([
    db().selectFrom("instruments").select(["id", "name"]).where("id", "in", result.alternatives).execute(),
    getLocale(request),
  ]);
  const t = pick(requestsMessages, locale).eligibility;
  return json({
    errors: {} as Record<string, string>,
    values: formDataToObject(formData),
    result: {
      reasons: result.reasons.map((code) => t.reasons[code]),
      alternatives: result.alternatives.map((instrumentId) => ({
        instrumentId,
        name: names.find((n) => n.id === instrumentId)?.name ?? instrumentId,
        text: t.alternatives[instrumentId],
      })),
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
  const messages = useMessages(requestsMessages);
  const t = messages.polis;
  const questions = questionsOf(messages.questions);
  const labels = Object.fromEntries(Object.entries(questions).map(([k, q]) => [k, q.legend]));
  return (
    <>
      <Link className="back-link" to="/mijn/aanvragen/nieuw">
        {messages.back}
      </Link>
      <StepIndicator number={1} total={2} />
      <h1>{messages.names.polisHeading}</h1>
      <ContactCard contact={data.contact} />
      <p>{t.intro}</p>
      {result ? (
        <div className="panel panel--warn" role="alert" tabIndex={-1}>
          <h2>{t.notFitTitle}</h2>
          <ul>
            {result.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <h3>{t.whatElse}</h3>
          <ul>
            {result.alternatives.map((a) => (
              <li key={a.instrumentId}>
                <strong>{a.name}</strong>: {a.text}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/mijn/aanvragen/gesprek?onderwerp=regelingen">{t.askConversation}</Link>. {t.askConversationAfter}
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
              hint={q.hint}
              error={errors[name]}
              defaultValue={values[name]}
              options={q.options}
              inputProps={form.register(name)}
            />
          );
        })}
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t.next}
          </button>
        </div>
      </Form>
    </>
  );
}
