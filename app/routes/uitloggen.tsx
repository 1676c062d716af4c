import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { destroyUserSession, getSessionUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Uitloggen — Werkgeversportaal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await getSessionUser(request))) throw redirect("/");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  return destroyUserSession(request, "/");
}

export default function SignOut() {
  return (
    <>
      <h1>Uitloggen</h1>
      <p>Wilt u uitloggen?</p>
      <Form method="post">
        <button type="submit" className="button">
          Uitloggen
        </button>
      </Form>
    </>
  );
}
