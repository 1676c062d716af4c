import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField, useValidatedForm } from "~/components/forms";
import { TableWrap } from "~/components/table-wrap";
import { roleLabel } from "~/content/navigation";
import { getRegion, listRegionStaffWithBackup, updateRegion } from "~/models/region.server";
import { regionSchema } from "~/schemas/admin";
import { notFound, requireAdmin } from "~/utils/auth.server";
import { formatDate } from "~/utils/format";
import { parseForm } from "~/utils/forms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.region.name ?? "Regio"} — Beheer — Werkgeversportaal` }];

const labels = { wspName: "Naam van het WSP", wspEmail: "E-mailadres", wspPhone: "Telefoonnummer", serviceNormDays: "Servicenorm" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const region = await getRegion(params.regionId ?? "");
  if (!region) notFound();
  const saved = new URL(request.url).searchParams.get("opgeslagen") === "1";
  const today = new Date().toISOString().slice(0, 10);
  const staff = (await listRegionStaffWithBackup(region.id)).map((s) => ({
    ...s,
    absent_until: s.absent_until && s.absent_until >= today ? s.absent_until : null,
  }));
  return json({ region, staff, saved });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireAdmin(request);
  const region = await getRegion(params.regionId ?? "");
  if (!region) notFound();
  const parsed = parseForm(regionSchema, await request.formData());
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  if (!(await updateRegion(region.id, parsed.data, user))) notFound();
  return redirect(`/beheer/regios/${region.id}?opgeslagen=1`);
}

export default function RegionEdit() {
  const { region, staff, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const values = actionData?.values ?? {
    wspName: region.wsp_name,
    wspEmail: region.wsp_email,
    wspPhone: region.wsp_phone,
    serviceNormDays: String(region.service_norm_days),
  };
  const { form, onSubmit, errors, submitCount } = useValidatedForm(regionSchema, { actionData, defaultValues: values });
  return (
    <>
      <Link className="back-link" to="/beheer">
        Terug naar beheer
      </Link>
      <h1>
        {region.name} <span className="muted">({region.id})</span>
      </h1>
      {saved ? (
        <p className="panel panel--ok" role="status">
          De gegevens van het WSP zijn opgeslagen.
        </p>
      ) : null}
      <h2>Werkgeversservicepunt</h2>
      <p>Werkgevers in deze regio zien deze gegevens. De servicenorm is het aantal werkdagen waarbinnen het WSP voor het eerst contact opneemt.</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <TextField name="wspName" label={labels.wspName} error={errors.wspName} inputProps={{ ...form.register("wspName"), autoComplete: "organization", defaultValue: values.wspName }} />
        <TextField
          name="wspEmail"
          label={labels.wspEmail}
          error={errors.wspEmail}
          inputProps={{ ...form.register("wspEmail"), type: "email", autoComplete: "email", spellCheck: false, defaultValue: values.wspEmail }}
        />
        <TextField
          name="wspPhone"
          label={labels.wspPhone}
          hint="Bijvoorbeeld 010 123 45 67."
          error={errors.wspPhone}
          inputProps={{ ...form.register("wspPhone"), type: "tel", autoComplete: "tel", defaultValue: values.wspPhone }}
        />
        <TextField
          name="serviceNormDays"
          label="Servicenorm in werkdagen"
          hint="Een heel getal van 1 tot en met 10. Weekenden en feestdagen tellen niet mee."
          error={errors.serviceNormDays}
          inputProps={{
            ...form.register("serviceNormDays"),
            inputMode: "numeric",
            className: "field__input field__input--short",
            defaultValue: values.serviceNormDays,
          }}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            Opslaan
          </button>
        </div>
      </Form>

      <h2>Medewerkers van het WSP</h2>
      {staff.length === 0 ? (
        <p>Deze regio heeft nog geen accountmanagers of coördinatoren.</p>
      ) : (
        <TableWrap label="Tabel medewerkers van het WSP">
          <table>
            <caption>Accountmanagers en coördinatoren van {region.wsp_name}</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Rol</th>
                <th scope="col">Vervanger</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/beheer/gebruikers/${s.id}`}>{s.name}</Link>
                  </th>
                  <td>{roleLabel(s.role)}</td>
                  <td>{s.backupName ?? "Geen"}</td>
                  <td>
                    {s.active !== 1 ? "Gedeactiveerd" : s.absent_until ? `Afwezig tot en met ${formatDate(s.absent_until)}` : "Actief"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p>
        <Link to={`/beheer/gebruikers/nieuw?regio=${region.id}`}>Medewerker uitnodigen voor deze regio</Link>
      </p>
    </>
  );
}
