import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextField, useValidatedForm } from "~/components/forms";
import { TableWrap } from "~/components/table-wrap";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { getLocale } from "~/i18n/locale.server";
import { pageTitle } from "~/i18n/meta";
import { privacyPageMessages } from "~/i18n/privacy-page";
import { useErrorText, useLocale, useMessages } from "~/i18n/use-messages";
import { listScanConsents, withdrawScanConsent } from "~/models/consent.server";
import { deleteEmployerAccount } from "~/models/privacy.server";
import { deleteAccountSchema, withdrawConsentSchema } from "~/schemas/privacy";
import { notFound } from "~/utils/auth.server";
import { requireEmployerPage } from "~/utils/employer-page.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { parseForm } from "~/utils/forms";
import { destroyUserSession } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, privacyPageMessages, (t) => t.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await requireEmployerPage(request);
  return json({ companyName: page.employer.name, scans: await listScanConsents(page.user.employerId) });
}

export async function action({ request }: ActionFunctionArgs) {
  const page = await requireEmployerPage(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "intrekken") {
    const parsed = parseForm(withdrawConsentSchema, formData);
    if (!parsed.ok) return json({ intent: "intrekken", errors: parsed.errors, values: parsed.values }, { status: 400 });
    const outcome = await withdrawScanConsent({
      employerId: page.user.employerId,
      userId: page.user.id,
      locale: await getLocale(request),
      ...parsed.data,
    });
    if (outcome === "not-found") notFound();
    if (outcome === "not-shared") {
      return json({ intent: "intrekken", errors: { form: err("privacy", "notShared") }, values: {} as Record<string, string> }, { status: 400 });
    }
    return redirect(`/mijn/gegevens?ingetrokken=${parsed.data.party}`);
  }
  const parsed = parseForm(deleteAccountSchema(page.employer.name), formData);
  if (!parsed.ok) return json({ intent: "verwijderen", errors: parsed.errors, values: parsed.values }, { status: 400 });
  await deleteEmployerAccount(page.user.employerId);
  return destroyUserSession(request, "/account-verwijderd");
}

function Consent({ consent, shared }: { consent: { granted: boolean; since: string; textVersion: string } | null; shared: boolean }) {
  const t = useMessages(privacyPageMessages);
  const locale = useLocale();
  if (!consent) return <>{shared ? t.sharedWithoutChoice : t.neverAsked}</>;
  return (
    <>
      {fmt(consent.granted ? t.granted : t.refused, { date: formatDateTime(consent.since, locale) })}
      <br />
      <span className="muted">{fmt(t.textVersion, { version: consent.textVersion })}</span>
    </>
  );
}

function WithdrawButton({ scanId, party, name }: { scanId: string; party: "wsp" | "organisation"; name: string }) {
  const t = useMessages(privacyPageMessages);
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value="intrekken" />
      <input type="hidden" name="scanId" value={scanId} />
      <input type="hidden" name="party" value={party} />
      <button type="submit" className="button button--secondary">
        {t.withdraw}
        <span className="visually-hidden">: {fmt(t.withdrawFor, { name })}</span>
      </button>
    </Form>
  );
}

export default function MyData() {
  const { companyName, scans } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [search] = useSearchParams();
  const withdrawn = search.get("ingetrokken");
  const schema = deleteAccountSchema(companyName);
  const rejected = actionData?.intent === "verwijderen" ? actionData : undefined;
  const { form, onSubmit, errors, submitCount } = useValidatedForm(schema, {
    actionData: rejected,
    defaultValues: { intent: "verwijderen", companyName: rejected?.values.companyName ?? "" },
  });
  const t = useMessages(privacyPageMessages);
  const locale = useLocale();
  const errorText = useErrorText();
  const labels = { companyName: t.companyName };
  return (
    <>
      <Link className="back-link" to="/mijn">
        {t.backToOverview}
      </Link>
      <h1>{t.title}</h1>
      <p className="lead">
        {t.lead} {t.readAlso} <Link to="/privacy">{t.privacyStatement}</Link>.
      </p>

      <h2>{t.whoTitle}</h2>
      {withdrawn ? (
        <div className="panel panel--ok" role="status">
          <p>{withdrawn === "wsp" ? t.withdrawnWsp : t.withdrawnOrganisation}</p>
        </div>
      ) : null}
      {actionData?.intent === "intrekken" && actionData.errors.form ? (
        <div className="panel panel--error" role="alert">
          <p>{errorText(actionData.errors.form)}</p>
        </div>
      ) : null}
      {scans.length ? (
        <>
          <TableWrap label={t.tableLabel}>
            <table>
              <caption>{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.result}</th>
                  <th scope="col">{t.columns.who}</th>
                  <th scope="col">{t.columns.maySee}</th>
                  <th scope="col">{t.columns.choice}</th>
                  <th scope="col">{t.columns.change}</th>
                </tr>
              </thead>
              <tbody>
                {scans.flatMap((s) =>
                  [
                    { party: "wsp" as const, ...s.wsp },
                    ...(s.organisation ? [{ party: "organisation" as const, ...s.organisation }] : []),
                  ].map((p) => (
                    <tr key={`${s.scanId}-${p.party}`}>
                      <th scope="row">
                        <Link to={`/rapport/${s.scanId}`}>{s.completedAt ? formatDate(s.completedAt, locale) : t.result}</Link>
                      </th>
                      <td>{p.name}</td>
                      <td>{p.shared ? t.yes : t.no}</td>
                      <td>
                        <Consent consent={p.consent} shared={p.shared} />
                      </td>
                      <td>{p.shared ? <WithdrawButton scanId={s.scanId} party={p.party} name={p.name} /> : "–"}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </TableWrap>
          <p>{t.withdrawNote}</p>
        </>
      ) : (
        <p>{t.noResults}</p>
      )}

      <h2>{t.downloadTitle}</h2>
      <p>{t.downloadText}</p>
      <p>
        <a className="button button--secondary" href="/mijn/gegevens.json" download>
          {t.downloadButton}
        </a>
      </p>

      <h2>{t.deleteTitle}</h2>
      <div className="panel panel--warn">
        <p>
          <strong>{t.deleteWarning}</strong>
        </p>
        <ul>
          {Object.entries(t.deleteWhat).map(([key, text]) => (
            <li key={key}>{text}</li>
          ))}
        </ul>
        <p>{t.downloadFirst}</p>
      </div>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <input type="hidden" {...form.register("intent")} value="verwijderen" />
        <TextField
          name="companyName"
          label={labels.companyName}
          hint={fmt(t.companyNameHint, { name: companyName })}
          error={errors.companyName}
          inputProps={{ ...form.register("companyName"), autoComplete: "off", defaultValue: rejected?.values.companyName ?? "" }}
        />
        <div className="button-row">
          <button type="submit" className="button button--danger" disabled={navigation.state === "submitting"}>
            {t.deleteButton}
          </button>
        </div>
      </Form>
    </>
  );
}
