import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { consumeLoginToken, inspectLoginToken, type TokenState } from "~/models/login-token.server";
import { findUserById } from "~/models/user.server";
import { tokenSchema } from "~/schemas/auth";
import { homeFor } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms";
import { safeRedirect } from "~/utils/redirect";
import { createUserSession } from "~/utils/session.server";
import { limitPublicPost } from "~/utils/rate-limit.server";

export const meta: MetaFunction = () => [{ title: "Inloggen met uw link — Werkgeversportaal" }];

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

const messages: Record<Exclude<TokenState, "valid">, { title: string; text: string }> = {
  used: {
    title: "Deze link is al gebruikt",
    text: "Een inloglink werkt maar één keer. Vraag hieronder een nieuwe link aan.",
  },
  expired: {
    title: "Deze link is verlopen",
    text: "Een link werkt maar een beperkte tijd. Vraag hieronder een nieuwe link aan. Uw antwoorden zijn bewaard.",
  },
  unknown: {
    title: "Deze link werkt niet",
    text: "Misschien is de link niet helemaal gekopieerd. Vraag hieronder een nieuwe link aan.",
  },
};

export default function MagicLink() {
  const { token, state: initial, purpose } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ state: TokenState }>();
  const state: TokenState = actionData?.state ?? initial;
  if (state !== "valid") {
    const m = messages[state];
    return (
      <>
        <h1>{m.title}</h1>
        <div className="panel panel--error" role="alert">
          <p>{m.text}</p>
        </div>
        <p>
          <a className="button" href="/inloggen">
            Nieuwe inloglink aanvragen
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{purpose === "resume" ? "Verder met uw Toekomstscan" : "Inloggen"}</h1>
      <p>
        {purpose === "resume"
          ? "Klik op de knop. U gaat verder waar u was gebleven. Uw antwoorden zijn bewaard."
          : "Klik op de knop om in te loggen op het Werkgeversportaal."}
      </p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button">
          {purpose === "resume" ? "Verder met de scan" : "Inloggen"}
        </button>
      </Form>
    </>
  );
}
