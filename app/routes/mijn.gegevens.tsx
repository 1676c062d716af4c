import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextField, useValidatedForm } from "~/components/forms";
import { TableWrap } from "~/components/table-wrap";
import { listScanConsents, withdrawScanConsent } from "~/models/consent.server";
import { deleteEmployerAccount } from "~/models/privacy.server";
import { deleteAccountSchema, withdrawConsentSchema } from "~/schemas/privacy";
import { notFound } from "~/utils/auth.server";
import { requireEmployerPage } from "~/utils/employer-page.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { parseForm } from "~/utils/forms";
import { destroyUserSession } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Mijn gegevens en privacy — Werkgeversportaal" }];

const labels = { companyName: "Naam van uw bedrijf" };

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await requireEmployerPage(request);
  return json({ companyName: page.employer.name, scans: await listScanConsents(page.user.employerId) });
}

export async function action({ request }: ActionFunctionArgs) {
  const page = await requireEmployerPage(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "intrekken") {
    const parsed = parseForm(withdrawConsentSchema, formData);
    if (!parsed.ok) return json({ intent: "intrekken", errors: parsed.errors, values: parsed.values }, { status: 400 });
    const outcome = await withdrawScanConsent({ employerId: page.user.employerId, userId: page.user.id, ...parsed.data });
    if (outcome === "not-found") notFound();
    if (outcome === "not-shared") {
      return json({ intent: "intrekken", errors: { form: "Deze uitslag wordt al niet gedeeld." }, values: {} as Record<string, string> }, { status: 400 });
    }
    return redirect(`/mijn/gegevens?ingetrokken=${parsed.data.party}`);
  }
  const parsed = parseForm(deleteAccountSchema(page.employer.name), formData);
  if (!parsed.ok) return json({ intent: "verwijderen", errors: parsed.errors, values: parsed.values }, { status: 400 });
  await deleteEmployerAccount(page.user.employerId);
  return destroyUserSession(request, "/account-verwijderd");
}

function Consent({ consent, shared }: { consent: { granted: boolean; since: string; textVersion: string } | null; shared: boolean }) {
  if (!consent) return <>{shared ? "Gedeeld, zonder vastgelegde keuze" : "Nooit gevraagd"}</>;
  return (
    <>
      {consent.granted ? "Toestemming gegeven" : "Geen toestemming"} op {formatDateTime(consent.since)}
      <br />
      <span className="muted">tekstversie {consent.textVersion}</span>
    </>
  );
}

function WithdrawButton({ scanId, party, name }: { scanId: string; party: "wsp" | "organisation"; name: string }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value="intrekken" />
      <input type="hidden" name="scanId" value={scanId} />
      <input type="hidden" name="party" value={party} />
      <button type="submit" className="button button--secondary">
        Intrekken<span className="visually-hidden">: {name} ziet deze uitslag niet meer</span>
      </button>
    </Form>
  );
}

export default function MyData() {
  const { companyName, scans } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [search] = useSearchParams();
  const withdrawn = search.get("ingetrokken");
  const schema = deleteAccountSchema(companyName);
  const rejected = actionData?.intent === "verwijderen" ? actionData : undefined;
  const { form, onSubmit, errors, submitCount } = useValidatedForm(schema, {
    actionData: rejected,
    defaultValues: { intent: "verwijderen", companyName: rejected?.values.companyName ?? "" },
  });
  return (
    <>
      <Link className="back-link" to="/mijn">
        Terug naar mijn overzicht
      </Link>
      <h1>Mijn gegevens en privacy</h1>
      <p className="lead">
        Hier ziet u wie uw uitslag mag zien. U kunt al uw gegevens downloaden of uw account verwijderen. Lees ook onze{" "}
        <Link to="/privacy">privacyverklaring</Link>.
      </p>

      <h2>Wie mag uw uitslag zien?</h2>
      {withdrawn ? (
        <div className="panel panel--ok" role="status">
          <p>Uw toestemming is ingetrokken. Vanaf nu ziet {withdrawn === "wsp" ? "het Werkgeversservicepunt" : "de werkgeversorganisatie"} deze uitslag niet meer.</p>
        </div>
      ) : null}
      {actionData?.intent === "intrekken" && actionData.errors.form ? (
        <div className="panel panel--error" role="alert">
          <p>{actionData.errors.form}</p>
        </div>
      ) : null}
      {scans.length ? (
        <>
          <TableWrap label="Tabel met uw toestemmingen">
            <table>
              <caption>Uw toestemmingen per uitslag</caption>
              <thead>
                <tr>
                  <th scope="col">Uitslag</th>
                  <th scope="col">Wie</th>
                  <th scope="col">Mag zien</th>
                  <th scope="col">Uw keuze</th>
                  <th scope="col">Wijzigen</th>
                </tr>
              </thead>
              <tbody>
                {scans.flatMap((s) =>
                  [
                    { party: "wsp" as const, ...s.wsp },
                    ...(s.organisation ? [{ party: "organisation" as const, ...s.organisation }] : []),
                  ].map((p) => (
                    <tr key={`${s.scanId}-${p.party}`}>
                      <th scope="row">
                        <Link to={`/rapport/${s.scanId}`}>{s.completedAt ? formatDate(s.completedAt) : "Uitslag"}</Link>
                      </th>
                      <td>{p.name}</td>
                      <td>{p.shared ? "Ja" : "Nee"}</td>
                      <td>
                        <Consent consent={p.consent} shared={p.shared} />
                      </td>
                      <td>{p.shared ? <WithdrawButton scanId={s.scanId} party={p.party} name={p.name} /> : "–"}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </TableWrap>
          <p>Intrekken werkt meteen. Wilt u weer delen? Dat kan onderaan de pagina van uw uitslag.</p>
        </>
      ) : (
        <p>U heeft nog geen uitslag. Er is dus ook niets gedeeld.</p>
      )}

      <h2>Download al mijn gegevens</h2>
      <p>
        U krijgt één bestand met alles wat wij van u bewaren. Ook de notities die uw Werkgeversservicepunt over u maakte.
        Het bestand is in JSON, een gewoon tekstbestand dat computers makkelijk lezen.
      </p>
      <p>
        <a className="button button--secondary" href="/mijn/gegevens.json" download>
          Download al mijn gegevens
        </a>
      </p>

      <h2>Account verwijderen</h2>
      <div className="panel panel--warn">
        <p>
          <strong>Let op: dit kunt u niet ongedaan maken.</strong>
        </p>
        <ul>
          <li>Wij verwijderen uw bedrijfsgegevens, uw contactgegevens, uw scans, uw aanvragen en alle toestemmingen.</li>
          <li>Kreeg u geld uit een budget? Dan bewaren wij alleen het bedrag, zonder uw naam.</li>
          <li>Uw scores blijven alleen anoniem meetellen in de gemiddelden van alle bedrijven.</li>
          <li>U kunt daarna niet meer inloggen.</li>
        </ul>
        <p>Download eerst uw gegevens als u die wilt bewaren.</p>
      </div>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <input type="hidden" {...form.register("intent")} value="verwijderen" />
        <TextField
          name="companyName"
          label={labels.companyName}
          hint={`Typ ter controle de naam van uw bedrijf: ${companyName}`}
          error={errors.companyName}
          inputProps={{ ...form.register("companyName"), autoComplete: "off", defaultValue: rejected?.values.companyName ?? "" }}
        />
        <div className="button-row">
          <button type="submit" className="button button--danger" disabled={navigation.state === "submitting"}>
            Verwijder mijn account
          </button>
        </div>
      </Form>
    </>
  );
}
