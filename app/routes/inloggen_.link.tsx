import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { consumeLoginToken, inspectLoginToken, type TokenState } from "~/models/login-token.server";
import { findUserById } from "~/models/user.server";
import { authMessages } from "~/i18n/auth";
import { pageTitle } from "~/i18n/meta";
import { useMessages } from "~/i18n/use-messages";
import { tokenSchema } from "~/schemas/auth";
import { homeFor } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms";
import { safeRedirect } from "~/utils/redirect";
import { createUserSession } from "~/utils/session.server";
import { limitPublicPost } from "~/utils/rate-limit.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, authMessages, (t) => t.link.title);

// Opening the link only shows a button: a GET never signs anyone in, so mail
// scanners that follow links cannot use up the token.
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const valid = tokenSchema.safeParse({ token });
  const inspected = valid.success ? await inspectLoginToken(token) : undefined;
  // An invitation is opened at /inloggen/uitnodiging, never here.
  const { state, purpose } =
    inspected && inspected.purpose !== "invite" ? inspected : { state: "unknown" as TokenState, purpose: "login" as const };
  return json({ token: valid.success ? token : "", state, purpose }, { headers: { "Referrer-Policy": "no-referrer" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const limited = await limitPublicPost(context, [], "token", { state: "unknown" });
  if (limited) return limited;
  const parsed = parseForm(tokenSchema, await request.formData());
  if (!parsed.ok) return json({ state: "unknown" as TokenState }, { status: 400 });
  const result = await consumeLoginToken(parsed.data.token, ["login", "resume"]);
  if (!result.ok) return json({ state: result.state }, { status: 400 });
  const user = await findUserById(result.userId);
  if (!user || user.active !== 1) return json({ state: "unknown" as TokenState }, { status: 400 });
  return createUserSession(request, user, safeRedirect(result.redirectTo, "") || homeFor(user.role));
}

export default function MagicLink() {
  const t = useMessages(authMessages).link;
  const { token, state: initial, purpose } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ state: TokenState }>();
  const state: TokenState = actionData?.state ?? initial;
  if (state !== "valid") {
    const m = t[state];
    return (
      <>
        <h1>{m.title}</h1>
        <div className="panel panel--error" role="alert">
          <p>{m.text}</p>
        </div>
        <p>
          <a className="button" href="/inloggen">
            {t.newLink}
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{purpose === "resume" ? t.resumeTitle : t.signInTitle}</h1>
      <p>{purpose === "resume" ? t.resumeText : t.signInText}</p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button">
          {purpose === "resume" ? t.resumeButton : t.signInButton}
        </button>
      </Form>
    </>
  );
}
