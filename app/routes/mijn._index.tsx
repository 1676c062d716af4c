import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ContactCard } from "~/components/contact-card";
import { getEmployerOverview } from "~/models/employer.server";
import { notFound, requireEmployer } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Mijn overzicht — Werkgeversportaal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const overview = await getEmployerOverview(user.employerId);
  if (!overview) notFound();
  return json(overview);
}

export default function EmployerHome() {
  const { employer, contact } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Welkom, {employer.contactName}</h1>
      <p className="lead">
        {employer.name}
        {employer.isDemo ? (
          <>
            {" "}
            <span className="badge badge--demo">demo</span>
          </>
        ) : null}
      </p>
      <ContactCard contact={contact} />

      <h2>De Toekomstscan</h2>
      <p>Met de Toekomstscan ziet u hoe uw bedrijf ervoor staat. U krijgt meteen een advies.</p>
      <p>
        <Link className="button" to="/scan">
          Doe de Toekomstscan
        </Link>
      </p>

      <h2>Uw bedrijfsgegevens</h2>
      <dl className="summary">
        <dt>Bedrijfsnaam</dt>
        <dd>{employer.name}</dd>
        <dt>KvK-nummer</dt>
        <dd>{employer.kvk}</dd>
        <dt>Branche</dt>
        <dd>{employer.sectorName}</dd>
        <dt>Aantal medewerkers (fte)</dt>
        <dd>{employer.fte}</dd>
        <dt>Gemeente</dt>
        <dd>{employer.municipalityName ?? "Niet ingevuld"}</dd>
        <dt>Arbeidsmarktregio</dt>
        <dd>{employer.regionName}</dd>
        <dt>Contactpersoon</dt>
        <dd>{employer.contactName}</dd>
        <dt>E-mailadres</dt>
        <dd>{employer.email}</dd>
        <dt>Telefoon</dt>
        <dd>{employer.phone ?? "Niet ingevuld"}</dd>
      </dl>
    </>
  );
}
