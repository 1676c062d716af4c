import type { LoaderFunctionArgs } from "@remix-run/node";
import { audit } from "~/models/audit.server";
import { requireRegionStaff } from "~/utils/auth.server";
import { csvResponse } from "~/utils/csv.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";

/** All follow-up actions of the staff member's own region as CSV. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegionStaff(request);
  const rows = await db()
    .selectFrom("follow_up_actions as a")
    .innerJoin("employers as e", "e.id", "a.employer_id")
    .innerJoin("users as u", "u.id", "a.owner_id")
    .select(["e.name as employer", "a.description", "u.name as owner", "a.due_on", "a.status", "a.done_at", "a.created_at"])
    .where("a.region_id", "=", user.regionId)
    .orderBy("a.status")
    .orderBy("a.due_on")
    .execute();
  await audit(db(), { actor: user, action: "export-actions", subjectType: "export", subjectId: user.regionId, regionId: user.regionId, details: { rows: rows.length } });
  return csvResponse(
    `acties-${new Date().toISOString().slice(0, 10)}.csv`,
    ["Bedrijf", "Actie", "Wie", "Uiterlijk", "Status", "Gedaan op", "Aangemaakt"],
    rows.map((r) => [
      r.employer,
      r.description,
      r.owner,
      formatDate(`${r.due_on}T12:00:00Z`),
      r.status === "open" ? "Open" : "Gedaan",
      r.done_at ? formatDate(r.done_at) : "",
      formatDate(r.created_at),
    ]),
  );
}
