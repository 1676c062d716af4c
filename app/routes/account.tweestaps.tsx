import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RecoveryCodes, TotpCodeForm } from "~/components/second-factor";
import { codeError } from "~/content/second-factor";
import { rateRules } from "~/domain/rate-limit";
import { accountMessages } from "~/i18n/account";
import { pageTitle } from "~/i18n/meta";
import { useMessages } from "~/i18n/use-messages";
import { groupSecret, otpauthUri, totpAllowedFor, totpRequiredFor } from "~/domain/totp";
import { confirmTotpSetup, pendingTotpSecret, startTotpSetup, totpStatus } from "~/models/totp.server";
import { totpCodeSchema } from "~/schemas/auth";
import { forbidden, homeFor, requireUser } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms";
import { qrSvg } from "~/utils/qr.server";
import { limitPublicPost } from "~/utils/rate-limit.server";
import { noStore } from "~/utils/http.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, accountMessages, (t) => t.setup.title);
export const headers: HeadersFunction = () => noStore;

// The only page an administrator or coordinator without a second factor may open.
async function requireStaff(request: Request) {
  const user = await requireUser(request, { allowTotpSetup: true });
  if (!totpAllowedFor(user.role)) forbidden();
  return user;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const { enabledAt } = await totpStatus(user.id);
  const secret = enabledAt ? null : await pendingTotpSecret(user.id);
  const qr = secret ? await qrSvg(otpauthUri(secret, user.email)) : null;
  return json(
    {
      enabled: enabledAt !== null,
      required: totpRequiredFor(user.role),
      secret: secret ? groupSecret(secret) : null,
      qrDataUri: qr ? `data:image/svg+xml;base64,${Buffer.from(qr).toString("base64")}` : null,
      home: homeFor(user.role),
    },
    { headers: noStore },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const formData = await request.formData();
  if (formData.get("intent") === "instellen") {
    await startTotpSetup(user.id);
    return redirect("/account/tweestaps");
  }
  const parsed = parseForm(totpCodeSchema, formData);
  if (!parsed.ok || parsed.data.intent !== "bevestigen") {
    return json({ errors: parsed.ok ? { code: codeError("wrong") } : parsed.errors, codes: null }, { status: 400 });
  }
  const limited = await limitPublicPost(context, [{ rule: rateRules.secondFactorPerUser, subject: user.id }], "code", {
    codes: null,
  });
  if (limited) return limited;
  const result = await confirmTotpSetup(user.id, parsed.data.code);
  if (!result.ok) return json({ errors: { code: codeError(result.reason) }, codes: null }, { status: 400 });
  return json({ errors: null, codes: result.codes }, { headers: noStore });
}

export default function TotpSetup() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useMessages(accountMessages).setup;

  if (actionData?.codes) {
    return (
      <>
        <h1>{t.doneTitle}</h1>
        <p>{t.doneText}</p>
        <RecoveryCodes codes={actionData.codes} />
        <p>
          <Link className="button" to={data.home}>
            {t.doneButton}
          </Link>
        </p>
      </>
    );
  }

  if (data.enabled) {
    return (
      <>
        <h1>{t.enabledTitle}</h1>
        <p>{t.enabledText}</p>
        <p>
          <Link to="/account">{t.toAccount}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <h1>{t.title}</h1>
      {data.required ? (
        <div className="panel panel--warn">
          <p>{t.required}</p>
        </div>
      ) : null}
      <p>{t.intro}</p>
      <p>{t.app}</p>
      {data.secret && data.qrDataUri ? (
        <>
          <h2>{t.step1}</h2>
          <p>{t.scan}</p>
          <img className="qr-code" src={data.qrDataUri} alt={t.qrAlt} />
          <p>{t.typeKey}</p>
          <p className="totp-secret" data-testid="totp-secret">
            {data.secret}
          </p>
          <h2>{t.step2}</h2>
          <TotpCodeForm
            intent="bevestigen"
            button={t.confirmButton}
            hint={t.confirmHint}
            errors={actionData?.errors}
          />
          <Form method="post">
            <input type="hidden" name="intent" value="instellen" />
            <p>
              {t.notWorking}{" "}
              <button type="submit" className="link-button">
                {t.newQr}
              </button>
            </p>
          </Form>
        </>
      ) : (
        <Form method="post">
          <input type="hidden" name="intent" value="instellen" />
          <button type="submit" className="button">
            {t.start}
          </button>
        </Form>
      )}
    </>
  );
}
