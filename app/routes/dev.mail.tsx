import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { outboxPageEnabled } from "~/utils/env.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Verstuurde e-mails (demo) — Werkgeversportaal" }];

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
  return (
    <>
      <h1>Verstuurde e-mails (demo)</h1>
      <p>
        Deze versie heeft geen mailserver. Daarom ziet u hier de e-mails die het portaal zou versturen. De nieuwste staat
        bovenaan.
      </p>
      {mails.length === 0 ? <p>Er zijn nog geen e-mails.</p> : null}
      {mails.map((m) => (
        <article key={m.id} className="card" aria-labelledby={`mail-${m.id}`}>
          <h2 id={`mail-${m.id}`}>{m.subject}</h2>
          <p className="muted">
            Aan {m.to_address} · {formatDateTime(m.created_at)}
          </p>
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
