import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TableWrap } from "~/components/table-wrap";
import { privacyStatement } from "~/content/privacy";
import { retentionSettings } from "~/utils/env.server";

export const meta: MetaFunction = () => [{ title: "Privacyverklaring — Werkgeversportaal" }];

/** Public. The retention periods are the ones the daily job applies (env). */
export async function loader() {
  return json(privacyStatement(retentionSettings()));
}

export default function Privacy() {
  const statement = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{statement.title}</h1>
      <p className="lead">{statement.intro}</p>
      <p>
        Heeft u een account? Ga dan naar <Link to="/mijn/gegevens">Mijn gegevens en privacy</Link>.
      </p>
      {statement.sections.slice(0, 3).map((section) => (
        <Section key={section.id} section={section} />
      ))}
      <h2 id="bewaren">Waarom mag dat, en hoe lang bewaren wij het?</h2>
      <TableWrap label="Tabel: wat wij doen, waarom en hoe lang">
        <table>
          <caption>{statement.processingCaption}</caption>
          <thead>
            <tr>
              <th scope="col">Wat</th>
              <th scope="col">Waarom mag dat?</th>
              <th scope="col">Hoe lang?</th>
            </tr>
          </thead>
          <tbody>
            {statement.processing.map((p) => (
              <tr key={p.what}>
                <th scope="row">{p.what}</th>
                <td>{p.why}</td>
                <td>{p.howLong}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {statement.sections.slice(3).map((section) => (
        <Section key={section.id} section={section} />
      ))}
    </>
  );
}

function Section({ section }: { section: { id: string; heading: string; paragraphs: string[]; items?: string[] } }) {
  return (
    <section aria-labelledby={`privacy-${section.id}`}>
      <h2 id={`privacy-${section.id}`}>{section.heading}</h2>
      {section.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {section.items ? (
        <ul>
          {section.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
