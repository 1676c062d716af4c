import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { StepIndicator } from "~/components/forms";
import { localizeDefinition } from "~/content/questionnaire/localize";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { scanMessages } from "~/i18n/scan";
import { sectorName } from "~/i18n/sectors";
import { scoreScan, validateAnswers } from "~/domain/scoring";
import { CHECK_STEP, neighbours } from "~/domain/wizard";
import { getEmployerOverview } from "~/models/employer.server";
import { completeScan, loadAnswers } from "~/models/scan.server";
import { notFound } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { requireOwnScan } from "~/utils/scan-access.server";
import { SharingFields } from "~/components/sharing-fields";
import { consentMessages } from "~/i18n/consents";
import { getLocale } from "~/i18n/locale.server";
import { useMessages } from "~/i18n/use-messages";
import { campaignOrganisationOfScan } from "~/models/campaign.server";
import { setScanSharing } from "~/models/consent.server";
import { sharingSchema } from "~/schemas/sharing";
import { parseForm } from "~/utils/forms";
import { ErrorSummary } from "~/components/forms";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, scanMessages, (t) => t.check.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, scan, definition: stored } = await requireOwnScan(request, params.scanId, { editable: true });
  const locale = await getLocale(request);
  const definition = localizeDefinition(stored, locale);
  const [answers, overview, organisation] = await Promise.all([
    loadAnswers(scan.id),
    getEmployerOverview(user.employerId),
    campaignOrganisationOfScan(scan.id),
  ]);
  if (!overview) notFound();
  const { step, total, previous } = neighbours(definition, CHECK_STEP);
  const pillars = definition.pillars.map((p) => ({
    id: p.id,
    title: p.title,
    rows: p.questions.map((q) => ({
      id: q.id,
      text: q.text,
      answer: q.options.find((o) => o.id === answers[q.id])?.label ?? null,
    })),
  }));
  return json({
    scanId: scan.id,
    step: step!,
    total,
    previousHref: `/scan/${scan.id}/${previous?.key ?? ""}`,
    pillars,
    employer: {
      ...overview.employer,
      sectorName: sectorName(scan.sector_id, overview.employer.sectorName, locale),
      wspName: overview.contact.wspName,
    },
    organisationName: organisation?.name ?? null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, scan, definition } = await requireOwnScan(request, params.scanId);
  const locale = await getLocale(request);
  if (scan.status === "completed") return redirect(`/rapport/${scan.id}`);
  const organisation = await campaignOrganisationOfScan(scan.id);
  const share = parseForm(sharingSchema(Boolean(organisation)), await request.formData());
  if (!share.ok) return json({ missing: [] as { id: string; title: string }[], errors: share.errors }, { status: 400 });
  const answers = await loadAnswers(scan.id);
  const validation = validateAnswers(definition, answers);
  if (!validation.complete) {
    // Scores use the published definition; the titles shown are in the user's language.
    const missing = localizeDefinition(definition, locale)
      .pillars.filter((p) => validation.unanswered.some((u) => u.pillarId === p.id))
      .map((p) => ({ id: p.id, title: p.title }));
    return json({ missing, errors: {} as Record<string, string> }, { status: 400 });
  }
  await completeScan(db(), scan.id, scoreScan(definition, answers));
  await setScanSharing({
    scan,
    userId: user.id,
    wsp: share.data.share === "ja",
    organisation: organisation ? { id: organisation.id, granted: share.data.shareOrganisation === "ja" } : undefined,
    locale,
  });
  return redirect(`/rapport/${scan.id}`);
}

export default function CheckAnswers() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const consent = useMessages(consentMessages);
  const navigation = useNavigation();
  const missingPillars = data.pillars.filter((p) => p.rows.some((r) => r.answer === null));
  const missing = actionData?.missing ?? [];
  const errors: Record<string, string> = actionData?.errors ?? {};
  const t = useMessages(scanMessages).check;
  return (
    <>
      <Link className="back-link" to={data.previousHref}>
        {t.previous}
      </Link>
      <StepIndicator number={data.step.number} total={data.total} />
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {missing.length > 0 || missingPillars.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2>{t.missingHeading}</h2>
          <ul>
            {(missing.length ? missing : missingPillars).map((p) => (
              <li key={p.id}>
                <a href={`/scan/${data.scanId}/${p.id}?terug=controleren`}>{fmt(t.answerPillar, { pillar: p.title })}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <h2>{t.companyHeading}</h2>
      <dl className="summary">
        <dt>{t.company}</dt>
        <dd>{data.employer.name}</dd>
        <dt>{t.kvk}</dt>
        <dd>{data.employer.kvk}</dd>
        <dt>{t.sector}</dt>
        <dd>{data.employer.sectorName}</dd>
        <dt>{t.fte}</dt>
        <dd>{data.employer.fte}</dd>
        <dt>{t.region}</dt>
        <dd>{data.employer.regionName}</dd>
        <dt>{t.contact}</dt>
        <dd>
          {data.employer.contactName}, {data.employer.email}
        </dd>
      </dl>
      <p>
        <Link to="/scan/bedrijf">
          {t.change}
          <span className="visually-hidden">{t.changeCompany}</span>
        </Link>
      </p>

      {data.pillars.map((p) => (
        <section key={p.id} aria-labelledby={`kop-${p.id}`}>
          <h2 id={`kop-${p.id}`}>{p.title}</h2>
          <dl className="summary">
            {p.rows.map((r) => (
              <div key={r.id} className="summary__row">
                <dt>{r.text}</dt>
                <dd>{r.answer ?? <strong className="field__error">{t.notAnswered}</strong>}</dd>
              </div>
            ))}
          </dl>
          <p>
            <Link to={`/scan/${data.scanId}/${p.id}?terug=controleren`}>
              {t.change}
              <span className="visually-hidden">{fmt(t.changeAnswers, { pillar: p.title })}</span>
            </Link>
          </p>
        </section>
      ))}

      <Form method="post" noValidate>
        <h2>{t.shareHeading}</h2>
        <ErrorSummary errors={errors} labels={consent.labels} />
        <SharingFields wspName={data.employer.wspName} organisationName={data.organisationName} errors={errors} />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t.submit}
          </button>
        </div>
      </Form>
    </>
  );
}
