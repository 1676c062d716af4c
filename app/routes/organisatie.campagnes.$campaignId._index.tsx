import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  json,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ChangeEvent } from "react";
import { ErrorSummary, FieldError, TextArea, useValidatedForm } from "~/components/forms";
import { FunnelTable } from "~/components/funnel";
import { invitationConsent } from "~/content/consents";
import { campaignPhase, funnelOf } from "~/domain/campaigns";
import { REINVITE_AFTER_DAYS, type InvitationReport } from "~/domain/invitations";
import { amsterdamDate } from "~/domain/working-days";
import { funnelEvents, getOrganisationCampaign } from "~/models/campaign.server";
import { inviteMembers, listInvitationBatches } from "~/models/invitation.server";
import { getOrganisation } from "~/models/organisation.server";
import { invitationSchema, MAX_INVITATION_LIST_CHARS } from "~/schemas/campaigns";
import { notFound, requireOrganisationStaff } from "~/utils/auth.server";
import { appUrl, env } from "~/utils/env.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { parseForm } from "~/utils/forms";
import { newToken } from "~/utils/ids.server";

export const meta: MetaFunction = () => [{ title: "Campagne — Werkgeversportaal" }];

const labels = { list: "E-mailadressen van leden", file: "Of kies een CSV-bestand", confirm: "Bevestiging" };

async function requireCampaign(request: Request, campaignId: string | undefined) {
  const user = await requireOrganisationStaff(request);
  const campaign = campaignId ? await getOrganisationCampaign(user.organisationId, campaignId) : undefined;
  if (!campaign) notFound();
  return { user, campaign };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, campaign } = await requireCampaign(request, params.campaignId);
  const [events, batches] = await Promise.all([funnelEvents(user.organisationId, campaign.id), listInvitationBatches(campaign.id)]);
  return json({
    campaign: {
      id: campaign.id,
      name: campaign.name,
      code: campaign.code,
      startsOn: campaign.starts_on,
      endsOn: campaign.ends_on,
      regionName: campaign.region_name,
      sectorName: campaign.sector_name,
      phase: campaignPhase(campaign, amsterdamDate(new Date())),
    },
    link: `${appUrl(request)}/scan?c=${campaign.code}`,
    funnel: funnelOf(events),
    batches,
    submissionKey: newToken(),
    perMinute: env().INVITE_MAILS_PER_MINUTE,
  });
}

/** Uploaded CSV files are read into memory up to this size; larger files are refused. */
const MAX_UPLOAD_BYTES = MAX_INVITATION_LIST_CHARS;

async function readInvitationForm(request: Request) {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) return request.formData();
  const formData = await parseMultipartFormData(request, createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }));
  const file = formData.get("file");
  const list = formData.get("list");
  // Without JavaScript the file arrives as an upload; with JavaScript it was already read into the text field.
  if (file instanceof File && file.size > 0 && !(typeof list === "string" && list.trim())) {
    formData.set("list", await file.text());
  }
  formData.delete("file");
  return formData;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, campaign } = await requireCampaign(request, params.campaignId);
  let formData: FormData;
  try {
    formData = await readInvitationForm(request);
  } catch {
    return json({ errors: { list: "Het bestand is te groot. Verstuur hoogstens 2000 adressen per keer." }, report: null }, { status: 400 });
  }
  const parsed = parseForm(invitationSchema, formData);
  if (!parsed.ok) return json({ errors: parsed.errors, report: null }, { status: 400 });
  const organisation = await getOrganisation(user.organisationId);
  if (!organisation) notFound();
  const result = await inviteMembers({
    campaign,
    organisationName: organisation.name,
    actor: user,
    submissionKey: parsed.data.submissionKey,
    list: parsed.data.list,
    baseUrl: appUrl(request),
  });
  if (!result.ok) return json({ errors: result.errors, report: null }, { status: 400 });
  return json({ errors: {} as Record<string, string>, report: result.report });
}

const phaseText = { gepland: "Deze campagne begint nog.", loopt: "Deze campagne loopt.", afgelopen: "Deze campagne is afgelopen." } as const;

export default function CampaignPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { campaign } = data;
  const { form, onSubmit, errors, submitCount } = useValidatedForm(invitationSchema, {
    actionData,
    defaultValues: { submissionKey: data.submissionKey },
  });
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (file) form.setValue("list", await file.text(), { shouldValidate: true });
  };
  const report = actionData?.report ?? null;
  return (
    <>
      <Link className="back-link" to="/organisatie">
        Terug naar campagnes
      </Link>
      <h1>{campaign.name}</h1>
      <p className="lead">
        {phaseText[campaign.phase]} Van {formatDate(campaign.startsOn)} tot en met {formatDate(campaign.endsOn)}.
        {campaign.regionName ? ` Regio ${campaign.regionName}.` : ""}
        {campaign.sectorName ? ` Branche ${campaign.sectorName}.` : ""}
      </p>

      <h2>Delen met uw leden</h2>
      <dl className="summary">
        <dt>Code</dt>
        <dd>
          <strong>{campaign.code}</strong>
        </dd>
        <dt>Link</dt>
        <dd className="campaign-link">{data.link}</dd>
      </dl>
      <p>Leden die via deze link of code de scan starten, ziet u terug in de cijfers hieronder.</p>
      <img className="qr-code" src={`/organisatie/campagnes/${campaign.id}/qr.svg`} alt={`QR-code met de link ${data.link}`} />
      <p>
        <a href={`/organisatie/campagnes/${campaign.id}/qr.svg?download=1`} download={`qr-${campaign.code}.svg`}>
          Download de QR-code (SVG, om te printen)
        </a>
      </p>

      <h2>Resultaat tot nu toe</h2>
      <FunnelTable funnel={data.funnel} caption={`Van uitnodiging tot vervolg: ${campaign.name}`} />

      <h2 id="uitnodigen">Leden uitnodigen</h2>
      <p>
        Plak de e-mailadressen van uw leden, één per regel. Of kies een CSV-bestand met een kolom ‘e-mail’. Wij sturen
        elk lid één uitnodiging met een link naar de scan en een link om zich af te melden. Een adres dat in de laatste{" "}
        {REINVITE_AFTER_DAYS} dagen al is uitgenodigd, slaan we over. We versturen hoogstens {data.perMinute} e-mails per
        minuut.
      </p>
      {report ? <InvitationResult report={report} /> : null}
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <input type="hidden" {...form.register("submissionKey")} value={data.submissionKey} />
        <TextArea
          name="list"
          label={labels.list}
          hint="Bijvoorbeeld: info@bakkerij.nl"
          error={errors.list}
          textareaProps={{ ...form.register("list"), rows: 8, spellCheck: false, autoComplete: "off" }}
        />
        <div className="field">
          <label htmlFor="veld-file" className="field__label">
            {labels.file}
          </label>
          <input id="veld-file" name="file" type="file" accept=".csv,.txt,text/csv,text/plain" onChange={readFile} />
        </div>
        <div className={`field${errors.confirm ? " field--error" : ""}`}>
          {errors.confirm ? <FieldError id="veld-confirm-error" message={errors.confirm} /> : null}
          <div className="radio">
            <input
              id="veld-confirm"
              type="checkbox"
              value="ja"
              aria-describedby={errors.confirm ? "veld-confirm-error" : undefined}
              {...form.register("confirm")}
            />
            <label htmlFor="veld-confirm">{invitationConsent.label}</label>
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            Uitnodigingen versturen
          </button>
        </div>
      </Form>

      {data.batches.length > 0 ? (
        <>
          <h2>Eerder verstuurd</h2>
          <ul>
            {data.batches.map((b) => (
              <li key={b.id}>
                {formatDateTime(b.createdAt)}: {b.report.sent} uitnodigingen
                {b.report.recentlyInvited + b.report.optedOut > 0
                  ? `, ${b.report.recentlyInvited + b.report.optedOut} overgeslagen`
                  : ""}
                {b.report.errors.length > 0 ? `, ${b.report.errors.length} regels zonder geldig adres` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function InvitationResult({ report }: { report: InvitationReport }) {
  return (
    <div className="panel panel--ok" role="status">
      <h3>
        {report.sent === 1 ? "1 uitnodiging" : `${report.sent} uitnodigingen`} klaargezet
      </h3>
      <ul>
        {report.lastSendAt ? <li>De laatste gaat uiterlijk om {formatDateTime(report.lastSendAt)} de deur uit.</li> : null}
        {report.duplicates > 0 ? <li>{report.duplicates} dubbele adressen hebben we één keer genomen.</li> : null}
        {report.recentlyInvited > 0 ? (
          <li>
            {report.recentlyInvited} adressen zijn overgeslagen: die kregen in de laatste {REINVITE_AFTER_DAYS} dagen al een uitnodiging.
          </li>
        ) : null}
        {report.optedOut > 0 ? <li>{report.optedOut} adressen zijn overgeslagen: die hebben zich afgemeld.</li> : null}
      </ul>
      {report.errors.length > 0 ? (
        <>
          <h3>Deze regels hebben we niet gebruikt</h3>
          <ul>
            {report.errors.map((e) => (
              <li key={e.line}>
                Regel {e.line}: {e.message} (‘{e.value}’)
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
