import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEmployers } from "~db/seed/demo";
import { changeRequestStatus, createRequest } from "~/models/request.server";
import { action as eligibilityAction } from "~/routes/mijn.aanvragen.polis._index";
import { action as placementAction } from "~/routes/mijn.aanvragen.polis.plaatsing";
import { loader as detailLoader, action as detailAction } from "~/routes/mijn.aanvragen.$requestId._index";
import { action as sickAction, loader as sickLoader } from "~/routes/mijn.aanvragen.$requestId.ziekmelding";
import { db } from "~/utils/db.server";
import { employerCookie } from "../support/auth";
import { countRows, setupDatabase, teardownDatabase } from "../support/db";
import { englishCookieHeader } from "../support/i18n";
import { args, formRequest, getRequest, settle } from "../support/requests";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const employerId = async (key: string) =>
  (await db().selectFrom("employers").select("id").where("kvk", "=", demoEmployers.find((e) => e.key === key)!.kvk).executeTakeFirstOrThrow()).id;

const eligible = {
  situation: "ww",
  inTargetRegister: "nee",
  specialScheme: "geen",
  minimumWageWithin6Months: "ja",
  tasksLearnableWithin6Months: "ja",
  internalGuide: "ja",
};
const placement = (key: string) => ({
  ...eligible,
  submissionKey: key.padEnd(43, "x"),
  wantsPolis: "ja",
  wantsVoucher: "ja",
  candidateInitials: "P.J.",
  startDate: "2026-12-14",
  role: "Magazijnmedewerker",
  contractType: "bepaalde-tijd",
  hoursPerWeek: "24",
  durationMonths: "12",
});

describe("the eligibility step", () => {
  it("tells an employer whose candidate is in the doelgroepregister that the polis is not for them, and what to do", async () => {
    const cookie = await employerCookie(await employerId("glans"));
    const before = await countRows("requests");
    const res = await settle(() =>
      eligibilityAction(args(formRequest("/mijn/aanvragen/polis", { ...eligible, inTargetRegister: "ja" }, { Cookie: cookie }))),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { reasons: string[]; alternatives: { instrumentId: string }[] } };
    expect(body.result.reasons.join(" ")).toMatch(/doelgroepregister/);
    expect(body.result.alternatives.map((a) => a.instrumentId)).toContain("no-riskpolis");
    expect(await countRows("requests")).toBe(before);
  });

  it("gives the reasons and alternatives in English when the employer chose English", async () => {
    const cookie = `${await employerCookie(await employerId("glans"))}; ${englishCookieHeader}`;
    const res = await settle(() =>
      eligibilityAction(args(formRequest("/mijn/aanvragen/polis", { ...eligible, inTargetRegister: "ja" }, { Cookie: cookie }))),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { reasons: string[]; alternatives: { instrumentId: string; text: string }[] } };
    expect(body.result.reasons).toEqual([expect.stringMatching(/^The candidate is in the target group register/)]);
    expect(body.result.alternatives.find((a) => a.instrumentId === "no-riskpolis")?.text).toMatch(/^The no-risk policy/);
  });

  it("sends an eligible employer on to the placement step", async () => {
    const cookie = await employerCookie(await employerId("glans"));
    const res = await settle(() => eligibilityAction(args(formRequest("/mijn/aanvragen/polis", eligible, { Cookie: cookie }))));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toMatch(/^\/mijn\/aanvragen\/polis\/plaatsing\?situation=ww/);
  });
});

describe("a polis and voucher application", () => {
  it("creates one case with a due date from the service norm, however often it is submitted", async () => {
    const id = await employerId("glans");
    const cookie = await employerCookie(id);
    const mailsBefore = await countRows("mail_outbox");
    const first = await settle(() => placementAction(args(formRequest("/mijn/aanvragen/polis/plaatsing", placement("dubbel"), { Cookie: cookie }))));
    const second = await settle(() => placementAction(args(formRequest("/mijn/aanvragen/polis/plaatsing", placement("dubbel"), { Cookie: cookie }))));
    expect(first.status).toBe(302);
    expect(second.headers.get("Location")).toBe(first.headers.get("Location"));
    const rows = await db().selectFrom("requests").selectAll().where("employer_id", "=", id).where("type", "=", "less-risk-polis").execute();
    expect(rows).toHaveLength(1);
    const request = rows[0]!;
    expect(request.status).toBe("ingediend");
    expect(Date.parse(request.due_at)).toBeGreaterThan(Date.parse(request.created_at) + 24 * 3600 * 1000);
    expect(JSON.parse(request.details_json)).not.toHaveProperty("bsn");
    expect(await countRows("mail_outbox")).toBe(mailsBefore + 2);

    const detail = await settle(() => detailLoader(args(getRequest(`/mijn/aanvragen/${request.id}`, { Cookie: cookie }), { requestId: request.id })));
    expect(detail.status).toBe(200);
    type Detail = { request: { typeLabel: string; statusLabel: string; details: [string, string][] }; timeline: { text: string }[] };
    const dutch = (await detail.json()) as Detail;
    expect(dutch.request).toMatchObject({ typeLabel: "Less-Risk-polis en jobcoachvoucher", statusLabel: "Ingediend" });
    expect(dutch.request.details).toContainEqual(["Contract", "Tijdelijk contract, 24 uur per week, 12 maanden"]);
    const inEnglish = await settle(() =>
      detailLoader(args(getRequest(`/mijn/aanvragen/${request.id}`, { Cookie: `${cookie}; ${englishCookieHeader}` }), { requestId: request.id })),
    );
    const english = (await inEnglish.json()) as Detail;
    expect(english.request).toMatchObject({ typeLabel: "Less-Risk policy and job coach voucher", statusLabel: "Submitted" });
    expect(english.request.details).toContainEqual(["Contract", "Temporary contract, 24 hours per week, 12 months"]);
    expect(english.request.details).toContainEqual(["Candidate", "P.J."]);
    expect(english.timeline[0]?.text).toBe("You submitted the request.");
    const other = await employerCookie(await employerId("havenlogistiek"));
    const denied = await settle(() => detailLoader(args(getRequest(`/mijn/aanvragen/${request.id}`, { Cookie: other }), { requestId: request.id })));
    expect(denied.status).toBe(404);
  });

  it("answers bad placement data with 400 and stores nothing", async () => {
    const cookie = await employerCookie(await employerId("glans"));
    const before = await countRows("requests");
    const res = await settle(() =>
      placementAction(
        args(formRequest("/mijn/aanvragen/polis/plaatsing", { ...placement("fout"), hoursPerWeek: "80", candidateInitials: "123456789", wantsPolis: "", wantsVoucher: "" }, { Cookie: cookie })),
      ),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string> };
    expect(Object.keys(body.errors).sort()).toEqual(["candidateInitials", "hoursPerWeek", "wantsPolis"]);
    expect(await countRows("requests")).toBe(before);
  });

  it("lets the employer withdraw while it is open, and mails about it", async () => {
    const id = await employerId("glans");
    const cookie = await employerCookie(id);
    const request = await db().selectFrom("requests").select("id").where("employer_id", "=", id).where("type", "=", "less-risk-polis").executeTakeFirstOrThrow();
    const res = await settle(() => detailAction(args(formRequest(`/mijn/aanvragen/${request.id}`, { intent: "intrekken" }, { Cookie: cookie }), { requestId: request.id })));
    expect(res.status).toBe(302);
    const after = await db().selectFrom("requests").select(["status", "closed_at"]).where("id", "=", request.id).executeTakeFirstOrThrow();
    expect(after.status).toBe("ingetrokken");
    expect(after.closed_at).not.toBeNull();
    const events = await db().selectFrom("request_events").select(["from_status", "to_status", "actor_role"]).where("request_id", "=", request.id).orderBy("at").execute();
    expect(events.at(-1)).toEqual({ from_status: "ingediend", to_status: "ingetrokken", actor_role: "employer" });
    const mail = await db().selectFrom("mail_outbox").select("subject").where("kind", "=", "request-status").orderBy("created_at", "desc").executeTakeFirstOrThrow();
    expect(mail.subject).toContain("Nieuws over uw aanvraag");
  });
});

describe("budgets", () => {
  it("never overspend under concurrent grants: with budget for N, exactly N are granted", async () => {
    const id = await employerId("zorgdrie");
    const region = (await db().selectFrom("employers").select("region_id").where("id", "=", id).executeTakeFirstOrThrow()).region_id;
    const year = new Date().getUTCFullYear();
    const N = 4;
    await db().deleteFrom("budget_ledger").where("region_id", "=", region).execute();
    await db()
      .updateTable("region_instruments")
      .set({ budget_cents: N * 100_000, amount_per_grant_cents: 100_000 })
      .where("region_id", "=", region)
      .where("instrument_id", "=", "jobcoach-voucher")
      .where("year", "=", year)
      .execute();
    const staff = await db().selectFrom("users").select("id").where("region_id", "=", region).where("role", "=", "accountmanager").executeTakeFirstOrThrow();
    const ids: string[] = [];
    for (let i = 0; i < N + 3; i++) {
      const created = await createRequest({
        request: getRequest("/"),
        employerId: id,
        userId: staff.id,
        type: "less-risk-polis",
        details: { ...eligible, wantsVoucher: "ja", candidateInitials: `K${i}.` },
        submissionKey: `budget-${i}`.padEnd(43, "b"),
      });
      ids.push(created.id);
    }
    const results = await Promise.all(
      ids.map((requestId) => changeRequestStatus({ request: getRequest("/"), requestId, to: "toegekend", actor: { id: staff.id, role: "wsp" } })),
    );
    const statuses = results.map((r) => (r.ok ? r.status : "error"));
    expect(statuses.filter((s) => s === "toegekend")).toHaveLength(N);
    expect(statuses.filter((s) => s === "wachtlijst")).toHaveLength(3);
    const spent = await db()
      .selectFrom("budget_ledger")
      .select((eb) => eb.fn.sum<number>("amount_cents").as("total"))
      .where("region_id", "=", region)
      .where("instrument_id", "=", "jobcoach-voucher")
      .executeTakeFirstOrThrow();
    expect(Number(spent.total)).toBe(N * 100_000);
    const mails = await db().selectFrom("mail_outbox").select("text_body").where("kind", "=", "request-status").execute();
    expect(mails.filter((m) => /wachtlijst/i.test(m.text_body))).toHaveLength(3);

    // Withdrawing a granted request releases its reservation.
    const granted = ids[statuses.indexOf("toegekend")]!;
    const cookie = await employerCookie(id);
    const res = await settle(() => detailAction(args(formRequest(`/mijn/aanvragen/${granted}`, { intent: "intrekken" }, { Cookie: cookie }), { requestId: granted })));
    expect(res.status).toBe(302);
    const left = await db()
      .selectFrom("budget_ledger")
      .select((eb) => eb.fn.sum<number>("amount_cents").as("total"))
      .where("region_id", "=", region)
      .where("instrument_id", "=", "jobcoach-voucher")
      .executeTakeFirstOrThrow();
    expect(Number(left.total)).toBe((N - 1) * 100_000);
  });
});

describe("mail in the employer's language", () => {
  it("an employer who chose English gets the receipt and the status news in English; the accountmanager's mail stays Dutch", async () => {
    const id = await employerId("installatie");
    const employer = await db().selectFrom("employers").select(["email", "account_manager_id"]).where("id", "=", id).executeTakeFirstOrThrow();
    await db().updateTable("users").set({ locale: "en" }).where("email", "=", employer.email).execute();
    const contact = await db().selectFrom("users").select("id").where("email", "=", employer.email).executeTakeFirstOrThrow();
    const created = await createRequest({ request: getRequest("/"), employerId: id, userId: contact.id, type: "gesprek", details: {}, submissionKey: "engels".padEnd(43, "e") });
    const changed = await changeRequestStatus({ request: getRequest("/"), requestId: created.id, to: "in_behandeling", actor: { id: employer.account_manager_id!, role: "wsp" } });
    expect(changed.ok).toBe(true);

    const mails = await db().selectFrom("mail_outbox").select(["kind", "to_address", "subject", "text_body"]).where("created_at", ">=", new Date(Date.now() - 60_000).toISOString()).execute();
    const received = mails.find((m) => m.kind === "request-received" && m.to_address === employer.email)!;
    expect(received.subject).toBe("We have received your request: Meeting with your account manager");
    expect(received.text_body).toMatch(/will contact you by \d{1,2} [A-Z][a-z]+ \d{4} at the latest\./);
    const status = mails.find((m) => m.kind === "request-status" && m.to_address === employer.email)!;
    expect(status.subject).toBe("News about your request: Meeting with your account manager");
    expect(status.text_body).toContain("Your account manager has read your request for a meeting.");
    const staff = mails.filter((m) => m.kind === "request-new-staff" && m.subject.includes("Mergelland"));
    expect(staff.map((m) => m.subject)).toEqual(["Nieuwe aanvraag: Gesprek met uw accountmanager — Installatietechniek Mergelland (demo)"]);
  });
});

describe("a sick report", () => {
  it("can be made only under an active polis, and records when it was reported", async () => {
    const id = await employerId("korenschoof");
    const cookie = await employerCookie(id);
    const policy = await db().selectFrom("requests").select("id").where("employer_id", "=", id).where("status", "=", "actief").executeTakeFirstOrThrow();
    const page = await settle(() => sickLoader(args(getRequest(`/mijn/aanvragen/${policy.id}/ziekmelding`, { Cookie: cookie }), { requestId: policy.id })));
    expect(page.status).toBe(200);
    const res = await settle(() =>
      sickAction(
        args(formRequest(`/mijn/aanvragen/${policy.id}/ziekmelding`, { submissionKey: "ziek".padEnd(43, "z"), firstSickDay: "2026-11-20", expectedReturn: "" }, { Cookie: cookie }), {
          requestId: policy.id,
        }),
      ),
    );
    expect(res.status).toBe(302);
    const sick = await db().selectFrom("requests").selectAll().where("parent_request_id", "=", policy.id).executeTakeFirstOrThrow();
    expect(sick).toMatchObject({ type: "ziekmelding", status: "ingediend" });
    expect(sick.created_at).toBeTruthy();

    const notActive = await db().selectFrom("requests").select("id").where("employer_id", "=", await employerId("zorgdrie")).where("status", "!=", "actief").executeTakeFirstOrThrow();
    const other = await employerCookie(await employerId("zorgdrie"));
    const denied = await settle(() => sickLoader(args(getRequest(`/mijn/aanvragen/${notActive.id}/ziekmelding`, { Cookie: other }), { requestId: notActive.id })));
    expect(denied.status).toBe(404);
    const foreign = await settle(() => sickLoader(args(getRequest(`/mijn/aanvragen/${policy.id}/ziekmelding`, { Cookie: other }), { requestId: policy.id })));
    expect(foreign.status).toBe(404);
  });
});
