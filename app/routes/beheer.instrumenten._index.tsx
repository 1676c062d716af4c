import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ColumnHeads } from "~/components/column-heads";
import { TableWrap } from "~/components/table-wrap";
import { adminMessages } from "~/i18n/admin";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useMessages } from "~/i18n/use-messages";
import { listInstruments } from "~/models/instrument.server";
import { requireAdmin } from "~/utils/auth.server";
import { formatCents } from "~/utils/format";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, adminMessages, (t) => t.instruments.title);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const saved = new URL(request.url).searchParams.get("opgeslagen");
  const instruments = await listInstruments();
  return json({ instruments, saved: instruments.find((i) => i.id === saved)?.name ?? null });
}

export default function Instruments() {
  const { instruments, saved } = useLoaderData<typeof loader>();
  const all = useMessages(adminMessages);
  const t = all.instruments;
  const kinds: Record<string, string> = all.names.kind;
  return (
    <>
      <Link className="back-link" to="/beheer">
        {all.backToAdmin}
      </Link>
      <h1>{t.title}</h1>
      {saved ? (
        <p className="panel panel--ok" role="status">
          {fmt(t.saved, { name: saved })}
        </p>
      ) : null}
      <p>
        {t.textBefore} <Link to="/beheer/budgetten">{t.budgetsLink}</Link>.
      </p>
      <p>
        <Link className="button" to="/beheer/instrumenten/nieuw">
          {t.add}
        </Link>
      </p>
      <TableWrap label={t.table}>
        <table>
          <caption>{fmt(t.caption, { count: instruments.length })}</caption>
          <ColumnHeads columns={t.columns} />
          <tbody>
            {instruments.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  <Link to={`/beheer/instrumenten/${i.id}`}>{i.name}</Link>
                </th>
                <td>{kinds[i.kind] ?? i.kind}</td>
                <td>{i.provider}</td>
                <td>{i.amount_cents === null ? t.noAmount : formatCents(i.amount_cents)}</td>
                <td>{i.requestable ? all.yes : all.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
