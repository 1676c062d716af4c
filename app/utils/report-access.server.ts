import { getPublishedDefinition } from "~/models/questionnaire.server";
import { db } from "./db.server";
import { notFound, requireUser } from "./auth.server";

/**
 * Who may open a report: the employer who owns it, and accountmanagers and
 * coordinators of the scan's region once the employer shared it with the WSP.
 * Everyone else gets 404, so report ids cannot be probed.
 */
export async function requireReportAccess(request: Request, scanId: string | undefined) {
  const user = await requireUser(request);
  const scan = scanId ? await db().selectFrom("scans").selectAll().where("id", "=", scanId).executeTakeFirst() : undefined;
  if (!scan || scan.status !== "completed") notFound();
  const isOwner = user.role === "employer" && scan.employer_id === user.employerId;
  const isRegionStaff =
    (user.role === "accountmanager" || user.role === "coordinator") &&
    user.regionId === scan.region_id &&
    scan.shared_with_wsp === 1;
  if (!isOwner && !isRegionStaff) notFound();
  const definition = await getPublishedDefinition(scan.questionnaire_version);
  if (!definition) throw new Error(`Vragenlijst versie ${scan.questionnaire_version} ontbreekt`);
  return { user, scan, definition, isOwner };
}
