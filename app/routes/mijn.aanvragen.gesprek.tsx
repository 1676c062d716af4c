import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { ErrorSummary, RadioGroup, SelectField, TextArea, useValidatedForm } from "~/components/forms";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { requestsMessages } from "~/i18n/requests";
import { useMessages } from "~/i18n/use-messages";
import { createRequest } from "~/models/request.server";
import { getEmployerScan } from "~/models/scan.server";
import { CONVERSATION_TOPICS, conversationSchema, isConversationTopic } from "~/schemas/requests";
import { requireEmployerPage } from "~/utils/employer-page.server";
import { parseForm } from "~/utils/forms";
import { newToken } from "~/utils/ids.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, requestsMessages, (t) => t.conversation.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await requireEmployerPage(request);
  const url = new URL(request.url);
  const topic = url.searchParams.get("onderwerp") ?? "";
  const scanId = url.searchParams.get("scan") ?? "";
  const ownScan = scanId
    ? await getEmployerScan(scanId, page.user.employerId)
    : undefined;
  return json({
    contact: page.contact,
    phone: page.employer.phone,
    email: page.employer.email,
    submissionKey: newToken(),
    defaults: { topic: isConversationTopic(topic) ? topic : ownScan ? "scan" : "", scanId: ownScan?.id ?? "" },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const page = await requireEmployerPage(request);
  const parsed = parseForm(conversationSchema, await request.formData());
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const { submissionKey, scanId, ...details } = parsed.data;
  const scan = scanId
    ? await getEmployerScan(scanId, page.user.employerId)
    : undefined;
  const created = await createRequest({
    request,
    employerId: page.user.employerId,
    userId: page.user.id,
    type: "gesprek",
    details,
    submissionKey,
    scanId: scan?.id ?? null,
  });
  return redirect(`/mijn/aanvragen/${created.id}`);
}

export default function ConversationRequest() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const values = actionData?.values ?? {};
  const { form, onSubmit, errors, submitCount } = useValidatedForm(conversationSchema, {
    actionData,
    defaultValues: { submissionKey: data.submissionKey, topic: values.topic ?? data.defaults.topic, contactPreference: values.contactPreference },
  });
  const messages = useMessages(requestsMessages);
  const t = messages.conversation;
  const labels = t.labels;
  return (
    <>
      <Link className="back-link" to="/mijn">
        {messages.backToOverview}
      </Link>
      <h1>{t.title}</h1>
      <ContactCard contact={data.contact} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <input type="hidden" {...form.register("submissionKey")} value={data.submissionKey} />
        <input type="hidden" name="scanId" value={data.defaults.scanId} />
        <SelectField
          name="topic"
          label={labels.topic}
          placeholder={t.topicPlaceholder}
          error={errors.topic}
          options={CONVERSATION_TOPICS.map((value) => ({ value, label: messages.conversationTopics[value] }))}
          selectProps={{ ...form.register("topic"), defaultValue: values.topic ?? data.defaults.topic }}
        />
        <TextArea
          name="message"
          label={t.messageOptional}
          hint={t.messageHint}
          error={errors.message}
          textareaProps={{ ...form.register("message"), defaultValue: values.message }}
        />
        <RadioGroup
          name="contactPreference"
          legend={labels.contactPreference}
          error={errors.contactPreference}
          defaultValue={values.contactPreference}
          options={[
            { value: "telefoon", label: data.phone ? fmt(t.callMeAt, { phone: data.phone }) : t.callMe },
            { value: "e-mail", label: fmt(t.mailMeAt, { email: data.email }) },
          ]}
          inputProps={form.register("contactPreference")}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t.submit}
          </button>
        </div>
      </Form>
    </>
  );
}
