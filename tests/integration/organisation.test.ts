import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestDefinition } from "~/content/questionnaire";
import { demoEmployers, demoStaff } from "~db/seed/demo";
import { DEMO_CAMPAIGN_CODE } from "~db/seed/demo-campaigns";
import { action as conversationAction } from "~/routes/mijn.aanvragen.gesprek";
import { loader as reportLoader } from "~/routes/rapport.$scanId";
import { action as reportAction } from "~/routes/rapport.$scanId";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "~/routes/afmelden.$token";
import { loader as homeLoader } from "~/routes/organisatie._index";
import { action as campaignAction, loader as campaignLoader } from "~/routes/organisatie.campagnes.$campaignId._index";
import { loader as qrLoader } from "~/routes/organisatie.campagnes.$campaignId.qr[.svg]";
import { action as newCampaignAction } from "~/routes/organisatie.campagnes.nieuw";
import { loader as insightLoader } from "~/routes/organisatie.inzicht";
import { action as pillarAction } from "~/routes/scan.$scanId.$pillarId";
import { action as checkAction, loader as checkLoader } from "~/routes/scan.$scanId.controleren";
import { loader as landingLoader } from "~/routes/scan._index";
import { action as profileAction } from "~/routes/scan.bedrijf";
import { db } from "~/utils/db.server";
import { employerCookie, staffCookie } from "../support/auth";
import { setupDatabase, teardownDatabase } from "../support/db";
import { englishCookieHeader, nlError } from "../support/i18n";
import { args, cookieFrom, formRequest, getRequest, settle } from "../support/requests";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const definition = latestDefinition();
const orgEmail = demoStaff.find((s) => s.role === "organisation")!.email;
const amRijnmond = demoStaff.find((s) => s.role === "accountmanager" && s.regionName === "Rijnmond")!.email;
const key = (c: string) => c.repeat(24);
const count = async (table: "campaigns" | "invitations" | "invitation_batches" | "mail_outbox" | "consents" | "campaign_visits") =>
  Number((await db().selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

let orgCookie = "";
let campaignId = "";
let code = "";

async function newCampaign(fields: Record<string, string>, cookie = orgCookie) {
  return settle(() => newCampaignAction(args(formRequest("/organisatie/campagnes/nieuw", fields, { Cookie: cookie }))));
}
const validCampaign = (submissionKey: string) => ({
  submissionKey,
  name: "Ledenavond voorjaar",
  startsOn: "2026-01-01",
  endsOn: "2099-12-31",
  targetRegionId: "",
  targetSectorId: "",
});
/** The version of the Dutch confirmation text, as the Dutch campaign page sends it. */
const DUTCH_CONSENT = "uitnodigen-leden-2026-11";
const invite = (fields: Record<string, string>, cookie = orgCookie, id = campaignId) =>
  settle(() =>
    campaignAction(
      args(formRequest(`/organisatie/campagnes/${id}`, { consentVersion: DUTCH_CONSENT, ...fields }, { Cookie: cookie }), { campaignId: id }),
    ),
  );

describe("campaigns", () => {
  it("only organisation staff may create one; bad input is a 400 with Dutch messages and stores nothing", async () => {
    orgCookie = await staffCookie(orgEmail);
    const amCookie = await staffCookie(amRijnmond);
    expect((await newCampaign(validCampaign(key("a")), amCookie)).status).toBe(403);
    const before = await count("campaigns");
    const bad = await newCampaign({ ...validCampaign(key("b")), name: "x", endsOn: "2025-01-01", targetRegionId: "bestaat-niet" });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: Record<string, string> };
    expect(nlError(body.errors.name)).toContain("minstens 3");
    expect(nlError(body.errors.endsOn)).toContain("vóór de eerste dag");
    const unknownRegion = await newCampaign({ ...validCampaign(key("b")), targetRegionId: "bestaat-niet" });
    expect(unknownRegion.status).toBe(400);
    expect(nlError(((await unknownRegion.json()) as { errors: Record<string, string> }).errors.targetRegionId)).toBe(
      "Kies een regio uit de lijst.",
    );
    expect(await count("campaigns")).toBe(before);
  });

  it("gets a unique short code, once per submission", async () => {
    const res = await newCampaign(validCampaign(key("c")));
    expect(res.status).toBe(302);
    campaignId = res.headers.get("Location")!.split("/").pop()!;
    const again = await newCampaign(validCampaign(key("c")));
    expect(again.headers.get("Location")).toBe(res.headers.get("Location"));
    const row = await db().selectFrom("campaigns").selectAll().where("id", "=", campaignId).executeTakeFirstOrThrow();
    code = row.code;
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
  });

  it("has a link and a QR code (SVG) for the organisation only; others get 403 or 404", async () => {
    const page = await settle(() => campaignLoader(args(getRequest(`/organisatie/campagnes/${campaignId}`, { Cookie: orgCookie }), { campaignId })));
    expect(page.status).toBe(200);
    const data = (await page.json()) as { link: string; campaign: { code: string } };
    expect(data.link).toBe(`http://localhost:3000/scan?c=${code}`);
    const qr = await settle(() => qrLoader(args(getRequest(`/organisatie/campagnes/${campaignId}/qr.svg`, { Cookie: orgCookie }), { campaignId })));
    expect(qr.headers.get("Content-Type")).toContain("image/svg+xml");
    expect(await qr.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const amCookie = await staffCookie(amRijnmond);
    expect((await settle(() => qrLoader(args(getRequest("/x", { Cookie: amCookie }), { campaignId })))).status).toBe(403);
    // Another organisation's campaign is not found.
    const demoCampaign = await db().selectFrom("campaigns").select("id").where("code", "=", DEMO_CAMPAIGN_CODE).executeTakeFirstOrThrow();
    await db().updateTable("campaigns").set({ organisation_id: (await otherOrganisation()).id }).where("id", "=", demoCampaign.id).execute();
    const other = await settle(() => campaignLoader(args(getRequest("/x", { Cookie: orgCookie }), { campaignId: demoCampaign.id })));
    expect(other.status).toBe(404);
  });
});

async function otherOrganisation() {
  const id = "00000000-0000-4000-8000-00000000beef";
  await db()
    .insertInto("organisations")
    .values({ id, name: "Andere vereniging", region_id: null, is_demo: 0, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  return { id };
}

describe("member invitations", () => {
  it("reports bad lines by number, removes duplicates, mails the rest through the outbox with an unsubscribe link, throttled", async () => {
    const mailsBefore = await count("mail_outbox");
    const list = "e-mail\nlid1@leden.test\nlid2@leden.test\ngeen-adres\nLID1@leden.test\nlid3@leden.test\n";
    const res = await invite({ submissionKey: key("d"), list, confirm: "ja" });
    expect(res.status).toBe(200);
    const { report } = (await res.json()) as { report: { sent: number; duplicates: number; errors: { line: number }[] } };
    expect(report.sent).toBe(3);
    expect(report.duplicates).toBe(1);
    expect(report.errors.map((e) => e.line)).toEqual([4]);
    expect(await count("mail_outbox")).toBe(mailsBefore + 3);
    const mail = await db().selectFrom("mail_outbox").selectAll().where("to_address", "=", "lid2@leden.test").executeTakeFirstOrThrow();
    expect(mail.text_body).toContain(`/scan?c=${code}`);
    expect(mail.text_body).toMatch(/\/afmelden\/[A-Za-z0-9_-]{43}/);
    // The batch records which words the organisation confirmed.
    const batch = await db().selectFrom("invitation_batches").selectAll().where("submission_key", "=", key("d")).executeTakeFirstOrThrow();
    expect(batch.consent_text_version).toBe(DUTCH_CONSENT);
    // The same submission again changes nothing.
    const again = await invite({ submissionKey: key("d"), list, confirm: "ja" });
    expect(((await again.json()) as { report: { sent: number } }).report.sent).toBe(3);
    expect(await count("mail_outbox")).toBe(mailsBefore + 3);
  });

  it("spreads a large batch over time and never invites an address twice within 90 days", async () => {
    const list = Array.from({ length: 75 }, (_, i) => `groot${i}@leden.test`).concat("lid1@leden.test").join("\n");
    const res = await invite({ submissionKey: key("e"), list, confirm: "ja" });
    const { report } = (await res.json()) as { report: { sent: number; recentlyInvited: number } };
    expect(report).toMatchObject({ sent: 75, recentlyInvited: 1 });
    const times = await db()
      .selectFrom("mail_outbox")
      .select("next_attempt_at")
      .where("to_address", "like", "groot%")
      .orderBy("next_attempt_at")
      .execute();
    const perMinute = new Map<string, number>();
    for (const t of times) perMinute.set(t.next_attempt_at.slice(0, 16), (perMinute.get(t.next_attempt_at.slice(0, 16)) ?? 0) + 1);
    expect(Math.max(...perMinute.values())).toBeLessThanOrEqual(30);
    expect(perMinute.size).toBe(3);
  });

  it("refuses a list without confirmation or without any valid address (400, nothing stored)", async () => {
    const before = [await count("invitations"), await count("invitation_batches"), await count("mail_outbox")];
    const noConfirm = await invite({ submissionKey: key("f"), list: "nieuw@leden.test" });
    expect(noConfirm.status).toBe(400);
    expect(nlError(((await noConfirm.json()) as { errors: Record<string, string> }).errors.confirm)).toContain("Bevestig");
    const nothingValid = await invite({ submissionKey: key("g"), list: "geen\nadressen", confirm: "ja" });
    expect(nothingValid.status).toBe(400);
    expect(nlError(((await nothingValid.json()) as { errors: Record<string, string> }).errors.list)).toContain("regel 1");
    // A confirmation without the version of the text that was shown is refused too.
    const unknownVersion = await invite({ submissionKey: key("g"), list: "nieuw@leden.test", confirm: "ja", consentVersion: "verzonnen" });
    expect(unknownVersion.status).toBe(400);
    expect([await count("invitations"), await count("invitation_batches"), await count("mail_outbox")]).toEqual(before);
  });

  it("records the English confirmation with its own version when the page was in English", async () => {
    const res = await invite(
      { submissionKey: key("l"), list: "english@leden.test", confirm: "ja", consentVersion: `${DUTCH_CONSENT}-en` },
      `${orgCookie}; ${englishCookieHeader}`,
    );
    expect(res.status).toBe(200);
    const batch = await db().selectFrom("invitation_batches").selectAll().where("submission_key", "=", key("l")).executeTakeFirstOrThrow();
    expect(batch.consent_text_version).toBe("uitnodigen-leden-2026-11-en");
  });

  it("reads an uploaded CSV file (no JavaScript)", async () => {
    const form = new FormData();
    form.set("submissionKey", key("h"));
    form.set("confirm", "ja");
    form.set("consentVersion", DUTCH_CONSENT);
    form.set("list", "");
    form.set("file", new File(["naam;email\nBakker;upload1@leden.test\n"], "leden.csv", { type: "text/csv" }));
    const request = new Request(`http://localhost:3000/organisatie/campagnes/${campaignId}`, {
      method: "POST",
      headers: { Cookie: orgCookie, Origin: "http://localhost:3000" },
      body: form,
    });
    const res = await settle(() => campaignAction(args(request, { campaignId })));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { report: { sent: number } }).report.sent).toBe(1);
  });

  it("has a working unsubscribe link: opening it changes nothing, the button opts out of all future invitations", async () => {
    const mail = await db().selectFrom("mail_outbox").selectAll().where("to_address", "=", "lid3@leden.test").executeTakeFirstOrThrow();
    const token = /\/afmelden\/([A-Za-z0-9_-]{43})/.exec(mail.text_body)![1]!;
    const page = await settle(() => unsubscribeLoader(args(getRequest(`/afmelden/${token}`), { token })));
    expect(((await page.json()) as { done: boolean }).done).toBe(false);
    expect(await db().selectFrom("invitation_optouts").selectAll().execute()).toHaveLength(0);
    const done = await settle(() => unsubscribeAction(args(formRequest(`/afmelden/${token}`, { confirm: "ja" }), { token })));
    expect(((await done.json()) as { done: boolean }).done).toBe(true);
    expect((await settle(() => unsubscribeLoader(args(getRequest("/x"), { token: "bestaat-niet-" + "x".repeat(30) })))).status).toBe(404);
    // Even after 90 days, and from another campaign, the address is skipped.
    await db().updateTable("invitations").set({ created_at: "2020-01-01T00:00:00.000Z" }).where("email", "=", "lid3@leden.test").execute();
    const res = await invite({ submissionKey: key("i"), list: "lid3@leden.test\nvers@leden.test", confirm: "ja" });
    expect(((await res.json()) as { report: { sent: number; optedOut: number } }).report).toMatchObject({ sent: 1, optedOut: 1 });
  });
});

describe("a member who comes through the campaign", () => {
  let cookie = "";
  let scanId = "";

  it("sees 'Aangeboden door' on the landing page, and the visit is counted once", async () => {
    const before = await count("campaign_visits");
    const res = await settle(() => landingLoader(args(getRequest(`/scan?c=${code.toLowerCase()}`))));
    const data = (await res.json()) as { offeredBy: string; campaignCode: string };
    expect(data.offeredBy).toContain("Ondernemersvereniging Rijnmond");
    expect(data.campaignCode).toBe(code);
    const visitCookie = cookieFrom(res);
    await settle(() => landingLoader(args(getRequest(`/scan?c=${code}`, { Cookie: visitCookie }))));
    expect(await count("campaign_visits")).toBe(before + 1);
    const unknown = (await (await settle(() => landingLoader(args(getRequest("/scan?c=ONBEKEND"))))).json()) as { offeredBy: null };
    expect(unknown.offeredBy).toBeNull();
  });

  it("is asked at completion whether to share with the organisation too, and must answer", async () => {
    const start = await settle(() =>
      profileAction(
        args(
          formRequest("/scan/bedrijf", {
            name: "Bakkerij Lid Een",
            kvk: "55500001",
            sectorId: "horeca-detailhandel",
            fte: "25",
            municipalityCode: "GM0599",
            contactName: "Lid Een",
            email: "lid1@leden.test",
            startKey: key("j"),
            campaignCode: code,
          }),
        ),
      ),
    );
    expect(start.status).toBe(302);
    cookie = cookieFrom(start);
    scanId = start.headers.get("Location")!.split("/").pop()!;
    const scan = await db().selectFrom("scans").select(["campaign_id"]).where("id", "=", scanId).executeTakeFirstOrThrow();
    expect(scan.campaign_id).toBe(campaignId);
    for (const pillar of definition.pillars) {
      const answers = Object.fromEntries(pillar.questions.map((q) => [q.id, q.options[1]!.id]));
      const res = await settle(() =>
        pillarAction(args(formRequest(`/scan/${scanId}/${pillar.id}`, { intent: "next", ...answers }, { Cookie: cookie }), { scanId, pillarId: pillar.id })),
      );
      expect(res.status).toBe(302);
    }
    const check = (await (await settle(() => checkLoader(args(getRequest("/x", { Cookie: cookie }), { scanId })))).json()) as {
      organisationName: string;
    };
    expect(check.organisationName).toContain("Ondernemersvereniging Rijnmond");
    const missing = await settle(() => checkAction(args(formRequest("/x", { share: "nee" }, { Cookie: cookie }), { scanId })));
    expect(missing.status).toBe(400);
    expect(nlError(((await missing.json()) as { errors: Record<string, string> }).errors.shareOrganisation)).toContain("werkgeversorganisatie");
    const done = await settle(() => checkAction(args(formRequest("/x", { share: "nee", shareOrganisation: "ja" }, { Cookie: cookie }), { scanId })));
    expect(done.status).toBe(302);
    const consents = await db().selectFrom("consents").selectAll().where("scan_id", "=", scanId).execute();
    expect(consents.map((c) => [c.party, c.granted, c.text_version]).sort()).toEqual([
      ["organisation", 1, "delen-organisatie-2026-11"],
      ["wsp", 0, "delen-wsp-2026-11b"],
    ]);
  });

  it("shows up in the funnel and, while consenting, in the organisation's company list with a report it may open", async () => {
    const asked = await settle(() =>
      conversationAction(
        args(formRequest("/mijn/aanvragen/gesprek", { submissionKey: key("k"), topic: "scan", contactPreference: "e-mail", scanId }, { Cookie: cookie })),
      ),
    );
    expect(asked.status).toBe(302);
    const home = (await (await settle(() => homeLoader(args(getRequest("/organisatie", { Cookie: orgCookie }))))).json()) as {
      campaigns: { id: string; funnel: Record<string, number> }[];
    };
    expect(home.campaigns.find((c) => c.id === campaignId)!.funnel).toEqual({ invited: 81, opened: 1, started: 1, completed: 1, followUp: 1 });
    const insight = (await (await settle(() => insightLoader(args(getRequest("/organisatie/inzicht", { Cookie: orgCookie }))))).json()) as {
      consented: { scanId: string; name: string }[];
    };
    expect(insight.consented.map((c) => c.name)).toContain("Bakkerij Lid Een");
    const report = await settle(() => reportLoader(args(getRequest(`/rapport/${scanId}`, { Cookie: orgCookie }), { scanId })));
    expect(report.status).toBe(200);
    // The WSP was not given access.
    const amCookie = await staffCookie(amRijnmond);
    const am = await settle(() => reportLoader(args(getRequest(`/rapport/${scanId}`, { Cookie: amCookie }), { scanId })));
    expect(am.status).toBe(404);
  });

  it("withdrawing consent hides the company and its report from the organisation at once", async () => {
    const res = await settle(() => reportAction(args(formRequest("/x", { share: "nee", shareOrganisation: "nee" }, { Cookie: cookie }), { scanId })));
    expect(res.status).toBe(302);
    const insight = (await (await settle(() => insightLoader(args(getRequest("/organisatie/inzicht", { Cookie: orgCookie }))))).json()) as {
      consented: { name: string }[];
    };
    expect(insight.consented.map((c) => c.name)).not.toContain("Bakkerij Lid Een");
    expect((await settle(() => reportLoader(args(getRequest("/x", { Cookie: orgCookie }), { scanId })))).status).toBe(404);
  });
});

describe("insight without exposure", () => {
  it("shows sector averages only for sectors with at least 5 companies", async () => {
    const insight = (await (await settle(() => insightLoader(args(getRequest("/organisatie/inzicht", { Cookie: orgCookie }))))).json()) as {
      sectors: { companies: number; averages: Record<string, number | null> | null }[];
    };
    expect(insight.sectors.length).toBeGreaterThan(0);
    for (const s of insight.sectors) {
      if (s.companies < 5) expect(s.averages).toBeNull();
      else expect(s.averages).not.toBeNull();
    }
  });

  it("is not open to employers", async () => {
    const employer = await db()
      .selectFrom("employers")
      .select("id")
      .where("kvk", "=", demoEmployers[0]!.kvk)
      .executeTakeFirstOrThrow();
    const cookie = await employerCookie(employer.id);
    const res = await settle(() => insightLoader(args(getRequest("/organisatie/inzicht", { Cookie: cookie }))));
    expect(res.status).toBe(403);
  });
});
