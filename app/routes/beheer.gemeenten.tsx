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
import { adminMessages } from "~/i18n/admin";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useErrorText, useMessages } from "~/i18n/use-messages";
import { importMunicipalities, listMunicipalities } from "~/models/municipality.server";
import { municipalityFileSchema } from "~/schemas/admin";
import { requireAdmin } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, adminMessages, (t) => t.municipalities.title);

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
    if (error instanceof MaxPartSizeExceededError) return { error: err("admin", "fileTooLarge") };
    return { error: err("admin", "fileUnreadable") };
  }
  const file = formData.get("bestand");
  if (!file || typeof file === "string") return { text: "", fileName: null };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer()), fileName: file.name };
  } catch {
    return { error: err("admin", "fileNotUtf8") };
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAdmin(request);
  const upload = await readUpload(request);
  if ("error" in upload) return fail({ bestand: upload.error });
  const parsed = municipalityFileSchema.safeParse({ bestand: upload.text });
  if (!parsed.success) return fail({ bestand: parsed.error.issues[0]?.message ?? err("admin", "fileRequired") });
  const result = await importMunicipalities(db(), upload.text, user);
  if (!result.ok) {
    return fail({ bestand: err("admin", "fileHasErrors") }, result.errors, upload.fileName);
  }
  const summary = { toegevoegd: String(result.added), gewijzigd: String(result.changed), ongewijzigd: String(result.unchanged) };
  return redirect(`/beheer/gemeenten?${new URLSearchParams(summary)}`);
}

const count = (n: number, one: string, more: string) => (n === 1 ? one : fmt(more, { count: n }));

/** The column rule with the column names as code: `{code}` placeholders become <code> elements. */
function withCode(template: string, names: Record<string, string>) {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name && names[name] ? <code key={i}>{names[name]}</code> : part;
  });
}

export default function Municipalities() {
  const { municipalities, summary } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { form, onSubmit, errors, submitCount } = useValidatedForm(municipalityFileSchema, { actionData });
  const report = actionData?.report ?? [];
  const all = useMessages(adminMessages);
  const t = all.municipalities;
  const errorText = useErrorText();
  const municipalitiesCount = (n: number) => count(n, t.municipalityOne, t.municipalityMany);
  return (
    <>
      <Link className="back-link" to="/beheer">
        {all.backToAdmin}
      </Link>
      <h1>{t.heading}</h1>
      {summary ? (
        <div className="panel panel--ok" role="status">
          <p>
            <strong>{t.imported}</strong>{" "}
            {fmt(t.importSummary, {
              added: municipalitiesCount(summary.toegevoegd),
              changed: municipalitiesCount(summary.gewijzigd),
              unchanged: municipalitiesCount(summary.ongewijzigd),
            })}
          </p>
        </div>
      ) : null}
      <p>{t.text}</p>
      <ul>
        <li>{t.ruleFormat}</li>
        <li>{withCode(t.ruleColumns, { code: "gemeentecode", name: "gemeentenaam", region: "arbeidsmarktregio" })}</li>
        <li>{t.ruleErrors}</li>
        <li>{t.ruleKeep}</li>
      </ul>
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={{ bestand: t.fileShort }} focusKey={submitCount} />
        <TextField
          name="bestand"
          label={t.fileLabel}
          hint={t.fileHint}
          error={errors.bestand}
          inputProps={{ ...form.register("bestand"), type: "file", accept: ".csv,text/csv,text/plain" }}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t.submit}
          </button>
        </div>
      </Form>

      {report.length > 0 ? (
        <section aria-labelledby="fouten" className="panel panel--error">
          <h2 id="fouten">{fmt(report.length === 1 ? t.errorOne : t.errorMany, { count: report.length, file: actionData?.fileName ?? t.theFile })}</h2>
          <p>{t.nothingChanged}</p>
          <TableWrap label={t.errorTable}>
            <table>
              <caption>{t.errorCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.line}</th>
                  <th scope="col">{t.columns.problem}</th>
                </tr>
              </thead>
              <tbody>
                {report.map((e) => (
                  <tr key={`${e.line}-${e.message}`}>
                    <th scope="row">{e.line}</th>
                    <td>{errorText(e.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      ) : null}

      <h2>{t.current}</h2>
      <TableWrap label={t.table}>
        <table>
          <caption>{fmt(t.caption, { municipalities: municipalitiesCount(municipalities.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.code}</th>
              <th scope="col">{t.columns.municipality}</th>
              <th scope="col">{t.columns.region}</th>
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
