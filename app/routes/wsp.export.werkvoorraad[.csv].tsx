import type { LoaderFunctionArgs } from "@remix-run/node";
import { statusLabel, typeLabel, type CaseStatus, type CaseType } from "~/domain/case-status";
import { amsterdamDate, dueBadge } from "~/domain/working-days";
import { leadStageLabel } from "~/content/lead-stages";
import { audit } from "~/models/audit.server";
import { inboxFilterFrom, listInbox } from "~/models/inbox.server";
import { inboxQuerySchema } from "~/schemas/wsp";
import { requireRegionStaff } from "~/utils/auth.server";
import { csvResponse } from "~/utils/csv.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { fmt } from "~/i18n/locale";
import { getLocale } from "~/i18n/locale.server";
import { pick } from "~/i18n/messages";
import { wspMessages } from "~/i18n/wsp";

/** The inbox of the staff member's own region as CSV, with the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRegionStaff(request);
  const query = inboxQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const now = new Date();
  const locale = await getLocale(request);
  const t = pick(wspMessages, locale);
  const c = t.csv.inbox;
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
    fmt(c.filename, { date: amsterdamDate(now) }),
    [c.kind, c.company, c.status, c.due, c.term, c.assignee, c.submitted],
    rows.map((r) => {
      const badge = dueBadge(new Date(r.due_at), now, Number(r.closed) === 1);
      return [
        r.kind === "lead" ? t.shared.sharedScan : typeLabel(r.type as CaseType, locale),
        r.employer_name,
        r.kind === "lead" ? leadStageLabel(r.status, locale) : statusLabel(r.status as CaseStatus, locale),
        formatDate(r.due_at, locale),
        r.first_contact_at ? c.contacted : badge ? t.shared.badge[badge] : c.closed,
        r.assignee_name ?? "",
        formatDate(r.created_at, locale),
      ];
    }),
  );
}
