import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { findActiveCampaign, recordCampaignVisit } from "~/models/campaign.server";
import { currentDefinition } from "~/models/questionnaire.server";
import { findInProgressScan } from "~/models/scan.server";
import { db } from "~/utils/db.server";
import { campaignCodeFrom } from "~/utils/campaign";
import { getSessionUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Toekomstscan — Werkgeversportaal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  const campaignCode = campaignCodeFrom(new URL(request.url).searchParams.get("c"));
  const inProgress = user?.role === "employer" && user.employerId ? await findInProgressScan(user.employerId) : undefined;
  const definition = await currentDefinition();
  const campaign = await findActiveCampaign(db(), campaignCode);
  // A visit through a campaign link counts once per browser per day (a cookie with only the code).
  const visitCookie = `wp_campagne_${campaign?.code ?? ""}=1`;
  const counted = campaign && (request.headers.get("cookie") ?? "").split(/;\s*/).includes(visitCookie);
  if (campaign && !counted && user?.role !== "organisation") await recordCampaignVisit(campaign.id);
  const headers: HeadersInit = campaign && !counted ? { "Set-Cookie": `${visitCookie}; Max-Age=86400; Path=/scan; HttpOnly; SameSite=Lax` } : {};
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
  const startHref = campaignCode ? `/scan/bedrijf?c=${encodeURIComponent(campaignCode)}` : "/scan/bedrijf";
  return (
    <>
      <h1>De Toekomstscan</h1>
      {offeredBy ? <p className="offered-by">Aangeboden door {offeredBy}</p> : null}
      <p className="lead">{intro}</p>
      {inProgressId ? (
        <div className="panel panel--ok">
          <p>U bent al begonnen aan een scan. Uw antwoorden zijn bewaard.</p>
          <p>
            <Link className="button" to={`/scan/${inProgressId}`}>
              Verder met de scan
            </Link>
          </p>
        </div>
      ) : isStaff ? (
        <div className="panel panel--warn">
          <p>U bent ingelogd als medewerker. De scan is voor werkgevers. Log uit om de scan als werkgever te doen.</p>
        </div>
      ) : (
        <p>
          <Link className="button" to={startHref}>
            Start de scan
          </Link>
        </p>
      )}
      <h2>Wat vragen we?</h2>
      <p>Eerst vraagt u enkele gegevens van uw bedrijf. Daarna volgen {questions} vragen over vijf onderwerpen:</p>
      <ol>
        {pillars.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ol>
      <h2>Goed om te weten</h2>
      <ul>
        <li>Na elke stap bewaren wij uw antwoorden. U kunt stoppen en later verder gaan.</li>
        <li>Weet u een antwoord niet? Kies dan ‘Weet ik niet’. Dat is geen fout antwoord.</li>
        <li>
          De scan is niet anoniem. Uw accountmanager kan u persoonlijk advies geven. U kiest zelf of u uw uitslag deelt met
          uw Werkgeversservicepunt.
        </li>
      </ul>
    </>
  );
}
