import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEmployers, demoStaff } from "~db/seed/demo";
import { action as inboxAction, loader as inboxLoader } from "~/routes/wsp._index";
import { action as requestAction, loader as requestLoader } from "~/routes/wsp.aanvragen.$requestId";
import { action as fileAction, loader as fileLoader } from "~/routes/wsp.werkgevers.$employerId";
import { getEmployerOverview } from "~/models/employer.server";
import { db } from "~/utils/db.server";
import { staffCookie } from "../support/auth";
import { setupDatabase, teardownDatabase } from "../support/db";
import { englishCookieHeader, nlError } from "../support/i18n";
import { args, formRequest, getRequest, settle } from "../support/requests";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const email = (role: string, region: string) => demoStaff.find((s) => s.role === role && s.regionName === region)!.email;
const employerByKey = async (key: string) =>
  db().selectFrom("employers").selectAll().where("kvk", "=", demoEmployers.find((e) => e.key === key)!.kvk).executeTakeFirstOrThrow();

describe("the inbox", () => {
  it("lists the region's leads and requests with a due-date badge, and nothing of other regions", async () => {
    const cookie = await staffCookie(email("accountmanager", "Rijnmond"));
    const res = await settle(() => inboxLoader(args(getRequest("/wsp?afgesloten=ja", { Cookie: cookie }))));
    expect(res.status).toBe(200);
    const data = (await res.json()) as { total: number; items: { kind: string; employerName: string; badge: string | null }[] };
    expect(data.total).toBeGreaterThan(5);
    expect(data.items.some((i) => i.kind === "lead")).toBe(true);
    expect(data.items.some((i) => i.kind === "request")).toBe(true);
    expect(data.items.some((i) => i.employerName.includes("Drie Beken"))).toBe(false);
    const overdue = await settle(() => inboxLoader(args(getRequest("/wsp?filter=te-laat", { Cookie: cookie }))));
    const late = (await overdue.json()) as { items: { badge: string | null }[] };
    for (const item of late.items) expect(item.badge).toBe("te-laat");
  });
});

describe("in English", () => {
  it("names work kinds, statuses, stages and next steps in English for a staff member who chose English", async () => {
    const cookie = `${await staffCookie(email("accountmanager", "Rijnmond"))}; ${englishCookieHeader}`;
    const inbox = (await (await settle(() => inboxLoader(args(getRequest("/wsp?afgesloten=ja", { Cookie: cookie }))))).json()) as {
      items: { kind: string; typeLabel: string; statusLabel: string }[];
    };
    const lead = inbox.items.find((i) => i.kind === "lead")!;
    expect(lead.typeLabel).toBe("Future Scan shared");
    expect(["New", "Contact made", "Meeting planned", "Meeting held", "Actions in progress", "Completed"]).toContain(lead.statusLabel);
    const bakery = await employerByKey("korenschoof");
    const request = await db().selectFrom("requests").select("id").where("employer_id", "=", bakery.id).where("type", "=", "less-risk-polis").where("status", "=", "actief").executeTakeFirstOrThrow();
    const page = (await (await settle(() => requestLoader(args(getRequest(`/wsp/aanvragen/${request.id}`, { Cookie: cookie }), { requestId: request.id })))).json()) as {
      request: { statusLabel: string; typeLabel: string };
      next: { value: string; label: string }[];
    };
    expect(page.request.statusLabel).toBe("Active");
    expect(page.request.typeLabel).toBe("Less-Risk policy and job coach voucher");
    expect(page.next).toEqual([{ value: "afgerond", label: "Completed" }]);
  });
});

describe("isolation between regions", () => {
  it("answers 404 to an accountmanager asking for another region's request, employer file or assignment", async () => {
    const limburg = await staffCookie(email("accountmanager", "Zuid-Limburg"));
    const bakery = await employerByKey("korenschoof");
    const request = await db().selectFrom("requests").select("id").where("employer_id", "=", bakery.id).executeTakeFirstOrThrow();
    const me = await db().selectFrom("users").select("id").where("email", "=", email("accountmanager", "Zuid-Limburg")).executeTakeFirstOrThrow();
    const statuses = [
      (await settle(() => requestLoader(args(getRequest(`/wsp/aanvragen/${request.id}`, { Cookie: limburg }), { requestId: request.id })))).status,
      (await settle(() => requestAction(args(formRequest(`/wsp/aanvragen/${request.id}`, { intent: "besluit", to: "afgerond" }, { Cookie: limburg }), { requestId: request.id })))).status,
      (await settle(() => fileLoader(args(getRequest(`/wsp/werkgevers/${bakery.id}`, { Cookie: limburg }), { employerId: bakery.id })))).status,
      (await settle(() => fileAction(args(formRequest(`/wsp/werkgevers/${bakery.id}`, { intent: "notitie", kind: "telefoon", body: "x", happenedOn: "2026-11-23" }, { Cookie: limburg }), { employerId: bakery.id })))).status,
      (await settle(() => inboxAction(args(formRequest("/wsp", { intent: "toewijzen", kind: "request", id: request.id, userId: me.id }, { Cookie: limburg }))))).status,
    ];
    expect(statuses).toEqual([404, 404, 404, 404, 404]);
    const after = await db().selectFrom("requests").select("status").where("id", "=", request.id).executeTakeFirstOrThrow();
    expect(after.status).toBe("actief");
  });

  it("keeps employers and organisation staff out with 403", async () => {
    const org = await staffCookie(demoStaff.find((s) => s.role === "organisation")!.email);
    expect((await settle(() => inboxLoader(args(getRequest("/wsp", { Cookie: org }))))).status).toBe(403);
  });
});

describe("decisions and the employer file", () => {
  it("a grant reserves budget, mails the employer and is an audit event; a rejection needs a reason", async () => {
    const cookie = await staffCookie(email("accountmanager", "Zuid-Limburg"));
    const zorg = await employerByKey("zorgdrie");
    const request = await db().selectFrom("requests").selectAll().where("employer_id", "=", zorg.id).where("type", "=", "less-risk-polis").executeTakeFirstOrThrow();
    const noReason = await settle(() =>
      requestAction(args(formRequest(`/wsp/aanvragen/${request.id}`, { intent: "besluit", to: "afgewezen", reason: "" }, { Cookie: cookie }), { requestId: request.id })),
    );
    expect(noReason.status).toBe(400);
    expect(nlError(((await noReason.json()) as { errors: Record<string, string> }).errors.reason)).toMatch(/reden/i);

    const ledgerBefore = await db().selectFrom("budget_ledger").select("id").where("request_id", "=", request.id).execute();
    const res = await settle(() =>
      requestAction(args(formRequest(`/wsp/aanvragen/${request.id}`, { intent: "besluit", to: "toegekend", reason: "Past goed." }, { Cookie: cookie }), { requestId: request.id })),
    );
    expect(res.status).toBe(302);
    const after = await db().selectFrom("requests").select(["status", "decision_reason"]).where("id", "=", request.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ status: "toegekend", decision_reason: "Past goed." });
    const ledger = await db().selectFrom("budget_ledger").select("amount_cents").where("request_id", "=", request.id).execute();
    expect(ledger.length - ledgerBefore.length).toBe(2);
    const mail = await db().selectFrom("mail_outbox").select(["to_address", "text_body"]).where("kind", "=", "request-status").orderBy("created_at", "desc").executeTakeFirstOrThrow();
    expect(mail.to_address).toBe(zorg.email);
    expect(mail.text_body).toContain("Past goed.");
    const audits = await db().selectFrom("audit_events").select(["action"]).where("subject_id", "=", request.id).execute();
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(["decision"]));

    // Starting the placement creates the aftercare check-in.
    await settle(() => requestAction(args(formRequest(`/wsp/aanvragen/${request.id}`, { intent: "besluit", to: "actief" }, { Cookie: cookie }), { requestId: request.id })));
    const aftercare = await db().selectFrom("follow_up_actions").select(["description", "due_on"]).where("employer_id", "=", zorg.id).execute();
    expect(aftercare.some((a) => a.description.startsWith("Nazorg"))).toBe(true);
  });

  it("records contact moments and follow-up actions, and every view of the file is audited", async () => {
    const cookie = await staffCookie(email("accountmanager", "Rijnmond"));
    const bakery = await employerByKey("korenschoof");
    const me = await db().selectFrom("users").select("id").where("email", "=", email("accountmanager", "Rijnmond")).executeTakeFirstOrThrow();
    const viewsBefore = await db().selectFrom("audit_events").select("id").where("subject_id", "=", bakery.id).where("action", "=", "view").execute();
    await settle(() => fileLoader(args(getRequest(`/wsp/werkgevers/${bakery.id}`, { Cookie: cookie }), { employerId: bakery.id })));
    const viewsAfter = await db().selectFrom("audit_events").select("id").where("subject_id", "=", bakery.id).where("action", "=", "view").execute();
    expect(viewsAfter.length).toBe(viewsBefore.length + 1);

    const post = (fields: Record<string, string>) =>
      settle(() => fileAction(args(formRequest(`/wsp/werkgevers/${bakery.id}`, fields, { Cookie: cookie }), { employerId: bakery.id })));
    expect((await post({ intent: "notitie", kind: "telefoon", body: "Gebeld over de uitslag.", happenedOn: "2026-11-23" })).status).toBe(302);
    expect((await post({ intent: "actie", description: "Offerte Harrie-training sturen", ownerId: me.id, dueOn: "2026-12-01" })).status).toBe(302);
    expect((await post({ intent: "notitie", kind: "fax", body: "", happenedOn: "gisteren" })).status).toBe(400);
    const notes = await db().selectFrom("employer_notes").select(["kind", "body"]).where("employer_id", "=", bakery.id).execute();
    expect(notes).toEqual([{ kind: "telefoon", body: "Gebeld over de uitslag." }]);
    const actions = await db().selectFrom("follow_up_actions").select(["description", "status"]).where("employer_id", "=", bakery.id).execute();
    expect(actions).toContainEqual({ description: "Offerte Harrie-training sturen", status: "open" });
  });
});

describe("absence", () => {
  it("lets the backup cover an absent colleague: their inbox and the employer's contact card", async () => {
    const inbox = inboxAction;
    const fatima = demoStaff.find((s) => s.key === "am-rijnmond-1")!;
    const joost = demoStaff.find((s) => s.key === "am-rijnmond-2")!;
    const fatimaCookie = await staffCookie(fatima.email);
    const joostCookie = await staffCookie(joost.email);
    const bakery = await employerByKey("korenschoof"); // Fatima's employer
    const mineBefore = (await (await settle(() => inboxLoader(args(getRequest("/wsp?filter=mijn&afgesloten=ja", { Cookie: joostCookie }))))).json()) as { total: number };
    expect((await getEmployerOverview(bakery.id))!.contact.accountManager?.name).toBe(fatima.name);

    const bad = await settle(() => inbox(args(formRequest("/wsp", { intent: "afwezig", absentUntil: "volgende week" }, { Cookie: fatimaCookie }))));
    expect(bad.status).toBe(400);
    const res = await settle(() => inbox(args(formRequest("/wsp", { intent: "afwezig", absentUntil: "2099-12-31" }, { Cookie: fatimaCookie }))));
    expect(res.status).toBe(302);

    const mineAfter = (await (await settle(() => inboxLoader(args(getRequest("/wsp?filter=mijn&afgesloten=ja", { Cookie: joostCookie }))))).json()) as { total: number };
    expect(mineAfter.total).toBeGreaterThan(mineBefore.total);
    const contact = (await getEmployerOverview(bakery.id))!.contact;
    expect(contact.accountManager?.name).toBe(joost.name);
    expect(contact.replaces?.name).toBe(fatima.name);

    await settle(() => inbox(args(formRequest("/wsp", { intent: "afwezig", absentUntil: "" }, { Cookie: fatimaCookie }))));
    expect((await getEmployerOverview(bakery.id))!.contact.accountManager?.name).toBe(fatima.name);
  });
});
