import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RESUME_LINK_DAYS } from "~/models/login-token.server";
import { requireOwnScan } from "~/utils/scan-access.server";

export const meta: MetaFunction = () => [{ title: "Uw antwoorden zijn bewaard — Toekomstscan" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, scan } = await requireOwnScan(request, params.scanId, { editable: true });
  return json({ email: user.email, scanId: scan.id, days: RESUME_LINK_DAYS });
}

export default function SavedForLater() {
  const { email, scanId, days } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Uw antwoorden zijn bewaard</h1>
      <div className="panel panel--ok" role="status">
        <p>
          Wij stuurden een e-mail naar <strong>{email}</strong>. Met de link in die e-mail gaat u later verder. Dat kan
          ook op een andere computer of telefoon.
        </p>
        <p>De link werkt {days} dagen.</p>
      </div>
      <p>
        <Link to={`/scan/${scanId}`}>Toch nu verder met de scan</Link>
      </p>
    </>
  );
}
