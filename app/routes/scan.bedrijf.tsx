import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, Honeypot, SelectField, StepIndicator, TextField, useValidatedForm } from "~/components/forms";
import { outsideTargetSize, SCAN_FTE_MAX, SCAN_FTE_MIN, wizardSteps } from "~/domain/wizard";
import { findEmployerById, findExistingEmployer } from "~/models/employer.server";
import { currentDefinition, currentVersion } from "~/models/questionnaire.server";
import { findScanByStartKey } from "~/models/scan.server";
import {
  resolveProfileReferences,
  sendResumeLink,
  startScanForNewEmployer,
  updateProfileAndStartScan,
} from "~/models/scan-start.server";
import { findUserByEmail } from "~/models/user.server";
import { companyProfileSchema } from "~/schemas/company-profile";
import { getLocale } from "~/i18n/locale.server";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { scanMessages } from "~/i18n/scan";
import { sectorName } from "~/i18n/sectors";
import { useMessages } from "~/i18n/use-messages";
import { RESUME_LINK_DAYS } from "~/domain/link-validity";
import { forbidden } from "~/utils/auth.server";
import { campaignCodeFrom } from "~/utils/campaign";
import { db } from "~/utils/db.server";
import { parseForm } from "~/utils/forms";
import { newToken } from "~/utils/ids.server";
import { createUserSession, getSessionUser } from "~/utils/session.server";
import { limitPublicPost } from "~/utils/rate-limit.server";
import { rateRules } from "~/domain/rate-limit";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, scanMessages, (t) => t.company.title);

const START_KEY_REUSE_MS = 15 * 60_000;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  if (user && user.role !== "employer") forbidden();
  const employer = user?.employerId ? await findEmployerById(user.employerId) : undefined;
  const locale = await getLocale(request);
  const [sectors, municipalities, regions] = await Promise.all([
    db().selectFrom("sectors").select(["id", "name"]).orderBy("sort_order").execute(),
    db().selectFrom("municipalities").select(["code", "name"]).orderBy("name").execute(),
    db().selectFrom("regions").select(["id", "name"]).orderBy("name").execute(),
  ]);
  const steps = wizardSteps(await currentDefinition());
  return json({
    sectors: sectors.map((s) => ({ value: s.id, label: sectorName(s.id, s.name, locale) })),
    municipalities: municipalities.map((m) => ({ value: m.code, label: m.name })),
    regions: regions.map((r) => ({ value: r.id, label: r.name })),
    startKey: newToken(),
    campaignCode: campaignCodeFrom(new URL(request.url).searchParams.get("c")),
    total: steps.length,
    prefill: employer
      ? {
          name: employer.name,
          kvk: employer.kvk,
          sectorId: employer.sector_id,
          fte: String(employer.fte),
          municipalityCode: employer.municipality_code ?? "",
          regionId: employer.municipality_code ? "" : employer.region_id,
          contactName: employer.contact_name,
          email: employer.email,
          phone: employer.phone ?? "",
        }
      : null,
  });
}

type Known = { known: true; email: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await getSessionUser(request);
  if (user && user.role !== "employer") forbidden();
  const parsed = parseForm(companyProfileSchema, await request.formData());
  if (!parsed.ok) return json({ ok: false as const, errors: parsed.errors, values: parsed.values }, { status: 400 });
  const profile = parsed.data;
  if (!user) {
    // A link may be mailed to the address on file below: the same limits as sign-in links.
    const limited = await limitPublicPost(context, [{ rule: rateRules.magicLinkPerEmail, subject: profile.email }], "email", {
      ok: false,
      values: stringValues(profile),
    });
    if (limited) return limited;
  }
  const location = await resolveProfileReferences(profile);
  if (!location.ok) {
    return json(
      { ok: false as const, errors: { [location.field]: location.message }, values: stringValues(profile) },
      { status: 400 },
    );
  }
  const start = {
    version: await currentVersion(),
    campaignCode: campaignCodeFrom(profile.campaignCode),
    startKey: profile.startKey && profile.startKey.length >= 32 ? profile.startKey : null,
  };

  if (user?.employerId) {
    const result = await updateProfileAndStartScan(user.employerId, user.id, profile, location, start);
    if (!result.ok) {
      return json(
        { ok: false as const, errors: { [result.field]: result.message }, values: stringValues(profile) },
        { status: 400 },
      );
    }
    return redirect(`/scan/${result.scanId}`);
  }

  // The same form submitted twice (double click, retry): continue the scan it started.
  if (start.startKey) {
    const earlier = await findScanByStartKey(start.startKey);
    if (earlier && Date.now() - Date.parse(earlier.started_at) < START_KEY_REUSE_MS) {
      const contact = await findUserByEmail(profile.email);
      if (contact?.employer_id === earlier.employer_id) {
        return createUserSession(request, contact, `/scan/${earlier.id}`);
      }
    }
  }

  // A company we already know: nobody sees its data without the link sent to the address on file.
  const existing = await findExistingEmployer(profile.kvk, profile.email);
  const sameEmailUser = await findUserByEmail(profile.email);
  if (existing || sameEmailUser) {
    const contact = existing
      ? await db()
          .selectFrom("users")
          .select(["id", "name", "email"])
          .where("employer_id", "=", existing.id)
          .where("active", "=", 1)
          .executeTakeFirst()
      : undefined;
    if (contact) {
      await sendResumeLink(request, { userId: contact.id, name: contact.name, email: contact.email }, "/scan", "known-company");
    }
    return json<Known>({ known: true, email: profile.email });
  }

  try {
    const created = await startScanForNewEmployer(profile, location, start, await getLocale(request));
    await sendResumeLink(
      request,
      { userId: created.userId, name: profile.contactName, email: profile.email },
      `/scan/${created.scanId}`,
      "resume",
    );
    return createUserSession(request, { id: created.userId, role: "employer" }, `/scan/${created.scanId}`);
  } catch (error) {
    if (error instanceof Error && /UNIQUE|unique/.test(error.message)) {
      return json<Known>({ known: true, email: profile.email });
    }
    throw error;
  }
}

function stringValues(profile: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, v == null ? "" : String(v)]));
}

export default function CompanyProfilePage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const failed = actionData && "ok" in actionData && !actionData.ok ? actionData : undefined;
  const known = actionData && "known" in actionData ? actionData : undefined;
  const values: Record<string, string> = failed?.values ?? data.prefill ?? {};
  const { form, onSubmit, errors, submitCount } = useValidatedForm(companyProfileSchema, {
    actionData: failed,
    defaultValues: values,
  });
  const fte = Number(form.watch("fte") ?? values.fte ?? "");
  const t = useMessages(scanMessages).company;
  const size = { min: SCAN_FTE_MIN, max: SCAN_FTE_MAX };

  if (known) {
    return (
      <>
        <h1>{t.knownHeading}</h1>
        <div className="panel panel--ok" role="status">
          <p>{t.knownText}</p>
          <p>{fmt(t.knownLink, { days: RESUME_LINK_DAYS })}</p>
        </div>
        <p>{t.knownNoMail}</p>
      </>
    );
  }

  return (
    <>
      <Link className="back-link" to="/scan">
        {t.back}
      </Link>
      <StepIndicator number={1} total={data.total} />
      <h1>{t.heading}</h1>
      <p>{t.lead}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={t.labels} focusKey={submitCount} />
        <input type="hidden" name="startKey" value={data.startKey} />
        <Honeypot />
        {data.campaignCode ? <input type="hidden" name="campaignCode" value={data.campaignCode} /> : null}
        <TextField
          name="name"
          label={t.nameLabel}
          error={errors.name}
          inputProps={{ ...form.register("name"), defaultValue: values.name, autoComplete: "organization" }}
        />
        <TextField
          name="kvk"
          label={t.kvkLabel}
          hint={t.kvkHint}
          error={errors.kvk}
          inputProps={{ ...form.register("kvk"), defaultValue: values.kvk, inputMode: "numeric", autoComplete: "off" }}
        />
        <SelectField
          name="sectorId"
          label={t.sectorLabel}
          error={errors.sectorId}
          placeholder={t.sectorPlaceholder}
          options={data.sectors}
          selectProps={{ ...form.register("sectorId"), defaultValue: values.sectorId }}
        />
        <TextField
          name="fte"
          label={t.fteLabel}
          hint={fmt(t.fteHint, size)}
          error={errors.fte}
          inputProps={{ ...form.register("fte"), defaultValue: values.fte, inputMode: "numeric", className: "field__input field__input--short" }}
        />
        <div aria-live="polite">
          {Number.isFinite(fte) && fte > 0 && outsideTargetSize(fte) && !errors.fte ? (
            <p className="panel panel--warn notice">{fmt(t.sizeWarning, size)}</p>
          ) : null}
        </div>
        <SelectField
          name="municipalityCode"
          label={t.municipalityLabel}
          hint={t.municipalityHint}
          error={errors.municipalityCode}
          placeholder={t.municipalityPlaceholder}
          options={data.municipalities}
          selectProps={{ ...form.register("municipalityCode"), defaultValue: values.municipalityCode }}
        />
        <SelectField
          name="regionId"
          label={t.regionLabel}
          hint={t.regionHint}
          error={errors.regionId}
          placeholder={t.regionPlaceholder}
          options={data.regions}
          selectProps={{ ...form.register("regionId"), defaultValue: values.regionId }}
        />
        <TextField
          name="contactName"
          label={t.contactNameLabel}
          error={errors.contactName}
          inputProps={{ ...form.register("contactName"), defaultValue: values.contactName, autoComplete: "name" }}
        />
        <TextField
          name="email"
          label={t.emailLabel}
          hint={t.emailHint}
          error={errors.email}
          inputProps={{
            ...form.register("email"),
            defaultValue: values.email,
            type: "email",
            autoComplete: "email",
            spellCheck: false,
          }}
        />
        <TextField
          name="phone"
          label={t.phoneLabel}
          hint={t.phoneHint}
          error={errors.phone}
          inputProps={{ ...form.register("phone"), defaultValue: values.phone, type: "tel", autoComplete: "tel" }}
        />
        <p className="muted">{t.privacy}</p>
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t.submit}
          </button>
        </div>
      </Form>
    </>
  );
}
