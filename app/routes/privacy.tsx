import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TableWrap } from "~/components/table-wrap";
import { privacyStatement, type PrivacySection } from "~/content/privacy";
import { privacyMessages } from "~/i18n/legal";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { retentionSettings } from "~/utils/env.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, privacyMessages, (t) => t.title);

/** Public. The retention periods are the ones the daily job applies (env). */
export async function loader() {
  return json(retentionSettings());
}

export default function Privacy() {
  const retention = useLoaderData<typeof loader>();
  const t = useMessages(privacyMessages);
  const statement = privacyStatement(retention, useLocale());
  return (
    <>
      <h1>{statement.title}</h1>
      <p className="lead">{statement.intro}</p>
      <p>
        {t.account} <Link to="/mijn/gegevens">{t.accountLink}</Link>.
      </p>
      {statement.sections.slice(0, 3).map((section) => (
        <Section key={section.id} section={section} />
      ))}
      <h2 id="bewaren">{t.retentionHeading}</h2>
      <TableWrap label={t.tableLabel}>
        <table>
          <caption>{statement.processingCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.what}</th>
              <th scope="col">{t.columns.why}</th>
              <th scope="col">{t.columns.howLong}</th>
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

function Section({ section }: { section: PrivacySection }) {
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
