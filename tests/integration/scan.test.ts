import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestDefinition } from "~/content/questionnaire";
import { action as profileAction, loader as profileLoader } from "~/routes/scan.bedrijf";
import { action as pillarAction, loader as pillarLoader } from "~/routes/scan.$scanId.$pillarId";
import { action as checkAction } from "~/routes/scan.$scanId.controleren";
import { loader as reportLoader } from "~/routes/rapport.$scanId";
import { db } from "~/utils/db.server";
import { countRows, setupDatabase, teardownDatabase } from "../support/db";
import { englishCookieHeader, enError, nlError } from "../support/i18n";
import { args, cookieFrom, formRequest, getRequest, settle } from "../support/requests";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const definition = latestDefinition();
const profile = (over: Record<string, string> = {}) => ({
  name: "Drukkerij De Pers",
  kvk: "12345678",
  sectorId: "industrie-productie",
  fte: "40",
  municipalityCode: "GM0599",
  contactName: "Ilse Dekker",
  email: "ilse@depers.example",
  startKey: "k".repeat(43),
  campaignCode: "mkb-2026",
  ...over,
});

async function start(over: Record<string, string> = {}) {
  const res = await settle(() => profileAction(args(formRequest("/scan/bedrijf", profile(over)))));
  return res;
}

const allAnswers = (pillarIndex: number, optionIndex = 1) =>
  Object.fromEntries(definition.pillars[pillarIndex]!.questions.map((q) => [q.id, q.options[optionIndex]!.id]));

let cookie = "";
let scanId = "";

describe("starting a scan", () => {
  it("creates the employer, its contact, an accountmanager of the region and the scan, and signs in", async () => {
    const employersBefore = await countRows("employers");
    const res = await start();
    expect(res.status).toBe(302);
    cookie = cookieFrom(res);
    scanId = /\/scan\/([0-9a-f-]{36})$/.exec(res.headers.get("Location") ?? "")?.[1] ?? "";
    expect(scanId).not.toBe("");
    expect(await countRows("employers")).toBe(employersBefore + 1);
    const employer = await db()
      .selectFrom("employers as e")
      .innerJoin("regions as r", "r.id", "e.region_id")
      .innerJoin("users as am", "am.id", "e.account_manager_id")
      .select(["r.name as region", "am.role", "am.region_id", "e.region_id as employer_region"])
      .where("e.kvk", "=", "12345678")
      .executeTakeFirstOrThrow();
    expect(employer.region).toBe("Rijnmond");
    expect(employer.role).toBe("accountmanager");
    expect(employer.region_id).toBe(employer.employer_region);
    const scan = await db().selectFrom("scans").selectAll().where("id", "=", scanId).executeTakeFirstOrThrow();
    expect(scan).toMatchObject({ status: "in_progress", campaign_code: "MKB-2026", questionnaire_version: 1 });
    const mail = await db().selectFrom("mail_outbox").select("subject").where("to_address", "=", "ilse@depers.example").execute();
    expect(mail.map((m) => m.subject)).toContain("Verder met uw Toekomstscan");
  });

  it("starts one scan when the same form is submitted twice", async () => {
    const scansBefore = await countRows("employers");
    const res = await start();
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/scan/${scanId}`);
    expect(await countRows("employers")).toBe(scansBefore);
  });

  it("does not duplicate a known company and shows none of its data without the e-mailed link", async () => {
    const before = await countRows("employers");
    const res = await start({ startKey: "z".repeat(43), email: "iemand-anders@example.com", name: "Nep BV" });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).not.toContain("Drukkerij");
    expect(body).not.toContain("ilse@depers.example");
    expect(res.headers.get("Set-Cookie")).toBeNull();
    expect(await countRows("employers")).toBe(before);
    const known = await db()
      .selectFrom("mail_outbox")
      .select(["to_address", "subject"])
      .where("subject", "=", "Uw bedrijf staat al in het Werkgeversportaal")
      .execute();
    expect(known.map((m) => m.to_address)).toEqual(["ilse@depers.example"]);
  });

  it("answers a 9-digit KvK-nummer with 400 next to the field and stores nothing", async () => {
    const before = await countRows("employers");
    const res = await start({ kvk: "123456789", startKey: "q".repeat(43), email: "nieuw@example.com" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string> };
    expect(nlError(body.errors.kvk)).toContain("8 cijfers");
    expect(await countRows("employers")).toBe(before);
  });

  it("speaks English with the English language cookie: sector names, and field errors from the schema and the server", async () => {
    const english = { Cookie: englishCookieHeader };
    const page = await settle(() => profileLoader(args(getRequest("/scan/bedrijf", english))));
    const data = (await page.json()) as { sectors: { value: string; label: string }[] };
    expect(data.sectors.find((s) => s.value === "zorg-welzijn")?.label).toBe("Care and welfare");
    const dutch = (await (await settle(() => profileLoader(args(getRequest("/scan/bedrijf"))))).json()) as typeof data;
    expect(dutch.sectors.find((s) => s.value === "zorg-welzijn")?.label).toBe("Zorg en welzijn");

    const fields = profile({ kvk: "123456789", startKey: "e".repeat(43), email: "english@example.com" });
    const bad = await settle(() => profileAction(args(formRequest("/scan/bedrijf", fields, english))));
    expect(bad.status).toBe(400);
    expect(enError(((await bad.json()) as { errors: Record<string, string> }).errors.kvk)).toContain("exactly 8 digits");
    const unknownPlace = await settle(() =>
      profileAction(args(formRequest("/scan/bedrijf", { ...fields, kvk: "11223344", municipalityCode: "GM9999" }, english))),
    );
    expect(unknownPlace.status).toBe(400);
    const errors = ((await unknownPlace.json()) as { errors: Record<string, string> }).errors;
    expect(enError(errors.municipalityCode)).toBe("Choose a municipality from the list.");
    expect(nlError(errors.municipalityCode)).toBe("Kies een gemeente uit de lijst.");
  });
});

describe("answering", () => {
  const pillar = definition.pillars[0]!;

  it("refuses a page with missing answers with 400 and stores nothing of it", async () => {
    const partial = { intent: "next", [pillar.questions[0]!.id]: pillar.questions[0]!.options[0]!.id };
    const res = await settle(() =>
      pillarAction(args(formRequest(`/scan/${scanId}/${pillar.id}`, partial, { Cookie: cookie }), { scanId, pillarId: pillar.id })),
    );
    expect(res.status).toBe(400);
    const rows = await db().selectFrom("scan_answers").selectAll().where("scan_id", "=", scanId).execute();
    expect(rows).toHaveLength(0);
  });

  it("saves a page once, however often it is submitted, and goes to the next pillar", async () => {
    for (let i = 0; i < 2; i++) {
      const res = await settle(() =>
        pillarAction(
          args(formRequest(`/scan/${scanId}/${pillar.id}`, { intent: "next", ...allAnswers(0) }, { Cookie: cookie }), {
            scanId,
            pillarId: pillar.id,
          }),
        ),
      );
      expect(res.status).toBe(302);
      expect(res.headers.get("Location")).toBe(`/scan/${scanId}/${definition.pillars[1]!.id}`);
    }
    const rows = await db().selectFrom("scan_answers").selectAll().where("scan_id", "=", scanId).execute();
    expect(rows).toHaveLength(pillar.questions.length);
  });

  it("gives another employer a 404 for this scan", async () => {
    const other = await start({ kvk: "87654321", email: "ander@bedrijf.example", startKey: "o".repeat(43) });
    const otherCookie = cookieFrom(other);
    const res = await settle(() =>
      pillarLoader(args(getRequest(`/scan/${scanId}/${pillar.id}`, { Cookie: otherCookie }), { scanId, pillarId: pillar.id })),
    );
    expect(res.status).toBe(404);
    const post = await settle(() =>
      pillarAction(
        args(formRequest(`/scan/${scanId}/${pillar.id}`, { intent: "next", ...allAnswers(0, 0) }, { Cookie: otherCookie }), {
          scanId,
          pillarId: pillar.id,
        }),
      ),
    );
    expect(post.status).toBe(404);
  });

  it("completes the scan once and stores the scores", async () => {
    const incomplete = await settle(() =>
      checkAction(args(formRequest(`/scan/${scanId}/controleren`, { share: "ja" }, { Cookie: cookie }), { scanId })),
    );
    expect(incomplete.status).toBe(400);

    for (let p = 1; p < definition.pillars.length; p++) {
      const id = definition.pillars[p]!.id;
      await settle(() =>
        pillarAction(args(formRequest(`/scan/${scanId}/${id}`, { intent: "next", ...allAnswers(p) }, { Cookie: cookie }), { scanId, pillarId: id })),
      );
    }
    const done = await settle(() => checkAction(args(formRequest(`/scan/${scanId}/controleren`, { share: "ja" }, { Cookie: cookie }), { scanId })));
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe(`/rapport/${scanId}`);
    const scan = await db().selectFrom("scans").selectAll().where("id", "=", scanId).executeTakeFirstOrThrow();
    expect(scan.status).toBe("completed");
    expect(scan.overall_score).toBeGreaterThan(0);
    const completedAt = scan.completed_at;

    const again = await settle(() => checkAction(args(formRequest(`/scan/${scanId}/controleren`, { share: "ja" }, { Cookie: cookie }), { scanId })));
    expect(again.status).toBe(302);
    const after = await db().selectFrom("scans").select("completed_at").where("id", "=", scanId).executeTakeFirstOrThrow();
    expect(after.completed_at).toBe(completedAt);

    // A completed scan can no longer be changed.
    const locked = await settle(() =>
      pillarAction(
        args(formRequest(`/scan/${scanId}/${pillar.id}`, { intent: "next", ...allAnswers(0, 0) }, { Cookie: cookie }), {
          scanId,
          pillarId: pillar.id,
        }),
      ),
    );
    expect(locked.status).toBe(302);
    expect(locked.headers.get("Location")).toBe(`/rapport/${scanId}`);

    const report = await settle(() => reportLoader(args(getRequest(`/rapport/${scanId}`, { Cookie: cookie }), { scanId })));
    expect(report.status).toBe(200);
    const data = (await report.json()) as { view: { pillars: { score: number }[] }; sharedWithWsp: boolean };
    expect(data.view.pillars).toHaveLength(5);
    expect(data.sharedWithWsp).toBe(true);
  });
});
