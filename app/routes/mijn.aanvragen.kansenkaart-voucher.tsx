import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { ErrorSummary, TextArea, useValidatedForm } from "~/components/forms";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { requestsMessages } from "~/i18n/requests";
import { useMessages } from "~/i18n/use-messages";
import { createRequest } from "~/models/request.server";
import { getEmployerScan } from "~/models/scan.server";
import { adviceVoucherSchema } from "~/schemas/requests";
import { db } from "~/utils/db.server";
import { requireEmployerPage } from "~/utils/employer-page.server";
import { formatCents } from "~/utils/format";
import { parseForm } from "~/utils/forms";
import { newToken } from "~/utils/ids.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, requestsMessages, (t) => t.names.adviceTitle);

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await requireEmployerPage(request);
  const [amount, scan] = await Promise.all([
    db()
      .selectFrom("region_instruments")
      .select("amount_per_grant_cents")
      .where("region_id", "=", page.employer.regionId)
      .where("instrument_id", "=", "kansenkaart-voucher")
      .where("year", "=", new Date().getUTCFullYear())
      .executeTakeFirst(),
    db()
      .selectFrom("scans")
      .select("id")
      .where("employer_id", "=", page.user.employerId)
      .where("status", "=", "completed")
      .orderBy("completed_at", "desc")
      .executeTakeFirst(),
  ]);
  return json({
    contact: page.contact,
    submissionKey: newToken(),
    amount: amount?.amount_per_grant_cents ? formatCents(amount.amount_per_grant_cents) : null,
    scanId: scan?.id ?? "",
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const page = await requireEmployerPage(request);
  const parsed = parseForm(adviceVoucherSchema, await request.formData());
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const { submissionKey, scanId, ...details } = parsed.data;
  const scan = scanId
    ? await getEmployerScan(scanId, page.user.employerId)
    : undefined;
  const created = await createRequest({
    request,
    employerId: page.user.employerId,
    userId: page.user.id,
    type: "kansenkaart-voucher",
    details,
    submissionKey,
    scanId: scan?.id ?? null,
  });
  return redirect(`/mijn/aanvragen/${created.id}`);
}

export default function AdviceVoucher() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { form, onSubmit, errors, submitCount } = useValidatedForm(adviceVoucherSchema, {
    actionData,
    defaultValues: { submissionKey: data.submissionKey, question: actionData?.values.question },
  });
  const messages = useMessages(requestsMessages);
  const t = messages.advice;
  return (
    <>
      <Link className="back-link" to="/mijn/aanvragen/nieuw">
        {messages.back}
      </Link>
      <h1>{messages.names.adviceTitle}</h1>
      <ContactCard contact={data.contact} />
      <p>
        {t.intro}
        {data.amount ? <> {fmt(t.paidBy, { amount: data.amount })}</> : null}
      </p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={{ question: t.questionSummary }} focusKey={submitCount} />
        <input type="hidden" {...form.register("submissionKey")} value={data.submissionKey} />
        <input type="hidden" name="scanId" value={data.scanId} />
        <TextArea
          name="question"
          label={t.questionLabel}
          hint={t.questionHint}
          error={errors.question}
          textareaProps={{ ...form.register("question"), defaultValue: actionData?.values.question }}
        />
        {data.scanId ? <p className="muted">{t.scanShared}</p> : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t.submit}
          </button>
        </div>
      </Form>
    </>
  );
}
