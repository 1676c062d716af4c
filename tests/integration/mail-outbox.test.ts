import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as signInAction } from "~/routes/inloggen";
import { action as profileAction } from "~/routes/scan.bedrijf";
import { deliverDueMail, enqueueMail, smtpSender } from "~/utils/mail.server";
import { db } from "~/utils/db.server";
import { setupDatabase, teardownDatabase } from "../support/db";
import { englishCookieHeader } from "../support/i18n";
import { args, formRequest, settle } from "../support/requests";
import { startSmtpPeer, type SmtpPeer } from "../support/smtp-peer";

let peer: SmtpPeer;

beforeAll(async () => {
  await setupDatabase({ reference: true });
  peer = await startSmtpPeer();
});
afterAll(async () => {
  await peer.close();
  await teardownDatabase();
});

const sender = () => smtpSender(peer.url, "Werkgeversportaal <noreply@test.example>");

describe("mail outbox", () => {
  it("writes mail to the outbox first and delivers it to a real SMTP server", async () => {
    const id = await enqueueMail(db(), {
      kind: "test",
      to: "eigenaar@bedrijf.example",
      subject: "Welkom",
      text: "Hallo, dit is een test.",
    });
    const row = await db().selectFrom("mail_outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.status).toBe("pending");

    expect(await deliverDueMail(db(), sender())).toBe(1);
    const mail = await peer.waitFor((m) => m.to.includes("eigenaar@bedrijf.example"));
    expect(mail.subject).toBe("Welkom");
    expect(mail.text).toContain("dit is een test");
    const after = await db().selectFrom("mail_outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(after.status).toBe("sent");
    expect(after.sent_at).not.toBeNull();
  });

  it("keeps mail while the SMTP server refuses it and delivers it exactly once when it is back", async () => {
    const before = peer.messages.length;
    peer.setRefusing(true);
    const id = await enqueueMail(db(), { kind: "test", to: "wacht@bedrijf.example", subject: "Later", text: "Even geduld." });
    expect(await deliverDueMail(db(), sender())).toBe(0);
    const failed = await db().selectFrom("mail_outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(failed.status).toBe("pending");
    expect(failed.attempts).toBe(1);
    expect(Date.parse(failed.next_attempt_at)).toBeGreaterThan(Date.now());

    peer.setRefusing(false);
    // Not yet due: nothing is sent before the back-off has passed.
    expect(await deliverDueMail(db(), sender())).toBe(0);
    const later = new Date(Date.parse(failed.next_attempt_at) + 1000);
    expect(await deliverDueMail(db(), sender(), later)).toBe(1);
    expect(await deliverDueMail(db(), sender(), later)).toBe(0);
    expect(peer.messages.filter((m) => m.to.includes("wacht@bedrijf.example"))).toHaveLength(1);
    expect(peer.messages.length).toBe(before + 1);
  });

  it("never sends a row that another worker has claimed", async () => {
    const id = await enqueueMail(db(), { kind: "test", to: "dubbel@bedrijf.example", subject: "Eén keer", text: "x" });
    await db()
      .updateTable("mail_outbox")
      .set({ locked_until: new Date(Date.now() + 60_000).toISOString() })
      .where("id", "=", id)
      .execute();
    expect(await deliverDueMail(db(), sender())).toBe(0);
    expect(peer.messages.some((m) => m.to.includes("dubbel@bedrijf.example"))).toBe(false);
  });
});

describe("mail in the recipient's language", () => {
  const profile = (name: string, kvk: string, email: string) => ({
    name,
    kvk,
    sectorId: "industrie-productie",
    fte: "40",
    municipalityCode: "GM0599",
    contactName: "Robin Baker",
    email,
    startKey: kvk.padEnd(43, "k"),
  });
  const startScan = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    settle(() => profileAction(args(formRequest("/scan/bedrijf", fields, headers))));
  const askSignInLink = (email: string) =>
    settle(() => signInAction({ request: formRequest("/inloggen", { intent: "link", email }), params: {}, context: { clientIp: "10.9.0.1" } }));

  it("an employer who chose English (users.locale = en) gets English mail through the SMTP server, also without the cookie", async () => {
    const english = "robin@baker.example";
    expect((await startScan(profile("Baker Ltd", "24681357", english), { Cookie: englishCookieHeader })).status).toBe(302);
    const user = await db().selectFrom("users").select("locale").where("email", "=", english).executeTakeFirstOrThrow();
    expect(user.locale).toBe("en");
    // The sign-in link is asked for without the language cookie: the language comes from the user.
    expect((await askSignInLink(english)).status).toBe(200);

    await deliverDueMail(db(), sender());
    const resume = await peer.waitFor((m) => m.to.includes(english) && m.subject === "Continue your Future Scan");
    expect(resume.text).toContain("Dear Robin Baker,");
    expect(resume.text).toContain("The link works for 7 days.");
    expect(resume.text).not.toMatch(/Beste|Toekomstscan|dagen/);
    const signIn = await peer.waitFor((m) => m.to.includes(english) && m.subject === "Your sign-in link for the Employer Portal");
    expect(signIn.text).toContain("The link works for 30 minutes.");
    expect(signIn.text).toContain("Kind regards,\nThe Employer Portal");
  });

  it("an employer who did not choose a language gets Dutch mail", async () => {
    const dutch = "robin@bakkerij.example";
    expect((await startScan(profile("Bakkerij Robin", "13572468", dutch))).status).toBe(302);
    const user = await db().selectFrom("users").select("locale").where("email", "=", dutch).executeTakeFirstOrThrow();
    expect(user.locale).toBe("nl");
    await deliverDueMail(db(), sender());
    const resume = await peer.waitFor((m) => m.to.includes(dutch));
    expect(resume.subject).toBe("Verder met uw Toekomstscan");
    expect(resume.text).toContain("Beste Robin Baker,");
    expect(resume.text).toContain("De link werkt 7 dagen.");
  });
});
