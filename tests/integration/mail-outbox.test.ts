import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDueMail, enqueueMail, smtpSender } from "~/utils/mail.server";
import { db } from "~/utils/db.server";
import { setupDatabase, teardownDatabase } from "../support/db";
import { startSmtpPeer, type SmtpPeer } from "../support/smtp-peer";

let peer: SmtpPeer;

beforeAll(async () => {
  await setupDatabase();
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
