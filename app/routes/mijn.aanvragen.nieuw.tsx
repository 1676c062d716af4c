import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { pageTitle } from "~/i18n/meta";
import { requestsMessages } from "~/i18n/requests";
import { useMessages } from "~/i18n/use-messages";
import { activePolicies } from "~/models/request.server";
import { requireEmployerPage } from "~/utils/employer-page.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, requestsMessages, (t) => t.names.newRequestTitle);

/** Links from the report name an instrument; they go straight to its form. */
const formFor: Record<string, string> = {
  "less-risk-polis": "/mijn/aanvragen/polis",
  "jobcoach-voucher": "/mijn/aanvragen/polis",
  "kansenkaart-voucher": "/mijn/aanvragen/kansenkaart-voucher",
  "scholing-werkgevers": "/mijn/aanvragen/gesprek?onderwerp=regelingen",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await requireEmployerPage(request);
  const wanted = new URL(request.url).searchParams.get("regeling");
  if (wanted && formFor[wanted]) throw redirect(formFor[wanted]);
  const policies = await activePolicies(page.user.employerId);
  return json({ contact: page.contact, activePolicyId: policies[0]?.id ?? null });
}

export default function NewRequest() {
  const { contact, activePolicyId } = useLoaderData<typeof loader>();
  const messages = useMessages(requestsMessages);
  const t = messages.newRequest;
  return (
    <>
      <h1>{t.title}</h1>
      <ContactCard contact={contact} />
      <ul className="cards">
        <li className="card">
          <h2>{t.conversationTitle}</h2>
          <p>{t.conversationText}</p>
          <Link to="/mijn/aanvragen/gesprek">{t.conversationLink}</Link>
        </li>
        <li className="card">
          <h2>{messages.names.polisCard}</h2>
          <p>{t.polisText}</p>
          <Link to="/mijn/aanvragen/polis">{t.polisLink}</Link>
        </li>
        <li className="card">
          <h2>{messages.names.adviceCard}</h2>
          <p>{t.adviceText}</p>
          <Link to="/mijn/aanvragen/kansenkaart-voucher">{t.adviceLink}</Link>
        </li>
        {activePolicyId ? (
          <li className="card">
            <h2>{t.sickTitle}</h2>
            <p>{t.sickText}</p>
            <Link to={`/mijn/aanvragen/${activePolicyId}/ziekmelding`}>{t.sickLink}</Link>
          </li>
        ) : null}
      </ul>
    </>
  );
}
