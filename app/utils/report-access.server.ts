import { audit } from "~/models/audit.server";
import { getPublishedDefinition } from "~/models/questionnaire.server";
import { db } from "./db.server";
import { notFound, requireUser } from "./auth.server";

/**
 * Who may open a report: the employer who owns it; accountmanagers and
 * coordinators of the scan's region once the employer shared it with the WSP;
 * staff of the werkgeversorganisatie whose campaign the employer came through,
 * once the employer shared it with that organisation. Everyone else gets 404,
 * so report ids cannot be probed.
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
  const isOrganisationStaff =
    user.role === "organisation" &&
    scan.shared_with_organisation === 1 &&
    scan.campaign_id !== null &&
    Boolean(
      await db()
        .selectFrom("campaigns")
        .select("id")
        .where("id", "=", scan.campaign_id)
        .where("organisation_id", "=", user.organisationId)
        .executeTakeFirst(),
    );
  if (!isOwner && !isRegionStaff && !isOrganisationStaff) notFound();
  // Who other than the owner looked at a report is always on record.
  if (!isOwner) await audit(db(), { actor: user, action: "view-report", subjectType: "scan", subjectId: scan.id, regionId: scan.region_id });
  const definition = await getPublishedDefinition(scan.questionnaire_version);
  if (!definition) throw new Error(`Vragenlijst versie ${scan.questionnaire_version} ontbreekt`);
  return { user, scan, definition, isOwner };
}
