import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, TextField, useValidatedForm } from "~/components/forms";
import { StaffRoleFields } from "~/components/staff-role-fields";
import { adminMessages } from "~/i18n/admin";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { useMessages } from "~/i18n/use-messages";
import { INVITE_LINK_DAYS } from "~/domain/link-validity";
import { inviteStaff, listOrganisations } from "~/models/staff.server";
import { inviteSchema } from "~/schemas/admin";
import { requireAdmin } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { formDataToObject, parseForm } from "~/utils/forms";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, adminMessages, (t) => t.invite.title);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const [regions, organisations] = await Promise.all([
    db().selectFrom("regions").select(["id", "name"]).orderBy("name").execute(),
    listOrganisations(),
  ]);
  const region = new URL(request.url).searchParams.get("regio") ?? "";
  return json({ regions, organisations, defaultRegion: regions.some((r) => r.id === region) ? region : "" });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAdmin(request);
  const formData = await request.formData();
  const parsed = parseForm(inviteSchema, formData);
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await inviteStaff(parsed.data, user, appUrl(request));
  if (!result.ok) {
    const errors = "field" in result ? { [result.field]: result.message } : { form: err("admin", "badRequest") };
    return json({ errors, values: formDataToObject(formData) }, { status: 400 });
  }
  return redirect(`/beheer/gebruikers/${result.id}?${new URLSearchParams({ uitgenodigd: "1" })}`);
}

export default function InviteStaff() {
  const { regions, organisations, defaultRegion } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const values: Record<string, string> = actionData?.values ?? { regionId: defaultRegion };
  const { form, onSubmit, errors, submitCount } = useValidatedForm(inviteSchema, { actionData, defaultValues: values });
  const all = useMessages(adminMessages);
  const t = all.invite;
  const labels = t.labels;
  return (
    <>
      <Link className="back-link" to="/beheer/gebruikers">
        {all.users.backToUsers}
      </Link>
      <h1>{t.title}</h1>
      <p>{fmt(t.text, { days: INVITE_LINK_DAYS })}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <TextField name="name" label={labels.name} error={errors.name} inputProps={{ ...form.register("name"), autoComplete: "off", defaultValue: values.name }} />
        <TextField
          name="email"
          label={labels.email}
          hint={t.emailHint}
          error={errors.email}
          inputProps={{ ...form.register("email"), type: "email", autoComplete: "off", spellCheck: false, defaultValue: values.email }}
        />
        <StaffRoleFields
          register={form.register}
          role={form.watch("role")}
          errors={errors}
          values={values}
          regions={regions}
          organisations={organisations}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t.send}
          </button>
        </div>
      </Form>
    </>
  );
}
