import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { staffRoles } from "~db/schema";
import { RecoveryCodes, TotpCodeForm } from "~/components/second-factor";
import { roleLabel } from "~/content/navigation";
import { codeError } from "~/content/second-factor";
import { rateRules } from "~/domain/rate-limit";
import { totpRequiredFor } from "~/domain/totp";
import { accountMessages } from "~/i18n/account";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { disableTotp, newRecoveryCodes, totpStatus, verifyTotpCode } from "~/models/totp.server";
import { totpCodeSchema } from "~/schemas/auth";
import { forbidden, requireRole } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";
import { parseForm } from "~/utils/forms";
import { noStore } from "~/utils/http.server";
import { limitPublicPost } from "~/utils/rate-limit.server";
import { destroyAllUserSessions } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, accountMessages, (t) => t.account.title);
export const headers: HeadersFunction = () => noStore;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, staffRoles);
  const status = await totpStatus(user.id);
  return json({
    name: user.name,
    email: user.email,
    role: user.role,
    totp: { ...status, required: totpRequiredFor(user.role) },
    turnedOff: new URL(request.url).searchParams.get("melding") === "uitgezet",
  });
}

type ActionData = { form: "herstelcodes" | "uitzetten"; errors: Record<string, string> | null; codes: string[] | null };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, staffRoles);
  const formData = await request.formData();
  if (formData.get("intent") === "overal-uitloggen") {
    return destroyAllUserSessions(user.id, "/inloggen?melding=overal-uitgelogd");
  }
  const parsed = parseForm(totpCodeSchema, formData);
  const form = formData.get("intent") === "uitzetten" ? "uitzetten" : "herstelcodes";
  if (!parsed.ok) return json<ActionData>({ form, errors: parsed.errors, codes: null }, { status: 400 });
  // Administrators and coordinators cannot turn their second factor off.
  if (parsed.data.intent === "uitzetten" && totpRequiredFor(user.role)) {
    forbidden();
  }
  const limited = await limitPublicPost(context, [{ rule: rateRules.secondFactorPerUser, subject: user.id }], "code", {
    form,
    codes: null,
  });
  if (limited) return limited;
  const result = await verifyTotpCode(user.id, parsed.data.code);
  if (!result.ok) return json<ActionData>({ form, errors: { code: codeError(result.reason) }, codes: null }, { status: 400 });
  if (parsed.data.intent === "uitzetten") {
    await disableTotp(user.id);
    return redirect("/account?melding=uitgezet");
  }
  return json<ActionData>({ form, errors: null, codes: await newRecoveryCodes(user.id) }, { headers: noStore });
}

export default function Account() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const { totp } = data;
  const t = useMessages(accountMessages).account;
  const locale = useLocale();
  return (
    <>
      <h1>{t.title}</h1>
      <dl className="summary">
        <dt>{t.name}</dt>
        <dd>{data.name}</dd>
        <dt>{t.email}</dt>
        <dd>{data.email}</dd>
        <dt>{t.role}</dt>
        <dd>{roleLabel(data.role, locale)}</dd>
      </dl>

      <h2>{t.totpTitle}</h2>
      {data.turnedOff ? (
        <div className="panel panel--ok" role="status">
          <p>{t.turnedOff}</p>
        </div>
      ) : null}
      {totp.enabledAt ? (
        <>
          <p>
            {fmt(totp.recoveryCodesLeft === 1 ? t.onSinceOneCode : t.onSince, {
              date: formatDateTime(totp.enabledAt, locale),
              count: totp.recoveryCodesLeft,
            })}
          </p>
          {actionData?.codes ? <RecoveryCodes codes={actionData.codes} /> : null}
          <h3>{t.newCodesTitle}</h3>
          <p>{t.newCodesText}</p>
          <TotpCodeForm
            intent="herstelcodes"
            button={t.newCodesButton}
            hint={t.codeHint}
            errors={actionData?.form === "herstelcodes" ? actionData.errors : null}
            secondary
          />
          {totp.required ? (
            <p>{t.required}</p>
          ) : (
            <>
              <h3>{t.turnOffTitle}</h3>
              <p>{t.turnOffText}</p>
              <TotpCodeForm
                intent="uitzetten"
                button={t.turnOffButton}
                hint={t.codeHint}
                errors={actionData?.form === "uitzetten" ? actionData.errors : null}
                secondary
              />
            </>
          )}
        </>
      ) : (
        <>
          <p>{t.off}</p>
          <p>
            <Link className="button" to="/account/tweestaps">
              {t.setUp}
            </Link>
          </p>
        </>
      )}

      <h2>{t.everywhereTitle}</h2>
      <p>{t.everywhereText}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="overal-uitloggen" />
        <button type="submit" className="button">
          {t.everywhereButton}
        </button>
      </Form>
    </>
  );
}
