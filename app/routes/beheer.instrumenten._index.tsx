import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TableWrap } from "~/components/table-wrap";
import { listInstruments } from "~/models/instrument.server";
import { instrumentKinds } from "~/schemas/admin";
import { requireAdmin } from "~/utils/auth.server";
import { formatCents } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Regelingen — Beheer — Werkgeversportaal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const saved = new URL(request.url).searchParams.get("opgeslagen");
  const instruments = await listInstruments();
  return json({ instruments, saved: instruments.find((i) => i.id === saved)?.name ?? null });
}

const kindLabel = (kind: string) => instrumentKinds[kind as keyof typeof instrumentKinds] ?? kind;

export default function Instruments() {
  const { instruments, saved } = useLoaderData<typeof loader>();
  return (
    <>
      <Link className="back-link" to="/beheer">
        Terug naar beheer
      </Link>
      <h1>Regelingen</h1>
      {saved ? (
        <p className="panel panel--ok" role="status">
          De regeling {saved} is opgeslagen.
        </p>
      ) : null}
      <p>
        Werkgevers zien deze regelingen in hun advies, als ze in hun regio beschikbaar zijn. Het bedrag is een standaardbedrag; per regio en
        jaar stelt u het bedrag per toekenning en het budget in bij <Link to="/beheer/budgetten">Budgetten per regio</Link>.
      </p>
      <p>
        <Link className="button" to="/beheer/instrumenten/nieuw">
          Nieuwe regeling
        </Link>
      </p>
      <TableWrap label="Tabel regelingen">
        <table>
          <caption>{instruments.length} regelingen</caption>
          <thead>
            <tr>
              <th scope="col">Regeling</th>
              <th scope="col">Soort</th>
              <th scope="col">Aanbieder</th>
              <th scope="col">Standaardbedrag</th>
              <th scope="col">Aan te vragen via het portaal</th>
            </tr>
          </thead>
          <tbody>
            {instruments.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  <Link to={`/beheer/instrumenten/${i.id}`}>{i.name}</Link>
                </th>
                <td>{kindLabel(i.kind)}</td>
                <td>{i.provider}</td>
                <td>{i.amount_cents === null ? "Geen vast bedrag" : formatCents(i.amount_cents)}</td>
                <td>{i.requestable ? "Ja" : "Nee"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
