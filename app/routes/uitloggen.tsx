import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { authMessages } from "~/i18n/auth";
import { pageTitle } from "~/i18n/meta";
import { useMessages } from "~/i18n/use-messages";
import { destroyUserSession, getSessionUser } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, authMessages, (t) => t.signOut.title);

export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await getSessionUser(request))) throw redirect("/");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  return destroyUserSession(request, "/");
}

export default function SignOut() {
  const t = useMessages(authMessages).signOut;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.question}</p>
      <Form method="post">
        <button type="submit" className="button">
          {t.submit}
        </button>
      </Form>
    </>
  );
}
