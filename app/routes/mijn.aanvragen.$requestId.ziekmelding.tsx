import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { ErrorSummary, TextField, useValidatedForm } from "~/components/forms";
import { pageTitle } from "~/i18n/meta";
import { requestsMessages } from "~/i18n/requests";
import { useMessages } from "~/i18n/use-messages";
import { createRequest, getEmployerRequest } from "~/models/request.server";
import { sickReportSchema } from "~/schemas/requests";
import { notFound } from "~/utils/auth.server";
import { requireEmployerPage } from "~/utils/employer-page.server";
import { parseForm } from "~/utils/forms";
import { newToken } from "~/utils/ids.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, requestsMessages, (t) => t.sick.title);

async function activePolicy(request: Request, requestId: string | undefined) {
  const page = await requireEmployerPage(request);
  const policy = requestId ? await getEmployerRequest(requestId, page.user.employerId) : undefined;
  if (!policy || policy.type !== "less-risk-polis" || policy.status !== "actief") notFound();
  const details = JSON.parse(policy.details_json) as { candidateInitials?: string; role?: string; wantsPolis?: string };
  if (details.wantsPolis !== "ja") notFound();
  return { page, policy, details };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { page, policy, details } = await activePolicy(request, params.requestId);
  return json({
    contact: page.contact,
    policyId: policy.id,
    candidate: `${details.candidateInitials ?? ""}, ${details.role ?? ""}`,
    submissionKey: newToken(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { page, policy } = await activePolicy(request, params.requestId);
  const parsed = parseForm(sickReportSchema, await request.formData());
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const { submissionKey, ...details } = parsed.data;
  const created = await createRequest({
    request,
    employerId: page.user.employerId,
    userId: page.user.id,
    type: "ziekmelding",
    details,
    submissionKey,
    parentRequestId: policy.id,
  });
  return redirect(`/mijn/aanvragen/${created.id}`);
}

export default function SickReport() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const values = actionData?.values ?? {};
  const { form, onSubmit, errors, submitCount } = useValidatedForm(sickReportSchema, {
    actionData,
    defaultValues: { submissionKey: data.submissionKey },
  });
  const t = useMessages(requestsMessages).sick;
  const labels = t.labels;
  return (
    <>
      <Link className="back-link" to={`/mijn/aanvragen/${data.policyId}`}>
        {t.backToPolicy}
      </Link>
      <h1>{t.title}</h1>
      <ContactCard contact={data.contact} />
      <p>
        {t.employee} <strong>{data.candidate}</strong>. {t.intro}
      </p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <input type="hidden" {...form.register("submissionKey")} value={data.submissionKey} />
        <TextField name="firstSickDay" label={labels.firstSickDay} error={errors.firstSickDay} inputProps={{ ...form.register("firstSickDay"), defaultValue: values.firstSickDay, type: "date", className: "field__input field__input--short" }} />
        <TextField name="expectedReturn" label={t.expectedReturnOptional} hint={t.expectedReturnHint} error={errors.expectedReturn} inputProps={{ ...form.register("expectedReturn"), defaultValue: values.expectedReturn, type: "date", className: "field__input field__input--short" }} />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t.submit}
          </button>
        </div>
      </Form>
    </>
  );
}
