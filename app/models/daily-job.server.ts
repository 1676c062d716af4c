/**
 * The daily job: each accountmanager gets one mail with what is due today or
 * overdue. A job_runs row per person per day makes the mail go out once, also
 * when the job runs twice or on two app instances. The same run applies the
 * retention periods and prunes old rate-limit windows (runDailyJobs).
 */
import type { Kysely } from "kysely";
import type { Database } from "~db/schema";
import { dailyDigestMail } from "~/content/mail";
import { parseLocale } from "~/i18n/locale";
import { mailMessages } from "~/i18n/mail";
import { pick } from "~/i18n/messages";
import { typeLabel, type CaseType } from "~/domain/case-status";
import type { RetentionSettings } from "~/domain/retention";
import { amsterdamDate, endOfAmsterdamDay } from "~/domain/working-days";
import { enqueueMail } from "~/utils/mail.server";
import { pruneRateLimits } from "./rate-limit.server";
import { applyRetention } from "./retention.server";

export interface DailyRun {
  digest: { sent: number; skipped: number };
  retention: { scansDeleted: number; requestsAnonymised: number };
  rateLimitsPruned: number;
}

/** The one daily entry point, used by the server's scheduler and by `npm run jobs:daily`. */
export async function runDailyJobs(database: Kysely<Database>, now: Date, baseUrl: string, retention: RetentionSettings): Promise<DailyRun> {
  return {
    digest: await runDailyDigest(database, now, baseUrl),
    retention: await applyRetention(database, now, retention),
    rateLimitsPruned: await pruneRateLimits(database, now),
  };
}

/** The counts of a run in one line of Dutch (no personal data). */
export function dailyRunSummary(run: DailyRun): string {
  return [
    `Dagelijkse mail: ${run.digest.sent} verstuurd, ${run.digest.skipped} al eerder verstuurd vandaag.`,
    `Bewaartermijnen: ${run.retention.scansDeleted} onafgemaakte scans verwijderd, ${run.retention.requestsAnonymised} afgesloten aanvragen anoniem gemaakt.`,
    `Limieten: ${run.rateLimitsPruned} oude tellers opgeruimd.`,
  ].join("\n");
}

export async function runDailyDigest(database: Kysely<Database>, now: Date, baseUrl: string): Promise<{ sent: number; skipped: number }> {
  const today = amsterdamDate(now);
  const endOfToday = endOfAmsterdamDay(today).toISOString();
  const nowIso = now.toISOString();
  const staff = await database
    .selectFrom("users")
    .select(["id", "name", "email", "region_id", "backup_user_id", "absent_until", "locale"])
    .where("role", "=", "accountmanager")
    .where("active", "=", 1)
    .execute();
  // While a colleague is away, their backup gets the colleague's work in the digest too; the absent person gets none.
  const away = (p: (typeof staff)[number]) => p.absent_until !== null && p.absent_until >= today;
  const coveredBy = (id: string) => staff.filter((p) => p.backup_user_id === id && away(p)).map((p) => p.id);
  let sent = 0;
  let skipped = 0;
  for (const person of staff) {
    if (away(person)) continue;
    const owners = [person.id, ...coveredBy(person.id)];
    const [requests, leads, actions] = await Promise.all([
      database
        .selectFrom("requests as r")
        .innerJoin("employers as e", "e.id", "r.employer_id")
        .select(["r.type", "r.due_at", "e.name"])
        .where("r.assigned_to", "in", owners)
        .where("r.first_contact_at", "is", null)
        .where("r.status", "not in", ["afgewezen", "afgerond", "ingetrokken"])
        .where("r.due_at", "<=", endOfToday)
        .execute(),
      database
        .selectFrom("leads as l")
        .innerJoin("employers as e", "e.id", "l.employer_id")
        .select(["l.due_at", "e.name"])
        .where("l.assigned_to", "in", owners)
        .where("l.first_contact_at", "is", null)
        .where("l.shared", "=", 1)
        .where("l.stage", "!=", "afgerond")
        .where("l.due_at", "<=", endOfToday)
        .execute(),
      database
        .selectFrom("follow_up_actions as a")
        .innerJoin("employers as e", "e.id", "a.employer_id")
        .select(["a.description", "a.due_on", "e.name"])
        .where("a.owner_id", "in", owners)
        .where("a.status", "=", "open")
        .where("a.due_on", "<=", today)
        .execute(),
    ]);
    const locale = parseLocale(person.locale);
    const sharedScan = pick(mailMessages, locale).dailyDigest.sharedScan;
    const items = [
      ...requests.map((r) => ({ overdue: r.due_at < nowIso, text: `${typeLabel(r.type as CaseType, locale)} — ${r.name}` })),
      ...leads.map((l) => ({ overdue: l.due_at < nowIso, text: `${sharedScan} — ${l.name}` })),
    ];
    if (items.length === 0 && actions.length === 0) continue;
    const key = `daily-digest:${today}:${person.id}`;
    // Claiming the key and queueing the mail happen together, or not at all.
    const queued = await database.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto("job_runs")
        .values({ key, created_at: nowIso })
        .onConflict((oc) => oc.column("key").doNothing())
        .executeTakeFirst();
      if (Number(claimed.numInsertedOrUpdatedRows ?? 0n) !== 1) return false;
      await enqueueMail(trx, {
        kind: "daily-digest",
        to: person.email,
        ...dailyDigestMail(
          {
            name: person.name,
            overdue: items.filter((i) => i.overdue).map((i) => i.text),
            dueToday: items.filter((i) => !i.overdue).map((i) => i.text),
            actions: actions.map((a) => `${a.description} — ${a.name}`),
            link: `${baseUrl}/wsp`,
          },
          locale,
        ),
      });
      return true;
    });
    if (queued) sent++;
    else skipped++;
  }
  return { sent, skipped };
}
