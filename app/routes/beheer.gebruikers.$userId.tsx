import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, SelectField, useValidatedForm } from "~/components/forms";
import { StaffRoleFields } from "~/components/staff-role-fields";
import { roleLabel } from "~/content/navigation";
import { openWork } from "~/models/dashboard.server";
import { getStaffMember, listOrganisations, resendInvite, setStaffActive, staffStatus, updateStaff } from "~/models/staff.server";
import { userEditSchema, userStatusSchema } from "~/schemas/admin";
import { notFound, requireAdmin } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { formatDateTime } from "~/utils/format";
import { formDataToObject, parseForm } from "~/utils/forms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.member.name ?? "Gebruiker"} — Beheer — Werkgeversportaal` }];

const labels = { role: "Rol", regionId: "Arbeidsmarktregio", organisationId: "Werkgeversorganisatie", backupUserId: "Vervanger" };

const messages: Record<string, string> = {
  uitgenodigd: "De uitnodiging is verstuurd.",
  opgeslagen: "De wijzigingen zijn opgeslagen.",
  gedeactiveerd: "Het account is gedeactiveerd. Deze medewerker is uitgelogd en kan niet meer inloggen.",
  geactiveerd: "Het account is weer actief.",
};

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
  const done = Object.keys(messages).find((k) => new URL(request.url).searchParams.has(k));
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
    },
    openWork: work ? work.requests + work.leads : 0,
    employers: Number(employers.n),
    regions,
    organisations,
    colleagues,
    message: done ? messages[done] : null,
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
  if (!parsed.ok) return json({ errors: { form: "Dit verzoek begrepen wij niet." }, values: noValues }, { status: 400 });
  if (parsed.data.intent === "uitnodiging") {
    if (!(await resendInvite(found.id, admin, appUrl(request)))) {
      return json({ errors: { form: "Deze medewerker heeft al een wachtwoord of is gedeactiveerd." }, values: noValues }, { status: 400 });
    }
    return back("uitgenodigd");
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

const statusText = { actief: "Actief", uitgenodigd: "Uitgenodigd, heeft nog geen wachtwoord gekozen", gedeactiveerd: "Gedeactiveerd" } as const;

export default function UserEdit() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const m = data.member;
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
        Terug naar gebruikers
      </Link>
      <h1>{m.name}</h1>
      {data.message ? (
        <p className="panel panel--ok" role="status">
          {data.message}
        </p>
      ) : null}
      {formError ? (
        <div className="panel panel--error" role="alert">
          <p>{formError}</p>
        </div>
      ) : null}
      <dl>
        <dt>E-mailadres</dt>
        <dd>{m.email}</dd>
        <dt>Rol</dt>
        <dd>{roleLabel(m.role)}</dd>
        <dt>Status</dt>
        <dd>{statusText[m.status]}</dd>
        <dt>Laatst ingelogd</dt>
        <dd>{m.lastLoginAt ? formatDateTime(m.lastLoginAt) : "Nog niet"}</dd>
      </dl>

      <h2>Rol en regio wijzigen</h2>
      <p>Na een wijziging van de rol, regio of organisatie is de medewerker meteen uitgelogd. Bij de volgende keer inloggen geldt de nieuwe rol.</p>
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
            hint="De collega die de werkgevers helpt als deze medewerker afwezig is."
            placeholder="Geen vervanger"
            options={data.colleagues.map((c) => ({ value: c.id, label: c.name }))}
            error={errors.backupUserId}
            selectProps={{ ...form.register("backupUserId"), defaultValue: values.backupUserId }}
          />
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            Wijzigingen opslaan
          </button>
        </div>
      </Form>

      {m.status === "uitgenodigd" ? (
        <>
          <h2>Uitnodiging</h2>
          <p>Is de link verlopen of kwijt? Stuur een nieuwe uitnodiging. De oude link werkt dan niet meer.</p>
          <Form method="post">
            <button type="submit" name="intent" value="uitnodiging" className="button button--secondary" disabled={busy}>
              Nieuwe uitnodiging versturen
            </button>
          </Form>
        </>
      ) : null}

      {m.isSelf ? null : m.status === "gedeactiveerd" ? (
        <>
          <h2>Account weer activeren</h2>
          <p>De medewerker kan dan weer inloggen met het eigen wachtwoord.</p>
          <Form method="post">
            <button type="submit" name="intent" value="activeren" className="button button--secondary" disabled={busy}>
              Account activeren
            </button>
          </Form>
        </>
      ) : (
        <>
          <h2>Account deactiveren</h2>
          <p>De medewerker wordt meteen uitgelogd en kan niet meer inloggen. Gegevens en geschiedenis blijven bewaard.</p>
          {data.openWork > 0 || data.employers > 0 ? (
            <div className="panel panel--warn">
              {data.openWork > 0 ? (
                <p>
                  Deze medewerker heeft nog{" "}
                  {data.openWork === 1 ? "1 open aanvraag of gedeelde scan" : `${data.openWork} open aanvragen en gedeelde scans`}. Vraag de
                  coördinator van de regio om dit werk over te dragen op het dashboard, liefst vóór u het account deactiveert.
                </p>
              ) : null}
              {data.employers > 0 ? (
                <p>
                  Deze medewerker is de vaste contactpersoon van {data.employers === 1 ? "1 werkgever" : `${data.employers} werkgevers`}. Na
                  het deactiveren zien zij de algemene gegevens van het WSP, tot een collega hun contactpersoon wordt.
                </p>
              ) : null}
            </div>
          ) : null}
          <Form method="post">
            <button type="submit" name="intent" value="deactiveren" className="button button--secondary" disabled={busy}>
              Account deactiveren
            </button>
          </Form>
        </>
      )}
    </>
  );
}
