import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField, useValidatedForm } from "~/components/forms";
import { codeError } from "~/content/second-factor";
import { rateRules } from "~/domain/rate-limit";
import { authMessages } from "~/i18n/auth";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useMessages } from "~/i18n/use-messages";
import { verifySecondFactor } from "~/models/totp.server";
import { secondFactorSchema } from "~/schemas/auth";
import { homeFor } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms";
import { clientIp, limitPublicPost } from "~/utils/rate-limit.server";
import { safeRedirect } from "~/utils/redirect";
import { createUserSession } from "~/utils/session.server";
import {
  CHALLENGE_MINUTES,
  clearChallengeCookie,
  consumeChallenge,
  currentChallenge,
} from "~/utils/sign-in-challenge.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, authMessages, (t) => t.code.title);

const startAgain = () => redirect("/inloggen?melding=opnieuw-inloggen");

export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await currentChallenge(request))) throw startAgain();
  return json({ minutes: CHALLENGE_MINUTES });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const challenge = await currentChallenge(request);
  if (!challenge) return startAgain();
  const limited = await limitPublicPost(
    context,
    [
      { rule: rateRules.secondFactorPerUser, subject: challenge.userId },
      { rule: rateRules.secondFactorPerIp, subject: clientIp(context) },
    ],
    "code",
  );
  if (limited) return limited;
  const parsed = parseForm(secondFactorSchema, await request.formData());
  if (!parsed.ok) return json({ errors: parsed.errors }, { status: 400 });
  const result = await verifySecondFactor(challenge.userId, parsed.data.code);
  if (!result.ok) {
    const message = result.reason === "wrong" ? err("auth", "codeWrongOrRecovery") : codeError(result.reason);
    return json({ errors: { code: message } }, { status: 400 });
  }
  if (!(await consumeChallenge(challenge.id))) return startAgain();
  const response = await createUserSession(
    request,
    { id: challenge.userId, role: challenge.role },
    safeRedirect(challenge.redirect_to, "") || homeFor(challenge.role),
  );
  response.headers.append("Set-Cookie", await clearChallengeCookie());
  return response;
}

export default function SecondFactor() {
  const t = useMessages(authMessages).code;
  const { minutes } = useLoaderData<typeof loader>();
  const labels = { code: t.label };
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const { form, onSubmit, errors, submitCount } = useValidatedForm(secondFactorSchema, {
    actionData,
    defaultValues: { code: "" },
  });
  return (
    <>
      <h1>{t.heading}</h1>
      <p>{t.intro}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <TextField
          name="code"
          label={t.label}
          hint={t.hint}
          error={errors.code}
          inputProps={{
            ...form.register("code"),
            autoComplete: "one-time-code",
            spellCheck: false,
            autoCapitalize: "characters",
          }}
        />
        <button type="submit" className="button" disabled={busy}>
          {t.submit}
        </button>
      </Form>
      <p className="muted">
        {fmt(t.validity, { minutes })} <a href="/inloggen">{t.startAgain}</a>.
      </p>
    </>
  );
}
