import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { localizeDefinition } from "~/content/questionnaire/localize";
import { getLocale } from "~/i18n/locale.server";
import { fmt } from "~/i18n/locale";
import { pageTitle } from "~/i18n/meta";
import { scanMessages } from "~/i18n/scan";
import { useMessages } from "~/i18n/use-messages";
import { findActiveCampaign, recordCampaignVisit } from "~/models/campaign.server";
import { currentDefinition } from "~/models/questionnaire.server";
import { findInProgressScan } from "~/models/scan.server";
import { db } from "~/utils/db.server";
import { campaignCodeFrom } from "~/utils/campaign";
import { getSessionUser } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, scanMessages, (t) => t.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  const campaignCode = campaignCodeFrom(new URL(request.url).searchParams.get("c"));
  const inProgress = user?.role === "employer" && user.employerId ? await findInProgressScan(user.employerId) : undefined;
  const definition = localizeDefinition(await currentDefinition(), await getLocale(request));
  const campaign = await findActiveCampaign(db(), campaignCode);
  // A visit through a campaign link counts once per browser per day (a cookie with only the code).
  const visitCookie = `wp_campagne_${campaign?.code ?? ""}=1`;
  const counted = campaign && (request.headers.get("cookie") ?? "").split(/;\s*/).includes(visitCookie);
  if (campaign && !counted && user?.role !== "organisation") await recordCampaignVisit(campaign.id);
  const setCookie = `${visitCookie}; Max-Age=86400; Path=/scan; HttpOnly; SameSite=Lax`; // i18n-ignore (a header)
  const headers: HeadersInit = campaign && !counted ? { "Set-Cookie": setCookie } : {};
  return json({
    campaignCode: campaign?.code ?? null,
    offeredBy: campaign?.organisation_name ?? null,
    intro: definition.intro,
    pillars: definition.pillars.map((p) => p.title),
    questions: definition.pillars.reduce((n, p) => n + p.questions.length, 0),
    inProgressId: inProgress?.id ?? null,
    isStaff: Boolean(user && user.role !== "employer"),
  }, { headers });
}

export default function ScanStart() {
  const { campaignCode, offeredBy, intro, pillars, questions, inProgressId, isStaff } = useLoaderData<typeof loader>();
  const t = useMessages(scanMessages).start;
  const startHref = campaignCode ? `/scan/bedrijf?c=${encodeURIComponent(campaignCode)}` : "/scan/bedrijf";
  return (
    <>
      <h1>{t.heading}</h1>
      {offeredBy ? <p className="offered-by">{fmt(t.offeredBy, { organisation: offeredBy })}</p> : null}
      <p className="lead">{intro}</p>
      {inProgressId ? (
        <div className="panel panel--ok">
          <p>{t.inProgress}</p>
          <p>
            <Link className="button" to={`/scan/${inProgressId}`}>
              {t.continue}
            </Link>
          </p>
        </div>
      ) : isStaff ? (
        <div className="panel panel--warn">
          <p>{t.staffNotice}</p>
        </div>
      ) : (
        <p>
          <Link className="button" to={startHref}>
            {t.startButton}
          </Link>
        </p>
      )}
      <h2>{t.whatHeading}</h2>
      <p>{fmt(t.whatText, { questions })}</p>
      <ol>
        {pillars.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ol>
      <h2>{t.goodToKnow}</h2>
      <ul>
        <li>{t.saved}</li>
        <li>{t.dontKnow}</li>
        <li>{t.notAnonymous}</li>
      </ul>
    </>
  );
}
