import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, SelectField, TextField, useValidatedForm } from "~/components/forms";
import { amsterdamDate } from "~/domain/working-days";
import { err } from "~/i18n/errors";
import type { Locale } from "~/i18n/locale";
import { getLocale } from "~/i18n/locale.server";
import { pageTitle } from "~/i18n/meta";
import { organisationMessages } from "~/i18n/organisation";
import { sectorName } from "~/i18n/sectors";
import { useMessages } from "~/i18n/use-messages";
import { audit } from "~/models/audit.server";
import { createCampaign } from "~/models/campaign.server";
import { campaignSchema } from "~/schemas/campaigns";
import { requireOrganisationStaff } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { parseForm } from "~/utils/forms";
import { newToken } from "~/utils/ids.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, organisationMessages, (t) => t.newCampaign.title);

async function choices(locale: Locale) {
  const [regions, sectors] = await Promise.all([
    db().selectFrom("regions").select(["id", "name"]).orderBy("name").execute(),
    db().selectFrom("sectors").select(["id", "name"]).orderBy("sort_order").execute(),
  ]);
  return { regions: regions.map((r) => ({ value: r.id, label: r.name })), sectors: sectors.map((s) => ({ value: s.id, label: sectorName(s.id, s.name, locale) })) };
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganisationStaff(request);
  const now = new Date();
  return json({
    ...(await choices(await getLocale(request))),
    submissionKey: newToken(),
    defaults: { startsOn: amsterdamDate(now), endsOn: amsterdamDate(new Date(now.getTime() + 90 * 24 * 3600_000)) },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireOrganisationStaff(request);
  const parsed = parseForm(campaignSchema, await request.formData());
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const { submissionKey, ...input } = parsed.data;
  const { regions, sectors } = await choices("nl");
  const errors: Record<string, string> = {};
  if (input.targetRegionId && !regions.some((r) => r.value === input.targetRegionId)) errors.targetRegionId = err("organisation", "regionFromList");
  if (input.targetSectorId && !sectors.some((s) => s.value === input.targetSectorId)) errors.targetSectorId = err("organisation", "sectorFromList");
  if (Object.keys(errors).length) return json({ errors, values: {} as Record<string, string> }, { status: 400 });
  const id = await createCampaign(user.organisationId, user.id, submissionKey, input);
  if (!id) return json({ errors: { name: err("organisation", "reload") }, values: {} as Record<string, string> }, { status: 400 });
  await audit(db(), { actor: user, action: "create", subjectType: "campaign", subjectId: id });
  return redirect(`/organisatie/campagnes/${id}`);
}

export default function NewCampaign() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useMessages(organisationMessages);
  const texts = t.newCampaign;
  const labels = {
    name: texts.name,
    startsOn: texts.startsOn,
    endsOn: texts.endsOn,
    targetRegionId: texts.targetRegionId,
    targetSectorId: texts.targetSectorId,
  };
  const values: Record<string, string> = actionData?.values ?? {};
  const { form, onSubmit, errors, submitCount } = useValidatedForm(campaignSchema, {
    actionData,
    defaultValues: { submissionKey: data.submissionKey, ...data.defaults, ...values },
  });
  return (
    <>
      <Link className="back-link" to="/organisatie">
        {t.backToCampaigns}
      </Link>
      <h1>{texts.title}</h1>
      <p className="lead">{texts.lead}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <input type="hidden" {...form.register("submissionKey")} value={data.submissionKey} />
        <TextField
          name="name"
          label={labels.name}
          hint={texts.nameHint}
          error={errors.name}
          inputProps={{ ...form.register("name"), autoComplete: "off", maxLength: 120 }}
        />
        <TextField
          name="startsOn"
          label={labels.startsOn}
          error={errors.startsOn}
          inputProps={{ ...form.register("startsOn"), type: "date" }}
        />
        <TextField
          name="endsOn"
          label={labels.endsOn}
          hint={texts.endsOnHint}
          error={errors.endsOn}
          inputProps={{ ...form.register("endsOn"), type: "date" }}
        />
        <SelectField
          name="targetRegionId"
          label={labels.targetRegionId}
          placeholder={texts.allRegions}
          options={data.regions}
          error={errors.targetRegionId}
          selectProps={form.register("targetRegionId")}
        />
        <SelectField
          name="targetSectorId"
          label={labels.targetSectorId}
          placeholder={texts.allSectors}
          options={data.sectors}
          error={errors.targetSectorId}
          selectProps={form.register("targetSectorId")}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {texts.submit}
          </button>
        </div>
      </Form>
    </>
  );
}
