import { redirect } from "@remix-run/node";
import { getPublishedDefinition } from "~/models/questionnaire.server";
import { getEmployerScan } from "~/models/scan.server";
import { notFound, requireEmployer } from "./auth.server";

/**
 * The employer's own scan with its published definition. Another employer's
 * scan id answers 404. A completed scan can no longer be changed: its pages
 * redirect to the report.
 */
export async function requireOwnScan(request: Request, scanId: string | undefined, options: { editable?: boolean } = {}) {
  const user = await requireEmployer(request);
  const scan = scanId ? await getEmployerScan(scanId, user.employerId) : undefined;
  if (!scan) notFound();
  if (options.editable && scan.status !== "in_progress") throw redirect(`/rapport/${scan.id}`);
  const definition = await getPublishedDefinition(scan.questionnaire_version);
  if (!definition) throw new Error(`Vragenlijst versie ${scan.questionnaire_version} ontbreekt`);
  return { user, scan, definition };
}
