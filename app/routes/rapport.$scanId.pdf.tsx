import type { LoaderFunctionArgs } from "@remix-run/node";
import { amsterdamDate } from "~/domain/working-days";
import { getLocale } from "~/i18n/locale.server";
import { fmt } from "~/i18n/locale";
import { pick } from "~/i18n/messages";
import { reportMessages } from "~/i18n/report";
import { getEmployerOverview } from "~/models/employer.server";
import { buildReportView } from "~/models/report.server";
import { notFound } from "~/utils/auth.server";
import { requireReportAccess } from "~/utils/report-access.server";
import { renderReportPdf } from "~/utils/report-pdf.server";

/** The report as a PDF in the reader's language, generated on the server from the same view as the web page. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scan, definition } = await requireReportAccess(request, params.scanId);
  const overview = await getEmployerOverview(scan.employer_id);
  if (!overview) notFound();
  const locale = await getLocale(request);
  const view = await buildReportView(scan, definition, overview, locale);
  const pdf = await renderReportPdf(view, locale);
  const fileName = fmt(pick(reportMessages, locale).pdf.fileName, { date: amsterdamDate(new Date(view.completedAt)) });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`, // i18n-ignore (an HTTP header)
      "Cache-Control": "private, no-store", // i18n-ignore (an HTTP header)
    },
  });
}
