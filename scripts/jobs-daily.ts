// npm run jobs:daily — mails each accountmanager what is due today or overdue (once a day), applies the
// retention periods (RETENTION_* in README "Configuratie") and prunes old rate-limit windows.
// The server also runs this job itself from 07:00; running it again sends nothing twice.
import { defaultDatabaseUrl, openDatabase } from "../db/connection";
import { migrateToLatest } from "../db/migrate";
import { dailyRunSummary, runDailyJobs } from "../app/models/daily-job.server";
import { retentionSettings } from "../app/utils/env.server";
import { deliverDueMail, smtpSender } from "../app/utils/mail.server";

async function main() {
  const handle = openDatabase(process.env.DATABASE_URL ?? defaultDatabaseUrl);
  try {
    await migrateToLatest(handle.db);
    const base = (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
    console.log(dailyRunSummary(await runDailyJobs(handle.db, new Date(), base, retentionSettings())));
    if (process.env.SMTP_URL) {
      const delivered = await deliverDueMail(
        handle.db,
        smtpSender(process.env.SMTP_URL, process.env.MAIL_FROM ?? "Werkgeversportaal <noreply@werkgeversportaal.example>"),
      );
      console.log(`Afgeleverd bij de mailserver: ${delivered}.`);
    } else {
      console.log("Geen SMTP_URL: de mails staan in de outbox.");
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
