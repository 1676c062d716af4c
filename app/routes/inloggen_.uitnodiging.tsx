import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField, useValidatedForm } from "~/components/forms";
import { inspectLoginToken, type TokenState } from "~/models/login-token.server";
import { acceptInvite } from "~/models/staff.server";
import { authMessages } from "~/i18n/auth";
import { pageTitle } from "~/i18n/meta";
import { useMessages } from "~/i18n/use-messages";
import { setPasswordSchema } from "~/schemas/admin";
import { tokenSchema } from "~/schemas/auth";
import { homeFor } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms";
import { createUserSession } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, authMessages, (t) => t.invite.title);

// Opening the link only shows the form; the token is used when the password is set.
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const valid = tokenSchema.safeParse({ token });
  const inspected = valid.success ? await inspectLoginToken(token) : undefined;
  const state: TokenState = inspected && inspected.purpose === "invite" ? inspected.state : "unknown";
  return json({ token: valid.success ? token : "", state }, { headers: { "Referrer-Policy": "no-referrer" } });
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(setPasswordSchema, await request.formData());
  if (!parsed.ok) {
    // Never echo passwords back.
    return json({ errors: parsed.errors, state: "valid" as TokenState }, { status: 400 });
  }
  const result = await acceptInvite(parsed.data.token, parsed.data.password);
  if (!result.ok) return json({ errors: {}, state: result.state }, { status: 400 });
  return createUserSession(request, result.user, homeFor(result.user.role));
}

export default function AcceptInvite() {
  const t = useMessages(authMessages).invite;
  const labels = { password: t.password, passwordRepeat: t.passwordRepeat };
  const { token, state: initial } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const state: TokenState = actionData?.state ?? initial;
  const { form, onSubmit, errors, submitCount } = useValidatedForm(setPasswordSchema, { actionData, defaultValues: { token } });
  if (state !== "valid") {
    const p = t[state];
    return (
      <>
        <h1>{p.title}</h1>
        <div className="panel panel--error" role="alert">
          <p>{p.text}</p>
        </div>
        <p>
          <a className="button" href="/inloggen">
            {t.toSignIn}
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t.heading}</h1>
      <p>{t.intro}</p>
      <p className="muted">{t.tip}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <input type="hidden" {...form.register("token")} value={token} />
        <TextField
          name="password"
          label={labels.password}
          hint={t.passwordHint}
          error={errors.password}
          inputProps={{ ...form.register("password"), type: "password", autoComplete: "new-password" }}
        />
        <TextField
          name="passwordRepeat"
          label={labels.passwordRepeat}
          error={errors.passwordRepeat}
          inputProps={{ ...form.register("passwordRepeat"), type: "password", autoComplete: "new-password" }}
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
