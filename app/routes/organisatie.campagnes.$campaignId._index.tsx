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
import { consentVersion as consentVersionFor, invitationConsent } from "~/content/consents";
import { campaignPhase, funnelOf } from "~/domain/campaigns";
import { MAX_INVITATIONS_PER_BATCH, REINVITE_AFTER_DAYS, type InvitationReport } from "~/domain/invitations";
import { amsterdamDate } from "~/domain/working-days";
import { err } from "~/i18n/errors";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { organisationMessages } from "~/i18n/organisation";
import { useLocale, useMessages } from "~/i18n/use-messages";
import { funnelEvents, getOrganisationCampaign } from "~/models/campaign.server";
import { inviteMembers, listInvitationBatches } from "~/models/invitation.server";
import { getOrganisation } from "~/models/organisation.server";
import { invitationSchema, MAX_INVITATION_LIST_CHARS } from "~/schemas/campaigns";
import { notFound, requireOrganisationStaff } from "~/utils/auth.server";
import { appUrl, env } from "~/utils/env.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { parseForm } from "~/utils/forms";
import { newToken } from "~/utils/ids.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, organisationMessages, (t) => t.campaign.title);

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
    return json({ errors: { list: err("organisation", "fileTooLarge", { max: MAX_INVITATIONS_PER_BATCH }) }, report: null }, { status: 400 });
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
    consentVersion: parsed.data.consentVersion,
    list: parsed.data.list,
    baseUrl: appUrl(request),
  });
  if (!result.ok) return json({ errors: result.errors, report: null }, { status: 400 });
  return json({ errors: {} as Record<string, string>, report: result.report });
}

export default function CampaignPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { campaign } = data;
  const t = useMessages(organisationMessages);
  const texts = t.campaign;
  const locale = useLocale();
  const labels = { list: texts.list, file: texts.file, confirm: texts.confirm };
  const consentVersion = consentVersionFor(invitationConsent, locale);
  const { form, onSubmit, errors, submitCount } = useValidatedForm(invitationSchema, {
    actionData,
    defaultValues: { submissionKey: data.submissionKey, consentVersion },
  });
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (file) form.setValue("list", await file.text(), { shouldValidate: true });
  };
  const report = actionData?.report ?? null;
  return (
    <>
      <Link className="back-link" to="/organisatie">
        {t.backToCampaigns}
      </Link>
      <h1>{campaign.name}</h1>
      <p className="lead">
        {texts.phase[campaign.phase]}{" "}
        {fmt(texts.dates, { start: formatDate(campaign.startsOn, locale), end: formatDate(campaign.endsOn, locale) })}
        {campaign.regionName ? <> {fmt(texts.region, { region: campaign.regionName })}</> : null}
        {campaign.sectorName ? <> {fmt(texts.sector, { sector: campaign.sectorName })}</> : null}
      </p>

      <h2>{texts.shareTitle}</h2>
      <dl className="summary">
        <dt>{texts.code}</dt>
        <dd>
          <strong>{campaign.code}</strong>
        </dd>
        <dt>{texts.link}</dt>
        <dd className="campaign-link">{data.link}</dd>
      </dl>
      <p>{texts.shareText}</p>
      <img className="qr-code" src={`/organisatie/campagnes/${campaign.id}/qr.svg`} alt={fmt(texts.qrAlt, { link: data.link })} />
      <p>
        <a href={`/organisatie/campagnes/${campaign.id}/qr.svg?download=1`} download={`qr-${campaign.code}.svg`}>
          {texts.qrDownload}
        </a>
      </p>

      <h2>{texts.resultTitle}</h2>
      <FunnelTable funnel={data.funnel} caption={fmt(texts.funnelCaption, { campaign: campaign.name })} />

      <h2 id="uitnodigen">{texts.inviteTitle}</h2>
      <p>{fmt(texts.inviteIntro, { days: REINVITE_AFTER_DAYS, perMinute: data.perMinute })}</p>
      {report ? <InvitationResult report={report} /> : null}
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={submitCount} />
        <input type="hidden" {...form.register("submissionKey")} value={data.submissionKey} />
        <input type="hidden" {...form.register("consentVersion")} value={consentVersion} />
        <TextArea
          name="list"
          label={labels.list}
          hint={texts.listHint}
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
            <label htmlFor="veld-confirm">{texts.confirmText}</label>
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {texts.send}
          </button>
        </div>
      </Form>

      {data.batches.length > 0 ? (
        <>
          <h2>{texts.earlierTitle}</h2>
          <ul>
            {data.batches.map((b) => (
              <li key={b.id}>
                {fmt(texts.batch, {
                  when: formatDateTime(b.createdAt, locale),
                  sent: b.report.sent,
                  skipped: b.report.recentlyInvited + b.report.optedOut,
                  badLines: b.report.errors.length,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function InvitationResult({ report }: { report: InvitationReport }) {
  const t = useMessages(organisationMessages).campaign;
  const locale = useLocale();
  return (
    <div className="panel panel--ok" role="status">
      <h3>{report.sent === 1 ? t.readyOne : fmt(t.readyMany, { count: report.sent })}</h3>
      <ul>
        {report.lastSendAt ? <li>{fmt(t.lastSend, { when: formatDateTime(report.lastSendAt, locale) })}</li> : null}
        {report.duplicates > 0 ? <li>{fmt(t.duplicates, { count: report.duplicates })}</li> : null}
        {report.recentlyInvited > 0 ? (
          <li>{fmt(t.recentlyInvited, { count: report.recentlyInvited, days: REINVITE_AFTER_DAYS })}</li>
        ) : null}
        {report.optedOut > 0 ? <li>{fmt(t.optedOut, { count: report.optedOut })}</li> : null}
      </ul>
      {report.errors.length > 0 ? (
        <>
          <h3>{t.badLinesTitle}</h3>
          <ul>
            {report.errors.map((e) => (
              <li key={e.line}>{fmt(t.badLine, { line: e.line, value: e.value })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
