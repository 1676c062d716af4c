import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField, useValidatedForm } from "~/components/forms";
import { codeMessages } from "~/content/second-factor";
import { rateRules } from "~/domain/rate-limit";
import { verifySecondFactor } from "~/models/totp.server";
import { secondFactorSchema } from "~/schemas/auth";
import { homeFor } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms";
import { clientIp, limitPublicPost } from "~/utils/rate-limit.server";
import { safeRedirect } from "~/utils/redirect";
import { createUserSession } from "~/utils/session.server";
import { clearChallengeCookie, consumeChallenge, currentChallenge } from "~/utils/sign-in-challenge.server";

export const meta: MetaFunction = () => [{ title: "Inlogcode — Werkgeversportaal" }];

const startAgain = () => redirect("/inloggen?melding=opnieuw-inloggen");

export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await currentChallenge(request))) throw startAgain();
  return null;
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
    const message = result.reason === "wrong" ? `${codeMessages.wrong} Of gebruik een herstelcode.` : codeMessages.replayed;
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

const labels = { code: "Code" };

export default function SecondFactor() {
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const { form, onSubmit, errors, submitCount } = useValidatedForm(secondFactorSchema, {
    actionData,
    defaultValues: { code: "" },
  });
  return (
    <>
      <h1>Vul uw inlogcode in</h1>
      <p>Uw wachtwoord klopt. Open de app op uw telefoon waarmee u tweestapsverificatie hebt ingesteld.</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <TextField
          name="code"
          label="Code"
          hint="De 6 cijfers uit uw app. Telefoon kwijt? Vul dan een van uw herstelcodes in, zoals ABCDE-FGH23."
          error={errors.code}
          inputProps={{
            ...form.register("code"),
            autoComplete: "one-time-code",
            spellCheck: false,
            autoCapitalize: "characters",
          }}
        />
        <button type="submit" className="button" disabled={busy}>
          Inloggen
        </button>
      </Form>
      <p className="muted">
        De code werkt maar 5 minuten na uw wachtwoord. Lukt het niet? <a href="/inloggen">Log opnieuw in</a>.
      </p>
    </>
  );
}
