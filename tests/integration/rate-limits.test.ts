import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The other test files run with scaled-up limits (tests/setup/test-env.ts); these tests check the real ones.
vi.hoisted(() => {
  process.env.RATE_LIMIT_SCALE = "1";
});
import { demoStaff } from "~db/seed/demo";
import { rateRules } from "~/domain/rate-limit";
import { pruneRateLimits } from "~/models/rate-limit.server";
import { action as signInAction } from "~/routes/inloggen";
import { action as profileAction } from "~/routes/scan.bedrijf";
import { db } from "~/utils/db.server";
import { countRows, setupDatabase, teardownDatabase } from "../support/db";
import { formRequest } from "../support/requests";
import { nlError } from "../support/i18n";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const staff = demoStaff.find((s) => s.role === "accountmanager")!;
const signIn = (fields: Record<string, string>, ip: string) =>
  signInAction({ request: formRequest("/inloggen", fields), params: {}, context: { clientIp: ip } }) as Promise<Response>;

describe("rate limits held in the database", () => {
  it("refuse the 11th password attempt for one address within 15 minutes with 429 and a Dutch message, from any IP", async () => {
    for (let i = 0; i < rateRules.signInPerEmail.limit; i++) {
      const res = await signIn({ intent: "password", email: staff.email, password: "fout" }, `10.0.0.${i}`);
      expect(res.status).toBe(400);
    }
    const res = await signIn({ intent: "password", email: staff.email, password: "fout" }, "10.0.1.1");
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    const body = (await res.json()) as { errors: Record<string, string> };
    expect(nlError(body.errors.password)).toMatch(/te vaak geprobeerd\. Wacht \d+ minu(u|te)/);
    // The keys are hashes: no e-mail address or IP address is stored.
    const keys = await db().selectFrom("rate_limits").select("key").execute();
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k.key))).toBe(true);
  });

  it("limit sign-in links per address: the 6th request within the hour sends no mail", async () => {
    const email = "anouk@korenschoof.demo.example";
    const mailsBefore = await countRows("mail_outbox");
    for (let i = 0; i < rateRules.magicLinkPerEmail.limit; i++) {
      expect((await signIn({ intent: "link", email }, `10.1.0.${i}`)).status).toBe(200);
    }
    expect(await countRows("mail_outbox")).toBe(mailsBefore + rateRules.magicLinkPerEmail.limit);
    const res = await signIn({ intent: "link", email }, "10.1.1.1");
    expect(res.status).toBe(429);
    expect(await countRows("mail_outbox")).toBe(mailsBefore + rateRules.magicLinkPerEmail.limit);
  });

  it("limit every public POST per IP address", async () => {
    const ip = "10.2.0.1";
    let last: Response | undefined;
    for (let i = 0; i <= rateRules.publicPostPerIp.limit; i++) {
      last = await signIn({ intent: "link", email: `iemand${i}@voorbeeld.nl` }, ip);
    }
    expect(last!.status).toBe(429);
    expect((await signIn({ intent: "link", email: "ander@voorbeeld.nl" }, "10.2.0.2")).status).toBe(200);
  });

  it("are pruned by the daily job once their window is a day old", async () => {
    const before = Number((await db().selectFrom("rate_limits").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    expect(await pruneRateLimits(db(), new Date())).toBe(0);
    expect(await pruneRateLimits(db(), new Date(Date.now() + 2 * 24 * 3600_000))).toBe(before);
  });
});

describe("the honeypot", () => {
  it("refuses a sign-in or scan start with the hidden field filled in (400), and stores nothing", async () => {
    const mails = await countRows("mail_outbox");
    const res = await signIn({ intent: "link", email: "bot@voorbeeld.nl", website: "http://spam.example" }, "10.3.0.1");
    expect(res.status).toBe(400);
    const employers = await countRows("employers");
    const start = (await profileAction({
      request: formRequest("/scan/bedrijf", {
        website: "spam",
        name: "Bot BV",
        kvk: "87654321",
        sectorId: "zorg-welzijn",
        fte: "20",
        municipalityCode: "GM0599",
        contactName: "Bot",
        email: "bot@voorbeeld.nl",
      }),
      params: {},
      context: { clientIp: "10.3.0.1" },
    })) as Response;
    expect(start.status).toBe(400);
    expect(await countRows("employers")).toBe(employers);
    expect(await countRows("mail_outbox")).toBe(mails);
  });
});
