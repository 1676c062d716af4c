import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { db } from "~/utils/db.server";
import { notFound, requireOrganisationStaff } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Campagnes — Werkgeversportaal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireOrganisationStaff(request);
  const organisation = await db()
    .selectFrom("organisations")
    .leftJoin("regions", "regions.id", "organisations.region_id")
    .select(["organisations.name", "regions.name as region_name"])
    .where("organisations.id", "=", user.organisationId)
    .executeTakeFirst();
  if (!organisation) notFound();
  return json({ organisation });
}

export default function OrganisationHome() {
  const { organisation } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{organisation.name}</h1>
      {organisation.region_name ? <p className="lead">Regio {organisation.region_name}</p> : null}
      <h2>Campagnes</h2>
      <p>
        Hier maakt u campagnes om de Toekomstscan onder uw leden te verspreiden. U ziet hoeveel leden de scan starten en
        afronden. Antwoorden van een bedrijf ziet u alleen als dat bedrijf daar toestemming voor gaf.
      </p>
      <div className="panel">
        <p>U heeft nog geen campagnes.</p>
      </div>
    </>
  );
}
