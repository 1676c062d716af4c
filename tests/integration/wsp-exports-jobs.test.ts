import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStaff } from "~db/seed/demo";
import { runDailyDigest } from "~/models/daily-job.server";
import { loader as actionsCsv } from "~/routes/wsp.export.acties[.csv]";
import { loader as inboxCsv } from "~/routes/wsp.export.werkvoorraad[.csv]";
import { db } from "~/utils/db.server";
import { deliverDueMail, smtpSender } from "~/utils/mail.server";
import { staffCookie } from "../support/auth";
import { setupDatabase, teardownDatabase } from "../support/db";
import { englishCookieHeader } from "../support/i18n";
import { args, getRequest, settle } from "../support/requests";
import { startSmtpPeer, type SmtpPeer } from "../support/smtp-peer";

let peer: SmtpPeer;
beforeAll(async () => {
  await setupDatabase({ demo: true });
  peer = await startSmtpPeer();
});
afterAll(async () => {
  await peer.close();
  await teardownDatabase();
});

const email = (role: string, region: string) => demoStaff.find((s) => s.role === role && s.regionName === region)!.email;

describe("CSV exports", () => {
  it("open in Dutch Excel (BOM, semicolons) and hold only the staff member's own region", async () => {
    const rijnmond = await staffCookie(email("accountmanager", "Rijnmond"));
    const limburg = await staffCookie(email("accountmanager", "Zuid-Limburg"));
    const res = await settle(() => inboxCsv(args(getRequest("/wsp/export/werkvoorraad.csv?afgesloten=ja", { Cookie: rijnmond }))));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("Soort;Bedrijf;Status;Eerste contact uiterlijk;Termijn;Toegewezen aan;Ingediend");
    expect(lines.length).toBeGreaterThan(5);
    expect(text).toContain("Korenschoof");
    expect(text).not.toContain("Drie Beken");
    const other = await settle(() => inboxCsv(args(getRequest("/wsp/export/werkvoorraad.csv?afgesloten=ja", { Cookie: limburg }))));
    const otherText = await other.text();
    expect(otherText).toContain("Drie Beken");
    expect(otherText).not.toContain("Korenschoof");
  });

  it("are in English for a staff member who chose English, in the same format", async () => {
    const cookie = `${await staffCookie(email("accountmanager", "Rijnmond"))}; ${englishCookieHeader}`;
    const res = await settle(() => inboxCsv(args(getRequest("/wsp/export/werkvoorraad.csv?afgesloten=ja", { Cookie: cookie }))));
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="work-queue-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await res.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Type;Company;Status;First contact by;Deadline;Assigned to;Submitted");
    expect(lines.some((l) => l.startsWith("Future Scan shared;"))).toBe(true);
    expect(lines.some((l) => /;(on time|almost late|late|contact made|closed);/.test(l))).toBe(true);
    const actions = await settle(() => actionsCsv(args(getRequest("/wsp/export/acties.csv", { Cookie: cookie }))));
    expect((await actions.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("Company;Action;Who;By;Status;Done on;Created");
  });

  it("neutralise cells that Excel would run as a formula", async () => {
    const me = await db().selectFrom("users").select(["id", "region_id"]).where("email", "=", email("accountmanager", "Rijnmond")).executeTakeFirstOrThrow();
    const employer = await db().selectFrom("employers").select("id").where("region_id", "=", me.region_id!).executeTakeFirstOrThrow();
    await db()
      .insertInto("follow_up_actions")
      .values({ id: crypto.randomUUID(), employer_id: employer.id, region_id: me.region_id!, owner_id: me.id, description: "=HYPERLINK(\"x\")", due_on: "2026-11-30", status: "open", created_by: me.id, created_at: new Date().toISOString(), done_at: null })
      .execute();
    const cookie = await staffCookie(email("accountmanager", "Rijnmond"));
    const res = await settle(() => actionsCsv(args(getRequest("/wsp/export/acties.csv", { Cookie: cookie }))));
    const text = await res.text();
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe("the daily job", () => {
  it("mails each accountmanager with due or overdue work exactly once a day, through a real SMTP server", async () => {
    const now = new Date();
    const first = await runDailyDigest(db(), now, "http://localhost:3000");
    const second = await runDailyDigest(db(), now, "http://localhost:3000");
    expect(first.sent).toBeGreaterThan(0);
    expect(second.sent).toBe(0);
    expect(second.skipped).toBe(first.sent);
    const send = smtpSender(peer.url, "Werkgeversportaal <noreply@test.example>");
    while ((await deliverDueMail(db(), send)) > 0) {
      // deliver everything that is due
    }
    const digests = peer.messages.filter((m) => m.subject.startsWith("Werkvoorraad vandaag"));
    expect(digests).toHaveLength(first.sent);
    expect(new Set(digests.map((d) => d.to[0])).size).toBe(first.sent);
    const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000);
    expect((await runDailyDigest(db(), tomorrow, "http://localhost:3000")).sent).toBeGreaterThan(0);
  });

  it("gives the backup the work of an absent colleague, and the absent colleague no mail", async () => {
    const [fatima, joost] = await Promise.all(
      demoStaff
        .filter((s) => s.role === "accountmanager" && s.regionName === "Rijnmond")
        .map((s) => db().selectFrom("users").select(["id", "email"]).where("email", "=", s.email).executeTakeFirstOrThrow()),
    );
    const day = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    const employer = await db().selectFrom("employers").select(["id", "region_id"]).where("account_manager_id", "=", fatima!.id).executeTakeFirstOrThrow();
    await db()
      .insertInto("follow_up_actions")
      .values({ id: crypto.randomUUID(), employer_id: employer.id, region_id: employer.region_id, owner_id: fatima!.id, description: "Terugbellen over de polis", due_on: "2026-01-01", status: "open", created_by: fatima!.id, created_at: new Date().toISOString(), done_at: null })
      .execute();
    await db().updateTable("users").set({ backup_user_id: joost!.id, absent_until: "2099-12-31" }).where("id", "=", fatima!.id).execute();
    const since = new Date().toISOString();
    await runDailyDigest(db(), day, "http://localhost:3000");
    const mails = await db().selectFrom("mail_outbox").select(["to_address", "text_body"]).where("kind", "=", "daily-digest").where("created_at", ">=", since).execute();
    expect(mails.some((m) => m.to_address === fatima!.email)).toBe(false);
    expect(mails.find((m) => m.to_address === joost!.email)?.text_body).toContain("Terugbellen over de polis");
    await db().updateTable("users").set({ absent_until: null }).where("id", "=", fatima!.id).execute();
  });

  it("writes each digest in the language its accountmanager chose", async () => {
    const joost = demoStaff.filter((s) => s.role === "accountmanager" && s.regionName === "Rijnmond")[1]!;
    await db().updateTable("users").set({ locale: "en" }).where("email", "=", joost.email).execute();
    const since = new Date().toISOString();
    await runDailyDigest(db(), new Date(Date.now() + 5 * 24 * 3600 * 1000), "http://localhost:3000");
    const mails = await db().selectFrom("mail_outbox").select(["to_address", "subject", "text_body"]).where("kind", "=", "daily-digest").where("created_at", ">=", since).execute();
    const english = mails.find((m) => m.to_address === joost.email)!;
    expect(english.subject).toMatch(/^Work queue today: \d+ overdue, \d+ for today$/);
    expect(english.text_body).toMatch(/^Good morning Joost de Vries,\n\nOverdue \(first contact\):\n- /);
    expect(english.text_body).toContain("To your work queue:");
    expect(english.text_body).not.toContain("Werkvoorraad");
    const dutch = mails.filter((m) => m.to_address !== joost.email);
    expect(dutch.length).toBeGreaterThan(0);
    expect(dutch.every((m) => m.subject.startsWith("Werkvoorraad vandaag"))).toBe(true);
    await db().updateTable("users").set({ locale: "nl" }).where("email", "=", joost.email).execute();
  });
});
