import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOrganisationCampaign } from "~/models/campaign.server";
import { notFound, requireOrganisationStaff } from "~/utils/auth.server";
import { appUrl } from "~/utils/env.server";
import { qrSvg } from "~/utils/qr.server";

/** The campaign's QR code as SVG: shown on the campaign page, and downloadable for print. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireOrganisationStaff(request);
  const campaign = params.campaignId ? await getOrganisationCampaign(user.organisationId, params.campaignId) : undefined;
  if (!campaign) notFound();
  const svg = await qrSvg(`${appUrl(request)}/scan?c=${campaign.code}`);
  const download = new URL(request.url).searchParams.has("download");
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8", // i18n-ignore
      "Cache-Control": "private, max-age=3600", // i18n-ignore
      ...(download ? { "Content-Disposition": `attachment; filename="qr-${campaign.code}.svg"` } : {}), // i18n-ignore
    },
  });
}
