import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { publicMessages } from "~/i18n/public";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { notFound } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { outboxPageEnabled } from "~/utils/env.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, publicMessages, (t) => t.devMail.title);

// Only when mail cannot leave this machine (no SMTP_URL) and in demo or development mode.
export async function loader(_: LoaderFunctionArgs) {
  if (!outboxPageEnabled()) notFound();
  const mails = await db()
    .selectFrom("mail_outbox")
    .select(["id", "to_address", "subject", "text_body", "created_at", "status"])
    .orderBy("created_at", "desc")
    .limit(50)
    .execute();
  return json({ mails });
}

export default function DevMail() {
  const { mails } = useLoaderData<typeof loader>();
  const t = useMessages(publicMessages).devMail;
  const locale = useLocale();
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {mails.length === 0 ? <p>{t.none}</p> : null}
      {mails.map((m) => (
        <article key={m.id} className="card" aria-labelledby={`mail-${m.id}`}>
          <h2 id={`mail-${m.id}`}>{m.subject}</h2>
          <p className="muted">{fmt(t.to, { address: m.to_address, date: formatDateTime(m.created_at, locale) })}</p>
          <pre className="mail">{linkify(m.text_body)}</pre>
        </article>
      ))}
    </>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
