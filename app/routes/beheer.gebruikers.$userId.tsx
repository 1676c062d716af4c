import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ReactNode } from "react";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, SelectField, useValidatedForm } from "~/components/forms";
import { StaffRoleFields } from "~/components/staff-role-fields";
import { roleLabel } from "~/content/navigation";
import { adminMessages } from "~/i18n/admin";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useErrorText, useLocale, useMessages } from "~/i18n/use-messages";
import { openWork } from "~/models/dashboard.server";
import { getStaffMember, listOrganisations, resendInvite, resetSecondFactor, setStaffActive, staffStatus, updateStaff } from "~/models/staff.server";
import { userEditSchema, userStatusSchema } from "~/schemas/admin";
import { notFound, requireAdmin } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { formatDateTime } from "~/utils/format";
import { formDataToObject, parseForm } from "~/utils/forms";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, adminMessages, (t) => data?.member.name ?? t.user.titleFallback);

/** What was just done (from the query string after a redirect); the page shows its message. */
const doneKeys = ["uitgenodigd", "opgeslagen", "gedeactiveerd", "geactiveerd", "tweestapsHersteld"] as const;

async function member(request: Request, userId: string | undefined) {
  const admin = await requireAdmin(request);
  const found = await getStaffMember(userId ?? "");
  if (!found) notFound();
  return { admin, found };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { admin, found } = await member(request, params.userId);
  const [regions, organisations, colleagues] = await Promise.all([
    db().selectFrom("regions").select(["id", "name"]).orderBy("name").execute(),
    listOrganisations(),
    found.region_id
      ? db()
          .selectFrom("users")
          .select(["id", "name"])
          .where("region_id", "=", found.region_id)
          .where("role", "in", ["accountmanager", "coordinator"])
          .where("active", "=", 1)
          .where("id", "!=", found.id)
          .orderBy("name")
          .execute()
      : ([] as { id: string; name: string }[]),
  ]);
  const work = found.region_id ? (await openWork(found.region_id)).find((w) => w.userId === found.id) : undefined;
  const employers = await db()
    .selectFrom("employers")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("account_manager_id", "=", found.id)
    .executeTakeFirstOrThrow();
  const done = doneKeys.find((k) => new URL(request.url).searchParams.has(k));
  return json({
    member: {
      id: found.id,
      name: found.name,
      email: found.email,
      role: found.role,
      regionId: found.region_id ?? "",
      organisationId: found.organisation_id ?? "",
      backupUserId: found.backup_user_id ?? "",
      status: staffStatus(found),
      lastLoginAt: found.last_login_at,
      isSelf: found.id === admin.id,
      totpEnabled: found.totp_enabled_at !== null,
    },
    openWork: work ? work.requests + work.leads : 0,
    employers: Number(employers.n),
    regions,
    organisations,
    colleagues,
    done: done ?? null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { admin, found } = await member(request, params.userId);
  const formData = await request.formData();
  const back = (done: string) => redirect(`/beheer/gebruikers/${found.id}?${done}=1`);
  if (formData.get("intent") === "opslaan") {
    const parsed = parseForm(userEditSchema, formData);
    if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
    const result = await updateStaff(found.id, parsed.data, admin);
    if (!result.ok) {
      if ("notFound" in result) notFound();
      return json({ errors: { [result.field]: result.message }, values: formDataToObject(formData) }, { status: 400 });
    }
    return back("opgeslagen");
  }
  const parsed = parseForm(userStatusSchema, formData);
  if (!parsed.ok) return json({ errors: { form: err("admin", "badRequest") }, values: noValues }, { status: 400 });
  if (parsed.data.intent === "uitnodiging") {
    if (!(await resendInvite(found.id, admin, appUrl(request)))) {
      return json({ errors: { form: err("admin", "alreadyActive") }, values: noValues }, { status: 400 });
    }
    return back("uitgenodigd");
  }
  if (parsed.data.intent === "tweestaps-herstellen") {
    const reset = await resetSecondFactor(found.id, admin);
    if (!reset.ok) {
      if ("notFound" in reset) notFound();
      return json({ errors: { form: reset.message }, values: noValues }, { status: 400 });
    }
    return back("tweestapsHersteld");
  }
  const active = parsed.data.intent === "activeren";
  const result = await setStaffActive(found.id, active, admin);
  if (!result.ok) {
    if ("notFound" in result) notFound();
    return json({ errors: { form: result.message }, values: noValues }, { status: 400 });
  }
  return back(active ? "geactiveerd" : "gedeactiveerd");
}

const noValues: Record<string, string> = {};

export default function UserEdit() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const m = data.member;
  const all = useMessages(adminMessages);
  const t = all.user;
  const locale = useLocale();
  const errorText = useErrorText();
  const labels = { role: t.role, regionId: all.invite.labels.regionId, organisationId: all.invite.labels.organisationId, backupUserId: t.backupLabel };
  const statusText = { ...all.names.staffStatus, uitgenodigd: t.invitedLong };
  const values: Record<string, string> = actionData?.values?.intent === "opslaan" ? actionData.values : { role: m.role, regionId: m.regionId, organisationId: m.organisationId, backupUserId: m.backupUserId };
  const { form, onSubmit, errors, submitCount } = useValidatedForm(userEditSchema, {
    actionData: actionData?.values?.intent === "opslaan" ? actionData : undefined,
    defaultValues: { ...values, intent: "opslaan" },
  });
  const formError = actionData?.errors && "form" in actionData.errors ? actionData.errors.form : null;
  const busy = navigation.state === "submitting";
  return (
    <>
      <Link className="back-link" to="/beheer/gebruikers">
        {all.users.backToUsers}
      </Link>
      <h1>{m.name}</h1>
      {data.done ? (
        <p className="panel panel--ok" role="status">
          {t.done[data.done]}
        </p>
      ) : null}
      {formError ? (
        <div className="panel panel--error" role="alert">
          <p>{errorText(formError)}</p>
        </div>
      ) : null}
      <dl>
        <dt>{t.email}</dt>
        <dd>{m.email}</dd>
        <dt>{t.role}</dt>
        <dd>{roleLabel(m.role, locale)}</dd>
        <dt>{t.status}</dt>
        <dd>{statusText[m.status]}</dd>
        <dt>{t.lastLogin}</dt>
        <dd>{m.lastLoginAt ? formatDateTime(m.lastLoginAt, locale) : all.notYet}</dd>
      </dl>

      <h2>{t.changeHeading}</h2>
      <p>{t.changeText}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <input type="hidden" {...form.register("intent")} value="opslaan" />
        <StaffRoleFields
          register={form.register}
          role={form.watch("role")}
          errors={errors}
          values={values}
          regions={data.regions}
          organisations={data.organisations}
        />
        {data.colleagues.length > 0 ? (
          <SelectField
            name="backupUserId"
            label={labels.backupUserId}
            hint={t.backupHint}
            placeholder={t.noBackup}
            options={data.colleagues.map((c) => ({ value: c.id, label: c.name }))}
            error={errors.backupUserId}
            selectProps={{ ...form.register("backupUserId"), defaultValue: values.backupUserId }}
          />
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {t.saveChanges}
          </button>
        </div>
      </Form>

      {m.status === "uitgenodigd" ? (
        <StatusAction heading={t.inviteHeading} text={t.inviteText} intent="uitnodiging" label={t.resend} busy={busy} />
      ) : null}

      {m.totpEnabled && !m.isSelf ? (
        <StatusAction heading={t.resetTotpHeading} text={t.resetTotpText} intent="tweestaps-herstellen" label={t.resetTotp} busy={busy} />
      ) : null}

      {m.isSelf ? null : m.status === "gedeactiveerd" ? (
        <StatusAction heading={t.activateHeading} text={t.activateText} intent="activeren" label={t.activate} busy={busy} />
      ) : (
        <StatusAction heading={t.deactivateHeading} text={t.deactivateText} intent="deactiveren" label={t.deactivate} busy={busy}>
          {data.openWork > 0 || data.employers > 0 ? (
            <div className="panel panel--warn">
              {data.openWork > 0 ? <p>{data.openWork === 1 ? t.openWorkOne : fmt(t.openWorkMany, { count: data.openWork })}</p> : null}
              {data.employers > 0 ? <p>{data.employers === 1 ? t.employersOne : fmt(t.employersMany, { count: data.employers })}</p> : null}
            </div>
          ) : null}
        </StatusAction>
      )}
    </>
  );
}

/** One action on the account (a heading, what it does, and its button), posted as `intent`. */
function StatusAction(props: { heading: string; text: string; intent: string; label: string; busy: boolean; children?: ReactNode }) {
  return (
    <>
      <h2>{props.heading}</h2>
      <p>{props.text}</p>
      {props.children}
      <Form method="post">
        <button type="submit" name="intent" value={props.intent} className="button button--secondary" disabled={props.busy}>
          {props.label}
        </button>
      </Form>
    </>
  );
}
