import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { findInvitationByUnsubscribeToken, isOptedOut, optOut } from "~/models/invitation.server";
import { unsubscribeSchema } from "~/schemas/campaigns";
import { notFound } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms";
import { limitPublicPost } from "~/utils/rate-limit.server";

export const meta: MetaFunction = () => [{ title: "Afmelden voor uitnodigingen — Werkgeversportaal" }];

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
  return (
    <>
      <h1>Afmelden voor uitnodigingen</h1>
      {done ? (
        <div className="panel panel--ok" role="status">
          <p>U bent afgemeld. U krijgt geen uitnodigingen voor de Toekomstscan meer, ook niet van andere organisaties.</p>
        </div>
      ) : (
        <>
          <p className="lead">
            U kreeg een uitnodiging van {data.organisation} voor de Toekomstscan. Wilt u geen uitnodigingen meer krijgen?
          </p>
          {actionData?.errors.confirm ? <p className="field__error">{actionData.errors.confirm}</p> : null}
          <Form method="post">
            <input type="hidden" name="confirm" value="ja" />
            <button type="submit" className="button">
              Ja, meld mij af
            </button>
          </Form>
        </>
      )}
    </>
  );
}
