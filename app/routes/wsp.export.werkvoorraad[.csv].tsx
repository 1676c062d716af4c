import type { LoaderFunctionArgs } from "@remix-run/node";
import { statusLabel, typeLabel, type CaseStatus, type CaseType } from "~/domain/case-status";
import { dueBadge } from "~/domain/working-days";
import { leadStageLabel } from "~/content/lead-stages";
import { audit } from "~/models/audit.server";
import { inboxFilterFrom, listInbox } from "~/models/inbox.server";
import { inboxQuerySchema } from "~/schemas/wsp";
import { requireRegionStaff } from "~/utils/auth.server";
import { csvResponse } from "~/utils/csv.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";

/** The inbox of the staff member's own region as CSV, with the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegionStaff(request);
  const query = inboxQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const now = new Date();
  const { rows } = await listInbox({
    regionId: user.regionId,
    userId: user.id,
    filter: inboxFilterFrom(query),
    sort: query.sort,
    page: 1,
    pageSize: 100_000,
    now,
  });
  await audit(db(), { actor: user, action: "export-inbox", subjectType: "export", subjectId: user.regionId, regionId: user.regionId, details: { rows: rows.length } });
  return csvResponse(
    `werkvoorraad-${now.toISOString().slice(0, 10)}.csv`,
    ["Soort", "Bedrijf", "Status", "Eerste contact uiterlijk", "Termijn", "Toegewezen aan", "Ingediend"],
    rows.map((r) => [
      r.kind === "lead" ? "Toekomstscan gedeeld" : typeLabel(r.type as CaseType),
      r.employer_name,
      r.kind === "lead" ? leadStageLabel(r.status) : statusLabel(r.status as CaseStatus),
      formatDate(r.due_at),
      r.first_contact_at ? "contact gehad" : (dueBadge(new Date(r.due_at), now, Number(r.closed) === 1) ?? "afgesloten"),
      r.assignee_name ?? "",
      formatDate(r.created_at),
    ]),
  );
}
