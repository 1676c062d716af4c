import type { MetaFunction } from "@remix-run/node";
import { pageTitle } from "~/i18n/meta";
import { publicMessages } from "~/i18n/public";
import { useMessages } from "~/i18n/use-messages";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, publicMessages, (t) => t.accountDeleted.title);

/** Shown after an employer deleted their account (they are signed out by then). */
export default function AccountDeleted() {
  const t = useMessages(publicMessages).accountDeleted;
  return (
    <>
      <h1>{t.heading}</h1>
      <div className="panel panel--ok" role="status">
        <p>{t.removed}</p>
      </div>
      <p>{t.budget}</p>
      <p>{t.scores}</p>
      <p>
        {t.readMore} <a href="/privacy">{t.privacyLink}</a>. {t.again} <a href="/scan">{t.scanLink}</a>.
      </p>
    </>
  );
}
