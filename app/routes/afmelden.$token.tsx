import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { publicMessages } from "~/i18n/public";
import { useErrorText, useMessages } from "~/i18n/use-messages";
import { findInvitationByUnsubscribeToken, isOptedOut, optOut } from "~/models/invitation.server";
import { unsubscribeSchema } from "~/schemas/campaigns";
import { notFound } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms";
import { limitPublicPost } from "~/utils/rate-limit.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, publicMessages, (t) => t.unsubscribe.title);

/** The link in every invitation. Opening it changes nothing; the button does (no state change on GET). */
export async function loader({ params }: LoaderFunctionArgs) {
  const invitation = await findInvitationByUnsubscribeToken(params.token ?? "");
  if (!invitation) notFound();
  return json({ organisation: invitation.organisation_name, done: await isOptedOut(invitation.email) });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const limited = await limitPublicPost(context, [], "confirm", { done: false });
  if (limited) return limited;
  const invitation = await findInvitationByUnsubscribeToken(params.token ?? "");
  if (!invitation) notFound();
  const parsed = parseForm(unsubscribeSchema, await request.formData());
  if (!parsed.ok) return json({ done: false, errors: parsed.errors }, { status: 400 });
  await optOut(invitation.email);
  return json({ done: true, errors: {} as Record<string, string> });
}

export default function Unsubscribe() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const done = actionData?.done ?? data.done;
  const t = useMessages(publicMessages).unsubscribe;
  const errorText = useErrorText();
  return (
    <>
      <h1>{t.title}</h1>
      {done ? (
        <div className="panel panel--ok" role="status">
          <p>{t.done}</p>
        </div>
      ) : (
        <>
          <p className="lead">{fmt(t.intro, { organisation: data.organisation })}</p>
          {actionData?.errors.confirm ? <p className="field__error">{errorText(actionData.errors.confirm)}</p> : null}
          <Form method="post">
            <input type="hidden" name="confirm" value="ja" />
            <button type="submit" className="button">
              {t.confirm}
            </button>
          </Form>
        </>
      )}
    </>
  );
}
