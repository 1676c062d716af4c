import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { TableWrap } from "~/components/table-wrap";
import { listQuestionnaireVersions, publishVersion, retireVersion } from "~/models/questionnaire.server";
import { questionnaireActionSchema } from "~/schemas/admin";
import { requireAdmin } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";
import { parseForm } from "~/utils/forms";

export const meta: MetaFunction = () => [{ title: "Vragenlijsten — Beheer — Werkgeversportaal" }];

const messages: Record<string, string> = {
  gepubliceerd: "De versie is gepubliceerd. Nieuwe scans gebruiken de nieuwste versie die in gebruik is.",
  ingetrokken: "De versie is uit gebruik genomen. Scans en rapporten met deze versie blijven zoals ze zijn.",
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const done = new URL(request.url).searchParams.get("klaar") ?? "";
  return json({ versions: await listQuestionnaireVersions(), message: messages[done] ?? null });
}

const refusals = {
  "not-found": "Deze versie is niet gepubliceerd.",
  "already-retired": "Deze versie is al uit gebruik.",
  "only-active": "Dit is de enige versie die in gebruik is. Publiceer eerst een nieuwe versie; anders kan niemand een scan starten.",
} as const;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAdmin(request);
  const parsed = parseForm(questionnaireActionSchema, await request.formData());
  if (!parsed.ok) return json({ errors: { form: "Dit verzoek begrepen wij niet." } }, { status: 400 });
  const { intent, version } = parsed.data;
  if (intent === "publiceren") {
    if (!(await publishVersion(version, user))) {
      return json({ errors: { form: `Versie ${version} kan niet worden gepubliceerd: die is al gepubliceerd of bestaat niet.` } }, { status: 400 });
    }
    return redirect("/beheer/vragenlijsten?klaar=gepubliceerd");
  }
  const retired = await retireVersion(version, user);
  if (!retired.ok) return json({ errors: { form: `Versie ${version}: ${refusals[retired.reason]}` } }, { status: 400 });
  return redirect("/beheer/vragenlijsten?klaar=ingetrokken");
}

const statusText = { gepubliceerd: "In gebruik", "uit-gebruik": "Uit gebruik", "niet-gepubliceerd": "Klaar om te publiceren" } as const;

export default function QuestionnaireVersions() {
  const { versions, message } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Link className="back-link" to="/beheer">
        Terug naar beheer
      </Link>
      <h1>Vragenlijsten</h1>
      {message ? (
        <p className="panel panel--ok" role="status">
          {message}
        </p>
      ) : null}
      {actionData?.errors.form ? (
        <div className="panel panel--error" role="alert">
          <p>{actionData.errors.form}</p>
        </div>
      ) : null}
      <p>
        Een gepubliceerde versie van de Toekomstscan verandert nooit meer. Elke scan bewaart de versie waarmee hij is gemaakt, zodat een
        rapport altijd hetzelfde blijft. Nieuwe scans gebruiken de nieuwste versie die in gebruik is.
      </p>
      <p>
        Een nieuwe versie maken de ontwikkelaars. Die staat hieronder als &lsquo;klaar om te publiceren&rsquo;. Een versie uit gebruik nemen
        kan alleen als er nog een andere versie in gebruik is.
      </p>
      <TableWrap label="Tabel versies van de vragenlijst">
        <table>
          <caption>Versies van de Toekomstscan</caption>
          <thead>
            <tr>
              <th scope="col">Versie</th>
              <th scope="col">Titel</th>
              <th scope="col">Status</th>
              <th scope="col">Scans</th>
              <th scope="col">Actie</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">Versie {v.version}</th>
                <td>{v.title}</td>
                <td>
                  {statusText[v.status]}
                  {v.current ? " — nieuwe scans gebruiken deze versie" : null}
                  {v.publishedAt ? <div className="muted">Gepubliceerd {formatDateTime(v.publishedAt)}</div> : null}
                  {v.retiredAt ? <div className="muted">Uit gebruik sinds {formatDateTime(v.retiredAt)}</div> : null}
                </td>
                <td>{v.scans}</td>
                <td>
                  {v.status === "uit-gebruik" ? null : (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="version" value={v.version} />
                      <button
                        type="submit"
                        name="intent"
                        value={v.status === "niet-gepubliceerd" ? "publiceren" : "intrekken"}
                        className={v.status === "niet-gepubliceerd" ? "button" : "button button--secondary"}
                        disabled={busy}
                      >
                        {v.status === "niet-gepubliceerd" ? "Publiceren" : "Uit gebruik nemen"}
                        <span className="visually-hidden"> versie {v.version}</span>
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
