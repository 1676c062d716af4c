import type { LoaderFunctionArgs } from "@remix-run/node";
import { amsterdamDate } from "~/domain/working-days";
import { audit } from "~/models/audit.server";
import { requireRegionStaff } from "~/utils/auth.server";
import { csvResponse } from "~/utils/csv.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { fmt } from "~/i18n/locale";
import { getLocale } from "~/i18n/locale.server";
import { pick } from "~/i18n/messages";
import { wspMessages } from "~/i18n/wsp";

/** All follow-up actions of the staff member's own region as CSV. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegionStaff(request);
  const locale = await getLocale(request);
  const c = pick(wspMessages, locale).csv.actions;
  const rows = await db()
    .selectFrom("follow_up_actions as a") // i18n-ignore
    .innerJoin("employers as e", "e.id", "a.employer_id") // i18n-ignore
    .innerJoin("users as u", "u.id", "a.owner_id") // i18n-ignore
    .select(["e.name as employer", "a.description", "u.name as owner", "a.due_on", "a.status", "a.done_at", "a.created_at"]) // i18n-ignore
    .where("a.region_id", "=", user.regionId)
    .orderBy("a.status")
    .orderBy("a.due_on")
    .execute();
  await audit(db(), { actor: user, action: "export-actions", subjectType: "export", subjectId: user.regionId, regionId: user.regionId, details: { rows: rows.length } });
  return csvResponse(
    fmt(c.filename, { date: amsterdamDate(new Date()) }),
    [c.company, c.action, c.owner, c.due, c.status, c.doneOn, c.created],
    rows.map((r) => [
      r.employer,
      r.description,
      r.owner,
      formatDate(`${r.due_on}T12:00:00Z`, locale),
      r.status === "open" ? c.open : c.done,
      r.done_at ? formatDate(r.done_at, locale) : "",
      formatDate(r.created_at, locale),
    ]),
  );
}
