import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ColumnHeads } from "~/components/column-heads";
import { TableWrap } from "~/components/table-wrap";
import { adminMessages } from "~/i18n/admin";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useErrorText, useLocale, useMessages } from "~/i18n/use-messages";
import { listQuestionnaireVersions, publishVersion, retireVersion } from "~/models/questionnaire.server";
import { questionnaireActionSchema } from "~/schemas/admin";
import { requireAdmin } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";
import { parseForm } from "~/utils/forms";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, adminMessages, (t) => t.questionnaires.title);

/** What was just done (`?klaar=…` after a redirect): the key of its message. */
const doneMessages = { gepubliceerd: "published", ingetrokken: "retired" } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const done = new URL(request.url).searchParams.get("klaar") ?? "";
  const message = done in doneMessages ? doneMessages[done as keyof typeof doneMessages] : null;
  return json({ versions: await listQuestionnaireVersions(), message });
}

const refusals = {
  "not-found": "versionNotPublished",
  "already-retired": "versionAlreadyRetired",
  "only-active": "versionOnlyActive",
} as const;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAdmin(request);
  const parsed = parseForm(questionnaireActionSchema, await request.formData());
  if (!parsed.ok) return json({ errors: { form: err("admin", "badRequest") } }, { status: 400 });
  const { intent, version } = parsed.data;
  if (intent === "publiceren") {
    if (!(await publishVersion(version, user))) {
      return json({ errors: { form: err("admin", "versionNotPublishable", { version }) } }, { status: 400 });
    }
    return redirect("/beheer/vragenlijsten?klaar=gepubliceerd");
  }
  const retired = await retireVersion(version, user);
  if (!retired.ok) return json({ errors: { form: err("admin", refusals[retired.reason], { version }) } }, { status: 400 });
  return redirect("/beheer/vragenlijsten?klaar=ingetrokken");
}

export default function QuestionnaireVersions() {
  const { versions, message } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const all = useMessages(adminMessages);
  const t = all.questionnaires;
  const statusText = all.names.versionStatus;
  const locale = useLocale();
  const errorText = useErrorText();
  return (
    <>
      <Link className="back-link" to="/beheer">
        {all.backToAdmin}
      </Link>
      <h1>{t.title}</h1>
      {message ? (
        <p className="panel panel--ok" role="status">
          {t[message]}
        </p>
      ) : null}
      {actionData?.errors.form ? (
        <div className="panel panel--error" role="alert">
          <p>{errorText(actionData.errors.form)}</p>
        </div>
      ) : null}
      <p>{t.text1}</p>
      <p>{t.text2}</p>
      <TableWrap label={t.table}>
        <table>
          <caption>{t.caption}</caption>
          <ColumnHeads columns={t.columns} />
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">{fmt(t.version, { version: v.version })}</th>
                <td>{v.title}</td>
                <td>
                  {statusText[v.status]}
                  {v.current ? ` ${t.current}` : null}
                  {v.publishedAt ? <div className="muted">{fmt(t.publishedAt, { date: formatDateTime(v.publishedAt, locale) })}</div> : null}
                  {v.retiredAt ? <div className="muted">{fmt(t.retiredAt, { date: formatDateTime(v.retiredAt, locale) })}</div> : null}
                </td>
                <td>{v.scans}</td>
                <td>
                  {v.status === "uit-gebruik" ? null : (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="version" value={v.version} />
                      <button
                        type="submit"
                        name="intent"
                        value={v.status === "niet-gepubliceerd" ? "publiceren" : "intrekken"}
                        className={v.status === "niet-gepubliceerd" ? "button" : "button button--secondary"}
                        disabled={busy}
                      >
                        {v.status === "niet-gepubliceerd" ? t.publish : t.retire}
                        <span className="visually-hidden"> {fmt(t.forVersion, { version: v.version })}</span>
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
