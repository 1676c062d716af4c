import type { LoaderFunctionArgs } from "@remix-run/node";
import { getEmployerOverview } from "~/models/employer.server";
import { buildReportView } from "~/models/report.server";
import { notFound } from "~/utils/auth.server";
import { requireReportAccess } from "~/utils/report-access.server";
import { renderReportPdf } from "~/utils/report-pdf.server";

/** The report as a PDF, generated on the server from the same view as the web page. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scan, definition } = await requireReportAccess(request, params.scanId);
  const overview = await getEmployerOverview(scan.employer_id);
  if (!overview) notFound();
  const view = await buildReportView(scan, definition, overview);
  const pdf = await renderReportPdf(view);
  const date = view.completedAt.slice(0, 10);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="toekomstscan-${date}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
