import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { pageTitle } from "~/i18n/meta";
import { publicMessages } from "~/i18n/public";
import { useMessages } from "~/i18n/use-messages";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, publicMessages, (t) => t.landing.title);

export default function Index() {
  const t = useMessages(publicMessages).landing;
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      <div className="button-row">
        <Link className="button" to="/scan">
          {t.startScan}
        </Link>
        <Link className="button button--secondary" to="/inloggen">
          {t.signIn}
        </Link>
      </div>

      <h2>{t.whatTitle}</h2>
      <ul className="cards">
        <li className="card">
          <h3>{t.scoreTitle}</h3>
          <p>{t.scoreText}</p>
        </li>
        <li className="card">
          <h3>{t.compareTitle}</h3>
          <p>{t.compareText}</p>
        </li>
        <li className="card">
          <h3>{t.chancesTitle}</h3>
          <p>{t.chancesText}</p>
        </li>
      </ul>

      <h2>{t.contactTitle}</h2>
      <p>{t.contactText}</p>

      <h2>{t.howTitle}</h2>
      <ol className="steps">
        <li>{t.step1}</li>
        <li>{t.step2}</li>
        <li>{t.step3}</li>
      </ol>
    </>
  );
}
