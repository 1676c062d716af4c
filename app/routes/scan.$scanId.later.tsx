import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { scanMessages } from "~/i18n/scan";
import { useMessages } from "~/i18n/use-messages";
import { RESUME_LINK_DAYS } from "~/domain/link-validity";
import { requireOwnScan } from "~/utils/scan-access.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, scanMessages, (t) => t.later.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, scan } = await requireOwnScan(request, params.scanId, { editable: true });
  return json({ email: user.email, scanId: scan.id, days: RESUME_LINK_DAYS });
}

export default function SavedForLater() {
  const { email, scanId, days } = useLoaderData<typeof loader>();
  const t = useMessages(scanMessages).later;
  const [beforeEmail, afterEmail] = t.mailSent.split("{email}");
  return (
    <>
      <h1>{t.title}</h1>
      <div className="panel panel--ok" role="status">
        <p>
          {beforeEmail}
          <strong>{email}</strong>
          {afterEmail}
        </p>
        <p>{fmt(t.days, { days })}</p>
      </div>
      <p>
        <Link to={`/scan/${scanId}`}>{t.continueNow}</Link>
      </p>
    </>
  );
}
