import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  json,
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, TextField, useValidatedForm } from "~/components/forms";
import { TableWrap } from "~/components/table-wrap";
import { importMunicipalities, listMunicipalities } from "~/models/municipality.server";
import { municipalityFileSchema } from "~/schemas/admin";
import { requireAdmin } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

export const meta: MetaFunction = () => [{ title: "Gemeenten — Beheer — Werkgeversportaal" }];

/** The official CBS table is about 20 kB; 2 MB leaves room without letting a huge upload into memory. */
const MAX_BYTES = 2 * 1024 * 1024;

const summarySchema = z.object({
  toegevoegd: z.coerce.number().int().min(0),
  gewijzigd: z.coerce.number().int().min(0),
  ongewijzigd: z.coerce.number().int().min(0),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const summary = summarySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  return json({ municipalities: await listMunicipalities(), summary: summary.success ? summary.data : null });
}

type ActionData = { errors: Record<string, string>; report: { line: number; message: string }[]; fileName: string | null };

const fail = (errors: Record<string, string>, report: ActionData["report"] = [], fileName: string | null = null) =>
  json<ActionData>({ errors, report, fileName }, { status: 400 });

async function readUpload(request: Request): Promise<{ text: string; fileName: string | null } | { error: string }> {
  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { error: "Het bestand is groter dan 2 MB. Kies het CSV-bestand met alleen de gemeentetabel." };
    return { error: "Het bestand kon niet worden gelezen. Kies het opnieuw en probeer het nog een keer." };
  }
  const file = formData.get("bestand");
  if (!file || typeof file === "string") return { text: "", fileName: null };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer()), fileName: file.name };
  } catch {
    return { error: "Het bestand is geen UTF-8-tekst. Bewaar het in Excel als ‘CSV UTF-8 (door komma's gescheiden)’." };
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAdmin(request);
  const upload = await readUpload(request);
  if ("error" in upload) return fail({ bestand: upload.error });
  const parsed = municipalityFileSchema.safeParse({ bestand: upload.text });
  if (!parsed.success) return fail({ bestand: parsed.error.issues[0]?.message ?? "Kies een CSV-bestand." });
  const result = await importMunicipalities(db(), upload.text, user);
  if (!result.ok) {
    return fail({ bestand: "Het bestand heeft fouten. Er is niets veranderd. Verbeter de regels hieronder en lees het bestand opnieuw in." }, result.errors, upload.fileName);
  }
  const summary = { toegevoegd: String(result.added), gewijzigd: String(result.changed), ongewijzigd: String(result.unchanged) };
  return redirect(`/beheer/gemeenten?${new URLSearchParams(summary)}`);
}

const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export default function Municipalities() {
  const { municipalities, summary } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { form, onSubmit, errors, submitCount } = useValidatedForm(municipalityFileSchema, { actionData });
  const report = actionData?.report ?? [];
  return (
    <>
      <Link className="back-link" to="/beheer">
        Terug naar beheer
      </Link>
      <h1>Gemeenten en arbeidsmarktregio&apos;s</h1>
      {summary ? (
        <div className="panel panel--ok" role="status">
          <p>
            <strong>Het bestand is ingelezen.</strong> {count(summary.toegevoegd, "gemeente", "gemeenten")} toegevoegd,{" "}
            {count(summary.gewijzigd, "gemeente", "gemeenten")} gewijzigd, {count(summary.ongewijzigd, "gemeente", "gemeenten")} ongewijzigd.
          </p>
        </div>
      ) : null}
      <p>
        Het portaal zoekt bij elke werkgever de arbeidsmarktregio op via de gemeente. Lees hier de officiële tabel van het CBS in
        (&lsquo;Gebieden in Nederland&rsquo;, gemeente met arbeidsmarktregio).
      </p>
      <ul>
        <li>Een CSV-bestand in UTF-8, met puntkomma&apos;s of komma&apos;s. De eerste regel bevat de kolomnamen.</li>
        <li>
          Kolommen: <code>gemeentecode</code> (bijvoorbeeld GM0599), <code>gemeentenaam</code> en <code>arbeidsmarktregio</code> (de naam
          van de regio).
        </li>
        <li>Heeft één regel een fout? Dan verandert er niets. U ziet welke regels u moet verbeteren.</li>
        <li>Gemeenten die niet in het bestand staan, blijven bestaan.</li>
      </ul>
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={{ bestand: "CSV-bestand" }} focusKey={submitCount} />
        <TextField
          name="bestand"
          label="CSV-bestand met de gemeentetabel"
          hint="Hoogstens 2 MB."
          error={errors.bestand}
          inputProps={{ ...form.register("bestand"), type: "file", accept: ".csv,text/csv,text/plain" }}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            Bestand controleren en inlezen
          </button>
        </div>
      </Form>

      {report.length > 0 ? (
        <section aria-labelledby="fouten" className="panel panel--error">
          <h2 id="fouten">
            {count(report.length, "fout", "fouten")} in {actionData?.fileName ?? "het bestand"}
          </h2>
          <p>Er is niets veranderd.</p>
          <TableWrap label="Tabel fouten in het bestand">
            <table>
              <caption>Fouten per regel</caption>
              <thead>
                <tr>
                  <th scope="col">Regel</th>
                  <th scope="col">Wat is er mis?</th>
                </tr>
              </thead>
              <tbody>
                {report.map((e) => (
                  <tr key={`${e.line}-${e.message}`}>
                    <th scope="row">{e.line}</th>
                    <td>{e.message.replace(/^Regel \d+: /, "")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      ) : null}

      <h2>Huidige tabel</h2>
      <TableWrap label="Tabel gemeenten">
        <table>
          <caption>{count(municipalities.length, "gemeente", "gemeenten")} met hun arbeidsmarktregio</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Gemeente</th>
              <th scope="col">Arbeidsmarktregio</th>
            </tr>
          </thead>
          <tbody>
            {municipalities.map((m) => (
              <tr key={m.code}>
                <td>{m.code}</td>
                <th scope="row">{m.name}</th>
                <td>{m.regionName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
