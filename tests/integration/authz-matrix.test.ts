/**
 * The authorization matrix: every route file's loader and action, called by
 * every kind of actor, against the expected outcome. The list of routes comes
 * from app/routes, so a new route without an entry here fails this test.
 */
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEmployers, demoStaff } from "~db/seed/demo";
import { DEMO_CAMPAIGN_CODE } from "~db/seed/demo-campaigns";
import { latestDefinition } from "~/content/questionnaire";
import { db } from "~/utils/db.server";
import { employerCookie, staffCookie } from "../support/auth";
import { setupDatabase, teardownDatabase } from "../support/db";
import { BASE, settle } from "../support/requests";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const actors = ["anonymous", "employerOwner", "employerOther", "amX", "amY", "coordX", "organisation", "admin"] as const;
type Actor = (typeof actors)[number];
/** "ok": the actor may (2xx, a redirect elsewhere than sign-in, or a 400/429 for the empty test form); else the refusal expected. */
type Outcome = "ok" | "signin" | 403 | 404;
type Expectation = Record<Actor, Outcome>;

const all = (o: Outcome): Expectation => Object.fromEntries(actors.map((a) => [a, o])) as Expectation;
const staffOnly403 = { amX: 403, amY: 403, coordX: 403, organisation: 403, admin: 403 } as const;
const publicRoute = all("ok");
/** An employer's page without an id in the address. */
const employerPage: Expectation = { anonymous: "signin", employerOwner: "ok", employerOther: "ok", ...staffOnly403 };
/** An employer's own resource (scan, request): another employer gets 404. */
const employerResource: Expectation = { ...employerPage, employerOther: 404 };
/** Starting the scan: anyone but staff. */
const scanStart: Expectation = { ...all("ok"), ...staffOnly403 };
/** A report shared with the WSP of region X (not through a campaign). */
const sharedReport: Expectation = {
  anonymous: "signin",
  employerOwner: "ok",
  employerOther: 404,
  amX: "ok",
  amY: 404,
  coordX: "ok",
  organisation: 404,
  admin: 404,
};
/** Only the owner may change sharing. */
const reportOwnerAction: Expectation = { ...sharedReport, amX: 404, coordX: 404 };
const notSignedIn = { anonymous: "signin", employerOwner: 403, employerOther: 403 } as const;
/** A WSP page without an id: any accountmanager or coordinator, for their own region. */
const regionStaffPage: Expectation = { ...notSignedIn, amX: "ok", amY: "ok", coordX: "ok", organisation: 403, admin: 403 };
/** A resource of region X: staff of region Y get 404. */
const regionStaffResource: Expectation = { ...regionStaffPage, amY: 404 };
const coordinatorPage: Expectation = { ...regionStaffPage, amX: 403, amY: 403 };
const organisationPage: Expectation = { ...notSignedIn, amX: 403, amY: 403, coordX: 403, organisation: "ok", admin: 403 };
const adminPage: Expectation = { ...notSignedIn, amX: 403, amY: 403, coordX: 403, organisation: 403, admin: "ok" };
/** The own account of any staff member (second factor, log out everywhere). */
const staffAccountPage: Expectation = { ...notSignedIn, amX: "ok", amY: "ok", coordX: "ok", organisation: "ok", admin: "ok" };

interface Fixtures {
  completedScanId: string;
  inProgressScanId: string;
  requestId: string;
  polisRequestId: string;
  employerId: string;
  campaignId: string;
  staffUserId: string;
}

interface Entry {
  /** Which demo employer owns the ids used: the "employerOwner" actor. */
  owner: "korenschoof" | "glans";
  params?: (f: Fixtures) => Record<string, string>;
  loader?: Expectation;
  action?: Expectation;
  /** The action ends the session: use fresh sign-ins for it. */
  freshSession?: boolean;
}

const matrix: Record<string, Entry> = {
  "$.tsx": { owner: "korenschoof", loader: all(404) },
  "account._index.tsx": { owner: "korenschoof", loader: staffAccountPage, action: staffAccountPage },
  "account.tweestaps.tsx": { owner: "korenschoof", loader: staffAccountPage, action: staffAccountPage },
  // No loader or action: a static page.
  "_index.tsx": { owner: "korenschoof" },
  // No loader or action: the page after deleting an account.
  "account-verwijderd.tsx": { owner: "korenschoof" },
  "afmelden.$token.tsx": { owner: "korenschoof", params: () => ({ token: "x".repeat(43) }), loader: all(404), action: all(404) },
  "beheer._index.tsx": { owner: "korenschoof", loader: adminPage },
  "beheer.audit.tsx": { owner: "korenschoof", loader: adminPage },
  "beheer.budgetten.tsx": { owner: "korenschoof", loader: adminPage, action: adminPage },
  "beheer.gebruikers.$userId.tsx": { owner: "korenschoof", params: (f) => ({ userId: f.staffUserId }), loader: adminPage, action: adminPage },
  "beheer.gebruikers._index.tsx": { owner: "korenschoof", loader: adminPage },
  "beheer.gebruikers.nieuw.tsx": { owner: "korenschoof", loader: adminPage, action: adminPage },
  "beheer.gemeenten.tsx": { owner: "korenschoof", loader: adminPage, action: adminPage },
  "beheer.instrumenten.$instrumentId.tsx": {
    owner: "korenschoof",
    params: () => ({ instrumentId: "less-risk-polis" }),
    loader: adminPage,
    action: adminPage,
  },
  "beheer.instrumenten._index.tsx": { owner: "korenschoof", loader: adminPage },
  "beheer.regios.$regionId.tsx": { owner: "korenschoof", params: () => ({ regionId: "AM01" }), loader: adminPage, action: adminPage },
  "beheer.vragenlijsten.tsx": { owner: "korenschoof", loader: adminPage, action: adminPage },
  "dev.mail.tsx": { owner: "korenschoof", loader: publicRoute },
  "healthz.ts": { owner: "korenschoof", loader: publicRoute },
  "inloggen.tsx": { owner: "korenschoof", loader: publicRoute, action: publicRoute },
  "inloggen_.link.tsx": { owner: "korenschoof", loader: publicRoute, action: publicRoute },
  "inloggen_.uitnodiging.tsx": { owner: "korenschoof", loader: publicRoute, action: publicRoute },
  // Without a pending sign-in (password first) the code page sends everyone to sign in.
  "inloggen_.code.tsx": { owner: "korenschoof", loader: all("signin"), action: all("signin") },
  "mijn._index.tsx": { owner: "korenschoof", loader: employerPage },
  "mijn.gegevens.tsx": { owner: "korenschoof", loader: employerPage, action: employerPage },
  "mijn.gegevens[.json].tsx": { owner: "korenschoof", loader: employerPage },
  "mijn.aanvragen.$requestId._index.tsx": {
    owner: "korenschoof",
    params: (f) => ({ requestId: f.requestId }),
    loader: employerResource,
    action: employerResource,
  },
  "mijn.aanvragen.$requestId.ziekmelding.tsx": {
    owner: "korenschoof",
    params: (f) => ({ requestId: f.polisRequestId }),
    loader: employerResource,
    action: employerResource,
  },
  "mijn.aanvragen.gesprek.tsx": { owner: "korenschoof", loader: employerPage, action: employerPage },
  "mijn.aanvragen.kansenkaart-voucher.tsx": { owner: "korenschoof", loader: employerPage, action: employerPage },
  "mijn.aanvragen.nieuw.tsx": { owner: "korenschoof", loader: employerPage },
  "mijn.aanvragen.polis._index.tsx": { owner: "korenschoof", loader: employerPage, action: employerPage },
  "mijn.aanvragen.polis.plaatsing.tsx": { owner: "korenschoof", loader: employerPage, action: employerPage },
  "organisatie._index.tsx": { owner: "korenschoof", loader: organisationPage },
  "organisatie.campagnes.$campaignId._index.tsx": {
    owner: "korenschoof",
    params: (f) => ({ campaignId: f.campaignId }),
    loader: organisationPage,
    action: organisationPage,
  },
  "organisatie.campagnes.$campaignId.qr[.svg].tsx": {
    owner: "korenschoof",
    params: (f) => ({ campaignId: f.campaignId }),
    loader: organisationPage,
  },
  "organisatie.campagnes.nieuw.tsx": { owner: "korenschoof", loader: organisationPage, action: organisationPage },
  "organisatie.inzicht.tsx": { owner: "korenschoof", loader: organisationPage },
  "ping.ts": { owner: "korenschoof", loader: publicRoute },
  "privacy.tsx": { owner: "korenschoof", loader: publicRoute },
  "rapport.$scanId.pdf.tsx": { owner: "korenschoof", params: (f) => ({ scanId: f.completedScanId }), loader: sharedReport },
  "rapport.$scanId.tsx": {
    owner: "korenschoof",
    params: (f) => ({ scanId: f.completedScanId }),
    loader: sharedReport,
    action: reportOwnerAction,
  },
  "scan.$scanId.$pillarId.tsx": {
    owner: "glans",
    params: (f) => ({ scanId: f.inProgressScanId, pillarId: latestDefinition().pillars[0]!.id }),
    loader: employerResource,
    action: employerResource,
  },
  "scan.$scanId._index.tsx": { owner: "glans", params: (f) => ({ scanId: f.inProgressScanId }), loader: employerResource },
  "scan.$scanId.controleren.tsx": {
    owner: "glans",
    params: (f) => ({ scanId: f.inProgressScanId }),
    loader: employerResource,
    action: employerResource,
  },
  "scan.$scanId.later.tsx": { owner: "glans", params: (f) => ({ scanId: f.inProgressScanId }), loader: employerResource },
  "scan._index.tsx": { owner: "korenschoof", loader: publicRoute },
  "scan.bedrijf.tsx": { owner: "korenschoof", loader: scanStart, action: scanStart },
  // No loader or action: a static page.
  "toegankelijkheid.tsx": { owner: "korenschoof" },
  "taal.tsx": { owner: "korenschoof", loader: publicRoute, action: publicRoute },
  "uitloggen.tsx": { owner: "korenschoof", loader: publicRoute, action: publicRoute, freshSession: true },
  "wsp._index.tsx": { owner: "korenschoof", loader: regionStaffPage, action: regionStaffPage },
  "wsp.aanvragen.$requestId.tsx": {
    owner: "korenschoof",
    params: (f) => ({ requestId: f.requestId }),
    loader: regionStaffResource,
    action: regionStaffResource,
  },
  "wsp.dashboard.tsx": { owner: "korenschoof", loader: coordinatorPage, action: coordinatorPage },
  "wsp.export.acties[.csv].tsx": { owner: "korenschoof", loader: regionStaffPage },
  "wsp.export.werkvoorraad[.csv].tsx": { owner: "korenschoof", loader: regionStaffPage },
  "wsp.werkgevers.$employerId.tsx": {
    owner: "korenschoof",
    params: (f) => ({ employerId: f.employerId }),
    loader: regionStaffResource,
    action: regionStaffResource,
  },
};

const routeDir = resolve("app/routes");
const routeFiles = readdirSync(routeDir).filter((f) => /\.tsx?$/.test(f)).sort();

const staffEmail = (role: string, region?: string) => demoStaff.find((s) => s.role === role && (!region || s.regionName === region))!.email;
const employerIdOf = async (key: string) =>
  (await db().selectFrom("employers").select("id").where("kvk", "=", demoEmployers.find((e) => e.key === key)!.kvk).executeTakeFirstOrThrow()).id;

async function cookiesFor(owner: Entry["owner"]): Promise<Record<Actor, string>> {
  return {
    anonymous: "",
    employerOwner: await employerCookie(await employerIdOf(owner)),
    employerOther: await employerCookie(await employerIdOf("zorgdrie")),
    amX: await staffCookie(staffEmail("accountmanager", "Rijnmond")),
    amY: await staffCookie(staffEmail("accountmanager", "Zuid-Limburg")),
    coordX: await staffCookie(staffEmail("coordinator", "Rijnmond")),
    organisation: await staffCookie(staffEmail("organisation")),
    admin: await staffCookie(staffEmail("admin")),
  };
}

function classify(res: Response): Outcome | `unexpected ${number}` {
  if (res.status === 403) return 403;
  if (res.status === 404) return 404;
  if (res.status >= 300 && res.status < 400 && (res.headers.get("Location") ?? "").startsWith("/inloggen")) return "signin";
  if (res.status < 400 || res.status === 400 || res.status === 429) return "ok";
  return `unexpected ${res.status}`;
}

describe("authorization matrix", () => {
  it("has an entry for every route file, and no entry for a route that does not exist", () => {
    expect(routeFiles.filter((f) => !(f in matrix)), "routes without an entry in the matrix").toEqual([]);
    expect(Object.keys(matrix).filter((f) => !routeFiles.includes(f)), "entries without a route").toEqual([]);
  });

  it("gives every actor the expected outcome on every loader and action", async () => {
    const korenschoof = await employerIdOf("korenschoof");
    const glans = await employerIdOf("glans");
    const scan = (employerId: string, status: "completed" | "in_progress") =>
      db().selectFrom("scans").select("id").where("employer_id", "=", employerId).where("status", "=", status).orderBy("started_at", "desc").executeTakeFirstOrThrow();
    const polis = await db()
      .selectFrom("requests")
      .select("id")
      .where("employer_id", "=", korenschoof)
      .where("type", "=", "less-risk-polis")
      .where("status", "=", "actief")
      .executeTakeFirstOrThrow();
    const fixtures: Fixtures = {
      completedScanId: (await scan(korenschoof, "completed")).id,
      inProgressScanId: (await scan(glans, "in_progress")).id,
      requestId: polis.id,
      polisRequestId: polis.id,
      employerId: korenschoof,
      campaignId: (await db().selectFrom("campaigns").select("id").where("code", "=", DEMO_CAMPAIGN_CODE).executeTakeFirstOrThrow()).id,
      staffUserId: (await db().selectFrom("users").select("id").where("email", "=", staffEmail("accountmanager", "Zuid-Limburg")).executeTakeFirstOrThrow()).id,
    };
    const cookieCache = new Map<string, Record<Actor, string>>();
    const failures: string[] = [];
    let cases = 0;
    let ip = 0;
    for (const file of routeFiles) {
      const entry = matrix[file];
      if (!entry) continue;
      const mod = (await import(/* @vite-ignore */ `../../app/routes/${file}`)) as Record<string, unknown>;
      const params = entry.params?.(fixtures) ?? {};
      const path = "/" + file.replace(/\.tsx?$/, "").replace(/\$(\w+)/g, (_, p: string) => params[p] ?? p).replace(/\./g, "/");
      for (const kind of ["loader", "action"] as const) {
        const fn = mod[kind] as ((args: unknown) => Promise<unknown>) | undefined;
        const expected = entry[kind];
        if (!fn) {
          if (expected) failures.push(`${file} ${kind}: expected in the matrix but not exported`);
          continue;
        }
        if (!expected) {
          failures.push(`${file} ${kind}: exported but has no expectation in the matrix`);
          continue;
        }
        for (const actor of actors) {
          const key = entry.freshSession ? `${file}:${actor}` : entry.owner;
          if (!cookieCache.has(key)) cookieCache.set(key, await cookiesFor(entry.owner));
          const cookie = cookieCache.get(key)![actor];
          const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
          const request =
            kind === "loader"
              ? new Request(BASE + path, { headers })
              : new Request(BASE + path, {
                  method: "POST",
                  headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Origin: BASE },
                  body: "",
                });
          ip += 1;
          const res = await settle(() => fn({ request, params, context: { clientIp: `10.9.${ip >> 8}.${ip & 255}` } }));
          cases += 1;
          const outcome = classify(res);
          if (outcome !== expected[actor]) failures.push(`${file} ${kind} as ${actor}: expected ${expected[actor]}, got ${outcome}`);
        }
      }
    }
    console.log(`authorization matrix: ${cases} route × actor cases checked over ${routeFiles.length} routes`);
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(routeFiles.length * actors.length);
  }, 120_000);
});
