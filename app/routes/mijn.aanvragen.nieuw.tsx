import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { activePolicies } from "~/models/request.server";
import { requireEmployerPage } from "~/utils/employer-page.server";

export const meta: MetaFunction = () => [{ title: "Iets aanvragen — Werkgeversportaal" }];

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
  return (
    <>
      <h1>Wat wilt u aanvragen?</h1>
      <ContactCard contact={contact} />
      <ul className="cards">
        <li className="card">
          <h2>Een gesprek met uw accountmanager</h2>
          <p>Over uw uitslag, over personeel zoeken, of over regelingen.</p>
          <Link to="/mijn/aanvragen/gesprek">Gesprek aanvragen</Link>
        </li>
        <li className="card">
          <h2>Less-Risk-polis en jobcoachvoucher</h2>
          <p>
            U neemt iemand aan die nog wat verder van werk af staat. De polis dekt de kosten als die persoon ziek wordt. De
            voucher betaalt een jobcoach.
          </p>
          <Link to="/mijn/aanvragen/polis">Polis of voucher aanvragen</Link>
        </li>
        <li className="card">
          <h2>Kansenkaart-advies</h2>
          <p>Een adviseur onderzoekt welke vormen van inclusief werken bij uw bedrijf passen. De voucher betaalt dit.</p>
          <Link to="/mijn/aanvragen/kansenkaart-voucher">Advies aanvragen</Link>
        </li>
        {activePolicyId ? (
          <li className="card">
            <h2>Ziekmelding</h2>
            <p>Is uw medewerker met een Less-Risk-polis ziek? Meld het hier.</p>
            <Link to={`/mijn/aanvragen/${activePolicyId}/ziekmelding`}>Ziekmelding doorgeven</Link>
          </li>
        ) : null}
      </ul>
    </>
  );
}
