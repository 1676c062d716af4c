import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { StepIndicator } from "~/components/forms";
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

export const meta: MetaFunction = () => [{ title: "Controleer uw antwoorden — Toekomstscan" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, scan, definition } = await requireOwnScan(request, params.scanId, { editable: true });
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
    employer: { ...overview.employer, wspName: overview.contact.wspName },
    organisationName: organisation?.name ?? null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, scan, definition } = await requireOwnScan(request, params.scanId);
  if (scan.status === "completed") return redirect(`/rapport/${scan.id}`);
  const organisation = await campaignOrganisationOfScan(scan.id);
  const share = parseForm(sharingSchema(Boolean(organisation)), await request.formData());
  if (!share.ok) return json({ missing: [] as { id: string; title: string }[], errors: share.errors }, { status: 400 });
  const answers = await loadAnswers(scan.id);
  const validation = validateAnswers(definition, answers);
  if (!validation.complete) {
    const missing = definition.pillars
      .filter((p) => validation.unanswered.some((u) => u.pillarId === p.id))
      .map((p) => ({ id: p.id, title: p.title }));
    return json({ missing, errors: {} as Record<string, string> }, { status: 400 });
  }
  await completeScan(db(), scan.id, scoreScan(definition, answers));
  await setScanSharing({
    scan,
    userId: user.id,
    wsp: share.data.share === "ja",
    organisation: organisation ? { id: organisation.id, granted: share.data.shareOrganisation === "ja" } : undefined,
    locale: await getLocale(request),
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
  return (
    <>
      <Link className="back-link" to={data.previousHref}>
        Vorige stap
      </Link>
      <StepIndicator number={data.step.number} total={data.total} />
      <h1>Controleer uw antwoorden</h1>
      <p className="lead">Klopt alles? Verstuur dan uw scan. U krijgt meteen uw uitslag en advies.</p>
      {missing.length > 0 || missingPillars.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2>Nog niet alle vragen zijn beantwoord</h2>
          <ul>
            {(missing.length ? missing : missingPillars).map((p) => (
              <li key={p.id}>
                <a href={`/scan/${data.scanId}/${p.id}?terug=controleren`}>Beantwoord de vragen bij {p.title}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <h2>Uw bedrijf</h2>
      <dl className="summary">
        <dt>Bedrijf</dt>
        <dd>{data.employer.name}</dd>
        <dt>KvK-nummer</dt>
        <dd>{data.employer.kvk}</dd>
        <dt>Branche</dt>
        <dd>{data.employer.sectorName}</dd>
        <dt>Aantal fte</dt>
        <dd>{data.employer.fte}</dd>
        <dt>Regio</dt>
        <dd>{data.employer.regionName}</dd>
        <dt>Contactpersoon</dt>
        <dd>
          {data.employer.contactName}, {data.employer.email}
        </dd>
      </dl>
      <p>
        <Link to="/scan/bedrijf">
          Wijzigen<span className="visually-hidden"> bedrijfsgegevens</span>
        </Link>
      </p>

      {data.pillars.map((p) => (
        <section key={p.id} aria-labelledby={`kop-${p.id}`}>
          <h2 id={`kop-${p.id}`}>{p.title}</h2>
          <dl className="summary">
            {p.rows.map((r) => (
              <div key={r.id} className="summary__row">
                <dt>{r.text}</dt>
                <dd>{r.answer ?? <strong className="field__error">Nog niet beantwoord</strong>}</dd>
              </div>
            ))}
          </dl>
          <p>
            <Link to={`/scan/${data.scanId}/${p.id}?terug=controleren`}>
              Wijzigen<span className="visually-hidden"> antwoorden bij {p.title}</span>
            </Link>
          </p>
        </section>
      ))}

      <Form method="post" noValidate>
        <h2>Uitslag delen</h2>
        <ErrorSummary errors={errors} labels={consent.labels} />
        <SharingFields wspName={data.employer.wspName} organisationName={data.organisationName} errors={errors} />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            Scan versturen en uitslag bekijken
          </button>
        </div>
      </Form>
    </>
  );
}
