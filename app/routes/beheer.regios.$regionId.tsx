import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { amsterdamDate } from "~/domain/working-days";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField, useValidatedForm } from "~/components/forms";
import { ColumnHeads } from "~/components/column-heads";
import { TableWrap } from "~/components/table-wrap";
import { roleLabel } from "~/content/navigation";
import { adminMessages } from "~/i18n/admin";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { getRegion, listRegionStaffWithBackup, updateRegion } from "~/models/region.server";
import { regionSchema } from "~/schemas/admin";
import { notFound, requireAdmin } from "~/utils/auth.server";
import { formatDate } from "~/utils/format";
import { parseForm } from "~/utils/forms";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, adminMessages, (t) => data?.region.name ?? t.region.titleFallback);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const region = await getRegion(params.regionId ?? "");
  if (!region) notFound();
  const saved = new URL(request.url).searchParams.get("opgeslagen") === "1";
  const today = amsterdamDate(new Date());
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
  return redirect(`/beheer/regios/${region.id}?${new URLSearchParams({ opgeslagen: "1" })}`);
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
  const all = useMessages(adminMessages);
  const t = all.region;
  const labels = t.labels;
  const locale = useLocale();
  return (
    <>
      <Link className="back-link" to="/beheer">
        {all.backToAdmin}
      </Link>
      <h1>
        {region.name} <span className="muted">({region.id})</span>
      </h1>
      {saved ? (
        <p className="panel panel--ok" role="status">
          {t.saved}
        </p>
      ) : null}
      <h2>{t.wspHeading}</h2>
      <p>{t.wspText}</p>
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
          hint={t.phoneHint}
          error={errors.wspPhone}
          inputProps={{ ...form.register("wspPhone"), type: "tel", autoComplete: "tel", defaultValue: values.wspPhone }}
        />
        <TextField
          name="serviceNormDays"
          label={t.serviceNormLabel}
          hint={t.serviceNormHint}
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
            {t.save}
          </button>
        </div>
      </Form>

      <h2>{t.staffHeading}</h2>
      {staff.length === 0 ? (
        <p>{t.noStaff}</p>
      ) : (
        <TableWrap label={t.staffTable}>
          <table>
            <caption>{fmt(t.staffCaption, { wsp: region.wsp_name })}</caption>
            <ColumnHeads columns={t.columns} />
            <tbody>
              {staff.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/beheer/gebruikers/${s.id}`}>{s.name}</Link>
                  </th>
                  <td>{roleLabel(s.role, locale)}</td>
                  <td>{s.backupName ?? t.noBackup}</td>
                  <td>
                    {s.active !== 1
                      ? t.deactivated
                      : s.absent_until
                        ? fmt(t.absentUntil, { date: formatDate(s.absent_until, locale) })
                        : t.active}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p>
        <Link to={`/beheer/gebruikers/nieuw?regio=${region.id}`}>{t.invite}</Link>
      </p>
    </>
  );
}
