import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, StepIndicator, useValidatedForm } from "~/components/forms";
import { QuestionField } from "~/components/question-field";
import { CHECK_STEP, neighbours, outsideTargetSize, SCAN_FTE_MAX, SCAN_FTE_MIN } from "~/domain/wizard";
import { localizeDefinition } from "~/content/questionnaire/localize";
import { fmt } from "~/i18n/locale";
import { getLocale } from "~/i18n/locale.server";
import { pageTitle } from "~/i18n/meta";
import { scanMessages } from "~/i18n/scan";
import { useMessages } from "~/i18n/use-messages";
import { findEmployerById } from "~/models/employer.server";
import { loadAnswers, saveAnswers } from "~/models/scan.server";
import { sendResumeLink } from "~/models/scan-start.server";
import { pillarAnswersSchema, validPartialAnswers } from "~/schemas/scan";
import { notFound } from "~/utils/auth.server";
import { formDataToObject, parseForm } from "~/utils/forms";
import { requireOwnScan } from "~/utils/scan-access.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, scanMessages, (t) => (data ? fmt(t.pillar.title, { number: data.step.number, pillar: data.pillar.title }) : t.title));

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const access = await requireOwnScan(request, params.scanId, { editable: true });
  const definition = localizeDefinition(access.definition, await getLocale(request));
  const pillar = definition.pillars.find((p) => p.id === params.pillarId);
  if (!pillar) notFound();
  return { ...access, definition, pillar };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scan, definition, pillar } = await load(request, params);
  const answers = await loadAnswers(scan.id);
  const { step, total, previous } = neighbours(definition, pillar.id);
  const returnToCheck = new URL(request.url).searchParams.get("terug") === CHECK_STEP;
  const isFirstPillar = definition.pillars[0]?.id === pillar.id;
  return json({
    scanId: scan.id,
    pillar,
    step: step!,
    total,
    previousHref: returnToCheck
      ? `/scan/${scan.id}/${CHECK_STEP}`
      : previous?.key === "bedrijf"
        ? "/scan/bedrijf"
        : `/scan/${scan.id}/${previous?.key ?? ""}`,
    returnToCheck,
    answers: Object.fromEntries(pillar.questions.map((q) => [q.id, answers[q.id] ?? ""])),
    sizeNotice: isFirstPillar && outsideTargetSize(scan.fte),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, scan, definition, pillar } = await load(request, params);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const returnToCheck = formData.get("terug") === CHECK_STEP;

  if (intent === "later") {
    const partial = validPartialAnswers(pillar, formDataToObject(formData));
    if (Object.keys(partial).length) await saveAnswers(scan.id, partial);
    const employer = await findEmployerById(user.employerId);
    await sendResumeLink(
      request,
      { userId: user.id, name: employer?.contact_name ?? user.name, email: user.email },
      `/scan/${scan.id}`,
      "resume",
    );
    return redirect(`/scan/${scan.id}/later`); // i18n-ignore (an address)
  }

  const parsed = parseForm(pillarAnswersSchema(pillar), formData);
  if (!parsed.ok) return json({ ok: false as const, errors: parsed.errors, values: parsed.values }, { status: 400 });
  await saveAnswers(scan.id, parsed.data as Record<string, string>);
  if (returnToCheck) return redirect(`/scan/${scan.id}/${CHECK_STEP}`);
  const { next } = neighbours(definition, pillar.id);
  return redirect(`/scan/${scan.id}/${next?.key ?? CHECK_STEP}`);
}

export default function PillarPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const values = actionData?.values ?? data.answers;
  const schema = pillarAnswersSchema(data.pillar);
  const { form, onSubmit, errors, submitCount } = useValidatedForm(schema, {
    actionData,
    defaultValues: values,
  });
  const t = useMessages(scanMessages).pillar;
  const labels = Object.fromEntries(data.pillar.questions.map((q, i) => [q.id, fmt(t.questionLabel, { number: i + 1 })]));
  return (
    <>
      <Link className="back-link" to={data.previousHref}>
        {data.returnToCheck ? t.backToCheck : t.previous}
      </Link>
      <StepIndicator number={data.step.number} total={data.total} />
      <h1>{data.pillar.title}</h1>
      <p className="lead">{data.pillar.intro}</p>
      {data.sizeNotice ? (
        <p className="panel panel--warn notice">{fmt(t.sizeNotice, { min: SCAN_FTE_MIN, max: SCAN_FTE_MAX })}</p>
      ) : null}
      <Form method="post" noValidate onSubmit={onSubmit} key={data.pillar.id}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        {data.returnToCheck ? <input type="hidden" name="terug" value="controleren" /> : null}
        {data.pillar.questions.map((q, i) => (
          <QuestionField
            key={q.id}
            question={q}
            number={i + 1}
            total={data.pillar.questions.length}
            error={errors[q.id]}
            selected={values[q.id]}
            register={form.register}
          />
        ))}
        <div className="button-row">
          <button type="submit" name="intent" value="next" className="button" disabled={navigation.state === "submitting"}>
            {data.returnToCheck ? t.saveAndBack : t.saveAndNext}
          </button>
          <button
            type="submit"
            name="intent"
            value="later"
            className="button button--secondary"
            data-skip-validation=""
            disabled={navigation.state === "submitting"}
          >
            {t.saveForLater}
          </button>
        </div>
      </Form>
    </>
  );
}
