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
import { companyProfileSchema, profileLabels } from "~/schemas/company-profile";
import { forbidden } from "~/utils/auth.server";
import { campaignCodeFrom } from "~/utils/campaign";
import { db } from "~/utils/db.server";
import { parseForm } from "~/utils/forms";
import { newToken } from "~/utils/ids.server";
import { createUserSession, getSessionUser } from "~/utils/session.server";
import { limitPublicPost } from "~/utils/rate-limit.server";
import { rateRules } from "~/domain/rate-limit";

export const meta: MetaFunction = () => [{ title: "Stap 1: uw bedrijf — Toekomstscan" }];

const START_KEY_REUSE_MS = 15 * 60_000;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  if (user && user.role !== "employer") forbidden();
  const employer = user?.employerId ? await findEmployerById(user.employerId) : undefined;
  const [sectors, municipalities, regions] = await Promise.all([
    db().selectFrom("sectors").select(["id", "name"]).orderBy("sort_order").execute(),
    db().selectFrom("municipalities").select(["code", "name"]).orderBy("name").execute(),
    db().selectFrom("regions").select(["id", "name"]).orderBy("name").execute(),
  ]);
  const steps = wizardSteps(await currentDefinition());
  return json({
    sectors: sectors.map((s) => ({ value: s.id, label: s.name })),
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
    const created = await startScanForNewEmployer(profile, location, start);
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

  if (known) {
    return (
      <>
        <h1>Uw bedrijf is al bekend</h1>
        <div className="panel panel--ok" role="status">
          <p>Dit bedrijf of dit e-mailadres staat al in het Werkgeversportaal.</p>
          <p>
            Wij sturen een e-mail met een link naar het e-mailadres dat bij ons bekend is. Met die link gaat u verder. De
            link werkt 7 dagen.
          </p>
        </div>
        <p>
          Krijgt u geen e-mail? Misschien gebruikte uw bedrijf een ander e-mailadres. Neem dan contact op met uw
          Werkgeversservicepunt.
        </p>
      </>
    );
  }

  return (
    <>
      <Link className="back-link" to="/scan">
        Terug
      </Link>
      <StepIndicator number={1} total={data.total} />
      <h1>Uw bedrijf</h1>
      <p>Deze gegevens gebruiken we voor uw advies en om u te vergelijken met bedrijven in uw branche.</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={profileLabels} focusKey={submitCount} />
        <input type="hidden" name="startKey" value={data.startKey} />
        <Honeypot />
        {data.campaignCode ? <input type="hidden" name="campaignCode" value={data.campaignCode} /> : null}
        <TextField
          name="name"
          label="Naam van uw bedrijf"
          error={errors.name}
          inputProps={{ ...form.register("name"), defaultValue: values.name, autoComplete: "organization" }}
        />
        <TextField
          name="kvk"
          label="KvK-nummer"
          hint="8 cijfers. U vindt het op uw uittreksel van de Kamer van Koophandel."
          error={errors.kvk}
          inputProps={{ ...form.register("kvk"), defaultValue: values.kvk, inputMode: "numeric", autoComplete: "off" }}
        />
        <SelectField
          name="sectorId"
          label="Branche"
          error={errors.sectorId}
          placeholder="Kies uw branche"
          options={data.sectors}
          selectProps={{ ...form.register("sectorId"), defaultValue: values.sectorId }}
        />
        <TextField
          name="fte"
          label="Aantal medewerkers (in fte)"
          hint={`Rond af op hele getallen. De scan is gemaakt voor bedrijven met ${SCAN_FTE_MIN} tot ${SCAN_FTE_MAX} fte.`}
          error={errors.fte}
          inputProps={{ ...form.register("fte"), defaultValue: values.fte, inputMode: "numeric", className: "field__input field__input--short" }}
        />
        <div aria-live="polite">
          {Number.isFinite(fte) && fte > 0 && outsideTargetSize(fte) && !errors.fte ? (
            <p className="panel panel--warn notice">
              Let op: deze scan is gemaakt voor bedrijven met {SCAN_FTE_MIN} tot {SCAN_FTE_MAX} fte. U kunt hem toch
              invullen. Het advies past dan misschien minder goed.
            </p>
          ) : null}
        </div>
        <SelectField
          name="municipalityCode"
          label="Gemeente van uw bedrijf"
          hint="Zo weten we welk Werkgeversservicepunt bij u hoort."
          error={errors.municipalityCode}
          placeholder="Kies uw gemeente"
          options={data.municipalities}
          selectProps={{ ...form.register("municipalityCode"), defaultValue: values.municipalityCode }}
        />
        <SelectField
          name="regionId"
          label="Staat uw gemeente er niet bij? Kies dan uw arbeidsmarktregio"
          error={errors.regionId}
          placeholder="Kies uw arbeidsmarktregio"
          options={data.regions}
          selectProps={{ ...form.register("regionId"), defaultValue: values.regionId }}
        />
        <TextField
          name="contactName"
          label="Uw naam"
          error={errors.contactName}
          inputProps={{ ...form.register("contactName"), defaultValue: values.contactName, autoComplete: "name" }}
        />
        <TextField
          name="email"
          label="Uw e-mailadres"
          hint="Hierheen sturen we de link om later verder te gaan."
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
          label="Uw telefoonnummer (niet verplicht)"
          hint="Dan kan uw accountmanager u bellen."
          error={errors.phone}
          inputProps={{ ...form.register("phone"), defaultValue: values.phone, type: "tel", autoComplete: "tel" }}
        />
        <p className="muted">
          Wij bewaren deze gegevens om u advies te geven. U kiest later zelf of u uw uitslag deelt met uw
          Werkgeversservicepunt.
        </p>
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            Opslaan en verder
          </button>
        </div>
      </Form>
    </>
  );
}
