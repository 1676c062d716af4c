import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, Honeypot, TextField, useValidatedForm } from "~/components/forms";
import { loginLinkMail } from "~/content/mail";
import { parseLocale } from "~/i18n/locale";
import { LOGIN_LINK_MINUTES } from "~/domain/link-validity";
import { createLoginToken } from "~/models/login-token.server";
import { findEmployerContact, verifyStaffLogin } from "~/models/user.server";
import { magicLinkSchema, staffLoginSchema } from "~/schemas/auth";
import { homeFor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { parseForm } from "~/utils/forms";
import { enqueueMail } from "~/utils/mail.server";
import { clientIp, limitPublicPost } from "~/utils/rate-limit.server";
import { safeRedirect } from "~/utils/redirect";
import { rateRules } from "~/domain/rate-limit";
import { authMessages } from "~/i18n/auth";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useMessages } from "~/i18n/use-messages";
import { createUserSession, getSessionUser } from "~/utils/session.server";
import { startSecondFactor } from "~/utils/sign-in-challenge.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, authMessages, (t) => t.signIn.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "");
  if (user) throw redirect(redirectTo || homeFor(user.role));
  const notice = new URL(request.url).searchParams.get("melding");
  return json({ redirectTo, notice: notice && notice in notices ? (notice as keyof typeof notices) : null });
}

/** Messages after being sent here (?melding=…), by their catalogue key. */
const notices = {
  "overal-uitgelogd": "signedOutEverywhere",
  "opnieuw-inloggen": "startAgain",
} as const;

type ActionData =
  | { intent: "link"; ok: false; errors: Record<string, string>; values: Record<string, string> }
  | { intent: "password"; ok: false; errors: Record<string, string>; values: Record<string, string> }
  | { intent: "link"; ok: true; minutes: number };

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "password") {
    const parsed = parseForm(staffLoginSchema, formData);
    if (!parsed.ok) {
      return json<ActionData>({ intent: "password", ...parsed, values: { email: parsed.values.email ?? "" } }, { status: 400 });
    }
    const limited = await limitPublicPost(
      context,
      [
        { rule: rateRules.signInPerEmail, subject: parsed.data.email },
        { rule: rateRules.signInPerIp, subject: clientIp(context) },
      ],
      "password",
      { intent: "password", ok: false, values: { email: parsed.data.email } },
    );
    if (limited) return limited;
    const user = await verifyStaffLogin(parsed.data.email, parsed.data.password);
    if (!user) {
      return json<ActionData>(
        {
          intent: "password",
          ok: false,
          errors: { password: err("auth", "wrongPassword") },
          values: { email: parsed.data.email },
        },
        { status: 400 },
      );
    }
    const redirectTo = safeRedirect(parsed.data.redirectTo, "") || homeFor(user.role);
    // With a second factor the password alone gives no session: the code page comes first.
    if (user.totp_enabled_at) return startSecondFactor(user.id, redirectTo);
    return createUserSession(request, user, redirectTo);
  }

  const parsed = parseForm(magicLinkSchema, formData);
  if (!parsed.ok) {
    return json<ActionData>({ intent: "link", ...parsed }, { status: 400 });
  }
  const limited = await limitPublicPost(
    context,
    [
      { rule: rateRules.magicLinkPerEmail, subject: parsed.data.email },
      { rule: rateRules.magicLinkPerIp, subject: clientIp(context) },
    ],
    "email",
    { intent: "link", ok: false, values: { email: parsed.data.email } },
  );
  if (limited) return limited;
  const contact = await findEmployerContact(parsed.data.email);
  if (contact) {
    const redirectTo = safeRedirect(parsed.data.redirectTo, "") || null;
    const token = await createLoginToken(contact.id, redirectTo);
    const link = `${appUrl(request)}/inloggen/link?token=${token}`;
    const mail = loginLinkMail({ name: contact.name, link, minutes: LOGIN_LINK_MINUTES }, parseLocale(contact.locale));
    await enqueueMail(db(), { kind: "login-link", to: contact.email, ...mail });
  }
  // Same answer whether or not the address is known, so addresses cannot be probed.
  return json<ActionData>({ intent: "link", ok: true, minutes: LOGIN_LINK_MINUTES });
}

export default function SignIn() {
  const t = useMessages(authMessages).signIn;
  const linkLabels = { email: t.email };
  const passwordLabels = { email: t.email, password: t.password };
  const { redirectTo, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const linkData = actionData?.intent === "link" && !actionData.ok ? actionData : undefined;
  const passwordData = actionData?.intent === "password" && !actionData.ok ? actionData : undefined;
  const linkForm = useValidatedForm(magicLinkSchema, {
    actionData: linkData,
    defaultValues: { intent: "link", email: linkData?.values.email ?? "", redirectTo },
  });
  const passwordForm = useValidatedForm(staffLoginSchema, {
    actionData: passwordData,
    defaultValues: { intent: "password", email: passwordData?.values.email ?? "", password: "", redirectTo },
  });
  const sent = actionData?.intent === "link" && actionData.ok ? actionData : undefined;

  return (
    <>
      <h1>{t.title}</h1>
      {notice ? (
        <div className="panel panel--ok" role="status">
          <p>{t.notices[notices[notice]]}</p>
        </div>
      ) : null}
      <div className="cards">
        <section className="card" aria-labelledby="werkgever-titel">
          <h2 id="werkgever-titel">{t.employersTitle}</h2>
          {sent ? (
            <div className="panel panel--ok" role="status">
              <p>
                <strong>{t.sentTitle}</strong> {t.sentText}
              </p>
              <p>{fmt(t.sentValidity, { minutes: sent.minutes })}</p>
            </div>
          ) : (
            <>
              <p>{t.noPassword}</p>
              <Form method="post" noValidate onSubmit={linkForm.onSubmit}>
                <ErrorSummary errors={linkForm.errors} labels={linkLabels} focusKey={linkForm.submitCount} />
                <input type="hidden" {...linkForm.form.register("intent")} value="link" />
                <input type="hidden" {...linkForm.form.register("redirectTo")} value={redirectTo} />
                <Honeypot prefix="link" />
                <TextField
                  name="email"
                  label={t.email}
                  hint={t.emailHint}
                  error={linkForm.errors.email}
                  inputProps={{
                    ...linkForm.form.register("email"),
                    type: "email",
                    autoComplete: "email",
                    inputMode: "email",
                    spellCheck: false,
                    defaultValue: linkData?.values.email,
                  }}
                />
                <button type="submit" className="button" disabled={busy}>
                  {t.sendLink}
                </button>
              </Form>
            </>
          )}
          <p className="muted">
            {t.noAccount} <a href="/scan">{t.startScan}</a>. {t.noAccountThen}
          </p>
        </section>

        <section className="card" aria-labelledby="medewerker-titel">
          <h2 id="medewerker-titel">{t.staffTitle}</h2>
          <p>{t.staffText}</p>
          <Form method="post" noValidate onSubmit={passwordForm.onSubmit}>
            <ErrorSummary
              errors={passwordForm.errors}
              labels={passwordLabels}
              focusKey={passwordForm.submitCount}
              prefix="medewerker"
            />
            <input type="hidden" {...passwordForm.form.register("intent")} value="password" />
            <input type="hidden" {...passwordForm.form.register("redirectTo")} value={redirectTo} />
            <Honeypot prefix="medewerker" />
            <TextField
              prefix="medewerker"
              name="email"
              label={t.email}
              error={passwordForm.errors.email}
              inputProps={{
                ...passwordForm.form.register("email"),
                type: "email",
                autoComplete: "username",
                spellCheck: false,
                defaultValue: passwordData?.values.email,
              }}
            />
            <TextField
              prefix="medewerker"
              name="password"
              label={t.password}
              error={passwordForm.errors.password}
              inputProps={{ ...passwordForm.form.register("password"), type: "password", autoComplete: "current-password" }}
            />
            <button type="submit" className="button" disabled={busy}>
              {t.submit}
            </button>
          </Form>
        </section>
      </div>
    </>
  );
}
