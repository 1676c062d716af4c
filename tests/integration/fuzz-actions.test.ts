/**
 * Property-based fuzzing of every action: generated bad input (wrong types,
 * missing and extra fields, 1 MB strings, control characters, odd Unicode,
 * HTML and SQL injection, forged ids of other tenants) posted by an actor who
 * may use the form. Never a 500; a rejection is a 4xx with a message and
 * leaves the database exactly as it was; a forged id is never accepted.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEmployers, demoStaff } from "~db/seed/demo";
import { latestDefinition } from "~/content/questionnaire";
import { db } from "~/utils/db.server";
import { employerCookie, staffCookie } from "../support/auth";
import { setupDatabase, teardownDatabase } from "../support/db";
import { BASE, settle } from "../support/requests";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const RUNS_PER_ACTION = 25;
const routeDir = resolve("app/routes");
const routeFiles = readdirSync(routeDir).filter((f) => /\.tsx?$/.test(f));

/** Field names and choice values the forms use, read from the routes and schemas, so generated posts reach deep into validation. */
function formVocabulary() {
  const sources = [...routeFiles.map((f) => resolve(routeDir, f)), ...readdirSync(resolve("app/schemas")).map((f) => resolve("app/schemas", f))];
  const names = new Set<string>();
  const values = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\b(\w+): z\b/g)) names.add(m[1]!);
    for (const m of text.matchAll(/name="(\w+)"/g)) names.add(m[1]!);
    for (const m of text.matchAll(/register\("(\w+)"\)/g)) names.add(m[1]!);
    for (const m of text.matchAll(/z\.literal\("([\w-]+)"\)/g)) values.add(m[1]!);
    for (const m of text.matchAll(/intent === "([\w-]+)"/g)) values.add(m[1]!);
    for (const m of text.matchAll(/z\.enum\(\[([^\]]+)\]/g)) for (const v of m[1]!.matchAll(/"([^"]*)"/g)) values.add(v[1]!);
  }
  return { names: [...names].sort(), values: [...values].sort() };
}

/**
 * What a rejected submission must leave alone: row counts of every table a form can write to, and the rows
 * (or the changeable columns) of the tables forms update. Rate-limit hits, sessions and the audit trail may change.
 */
const countedTables = [
  "employers", "users", "scans", "scan_answers", "consents", "requests", "request_events", "budget_ledger", "leads",
  "employer_notes", "follow_up_actions", "region_instruments", "mail_outbox", "login_tokens", "campaigns", "campaign_visits",
  "invitation_batches", "invitations", "invitation_optouts", "regions", "instruments", "municipalities", "organisations",
] as const;
const rowQueries = [
  sql`select * from requests`,
  sql`select * from leads`,
  sql`select * from region_instruments`,
  sql`select * from employers`,
  sql`select id, role, region_id, active, absent_until, backup_user_id, password_hash from users`,
  sql`select id, status, shared_with_wsp, shared_with_organisation, campaign_id, updated_at from scans`,
  sql`select max(updated_at) as latest from scan_answers`,
  sql`select * from follow_up_actions`,
  sql`select * from regions`,
  sql`select * from instruments`,
];

async function fingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const table of countedTables) {
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db());
    hash.update(`${table}:${Number(row.rows[0]!.n)};`);
  }
  for (const query of rowQueries) {
    const rows = await query.execute(db());
    hash.update(rows.rows.map((r) => JSON.stringify(r)).sort().join("\n"));
  }
  return hash.digest("hex");
}

type Actor = "anonymous" | "employer" | "employerScan" | "amX" | "coordX" | "organisation" | "admin";

/** Who may post to each action (the fuzz must get past authorization to test validation). */
function actorFor(file: string): Actor {
  if (file.startsWith("scan.$scanId")) return "employerScan";
  if (file.startsWith("mijn.") || file.startsWith("rapport.")) return "employer";
  if (file.startsWith("wsp.dashboard")) return "coordX";
  if (file.startsWith("wsp.")) return "amX";
  if (file.startsWith("organisatie.")) return "organisation";
  if (file.startsWith("beheer.")) return "admin";
  if (file.startsWith("account.")) return "amX";
  return "anonymous";
}

/** Actions that accept any input by design (signing out). */
const acceptsAnything = new Set(["uitloggen.tsx"]);

describe("fuzzing every action", () => {
  it("never answers 500, rejects with a message and stores nothing, and never accepts another tenant's id", async () => {
    const employerId = async (key: string) =>
      (await db().selectFrom("employers").select("id").where("kvk", "=", demoEmployers.find((e) => e.key === key)!.kvk).executeTakeFirstOrThrow()).id;
    const staff = (role: string, region?: string) => demoStaff.find((s) => s.role === role && (!region || s.regionName === region))!.email;
    const korenschoof = await employerId("korenschoof");
    const glans = await employerId("glans");
    const other = await employerId("zorgdrie");
    const cookies: Record<Actor, string> = {
      anonymous: "",
      employer: await employerCookie(korenschoof),
      employerScan: await employerCookie(glans),
      amX: await staffCookie(staff("accountmanager", "Rijnmond")),
      coordX: await staffCookie(staff("coordinator", "Rijnmond")),
      organisation: await staffCookie(staff("organisation")),
      admin: await staffCookie(staff("admin")),
    };
    const first = (q: Promise<{ id: string } | undefined>) => q.then((r) => r?.id ?? "");
    const params = {
      scanId: await first(db().selectFrom("scans").select("id").where("employer_id", "=", glans).where("status", "=", "in_progress").executeTakeFirst()),
      completedScanId: await first(db().selectFrom("scans").select("id").where("employer_id", "=", korenschoof).where("status", "=", "completed").executeTakeFirst()),
      requestId: await first(db().selectFrom("requests").select("id").where("employer_id", "=", korenschoof).where("status", "=", "actief").executeTakeFirst()),
      employerId: korenschoof,
      campaignId: await first(db().selectFrom("campaigns").select("id").executeTakeFirst()),
    };
    // Ids that belong to another tenant than the actor's.
    const forged = [
      other,
      await first(db().selectFrom("scans").select("id").where("employer_id", "=", other).executeTakeFirst()),
      await first(db().selectFrom("requests").select("id").where("employer_id", "=", other).executeTakeFirst()),
      await first(db().selectFrom("users").select("id").where("email", "=", staff("accountmanager", "Zuid-Limburg")).executeTakeFirst()),
      await first(db().selectFrom("leads").select("scan_id as id").where("region_id", "!=", (await db().selectFrom("employers").select("region_id").where("id", "=", korenschoof).executeTakeFirstOrThrow()).region_id).executeTakeFirst()),
    ].filter(Boolean);
    const { names, values } = formVocabulary();

    const badValue = fc.oneof(
      fc.constantFrom("", " ", "\u0000", "\u0001\u001f\u007f", "\u202e\ufeff𝕳𝖊𝖑𝖑𝖔", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>"),
      fc.constantFrom("' OR 1=1; --", "Robert'); DROP TABLE employers;--", "-1", "1e309", "NaN", "9".repeat(40), "true", "[object Object]", "../../etc/passwd"),
      fc.constant("a".repeat(1_000_000)),
      fc.constantFrom(...forged),
      fc.constantFrom(...values),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 20 }),
    );
    const body = fc.dictionary(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 12 })), badValue, { maxKeys: 8 });

    let tried = 0;
    let accepted = 0;
    let actions = 0;
    const failures: string[] = [];
    for (const file of routeFiles.sort()) {
      const mod = (await import(/* @vite-ignore */ `../../app/routes/${file}`)) as { action?: (args: unknown) => Promise<unknown> };
      if (!mod.action) continue;
      const action = mod.action;
      actions += 1;
      const actor = actorFor(file);
      const routeParams: Record<string, string> = {
        scanId: file.startsWith("rapport.") ? params.completedScanId : params.scanId,
        pillarId: latestDefinition().pillars[0]!.id,
        requestId: params.requestId,
        employerId: params.employerId,
        campaignId: params.campaignId,
        token: "x".repeat(43),
      };
      await fc.assert(
        fc.asyncProperty(body, async (fields) => {
          tried += 1;
          const before = await fingerprint();
          const request = new Request(`${BASE}/${file}`, {
            method: "POST",
            headers: {
              "Content-Type": "application/x-www-form-urlencoded",
              Origin: BASE,
              ...(cookies[actor] ? { Cookie: cookies[actor] } : {}),
            },
            body: new URLSearchParams(fields).toString(),
          });
          // An error thrown out of an action is what the server turns into a 500.
          const res = await settle(() => action({ request, params: routeParams, context: { clientIp: `10.8.0.${tried % 250}` } })).catch(
            (error: unknown) => new Response(String(error), { status: 500 }),
          );
          const text = await res.text();
          const label = `${file} ${JSON.stringify(fields).slice(0, 200)}`;
          if (res.status >= 500) failures.push(`${label}: ${res.status}`);
          if (res.status >= 400) {
            if (!text.trim()) failures.push(`${label}: ${res.status} without a message`);
            if ((await fingerprint()) !== before) failures.push(`${label}: rejected (${res.status}) but the database changed`);
          } else {
            accepted += 1;
            const usedForged = Object.values(fields).some((v) => forged.includes(v));
            if (usedForged && (await fingerprint()) !== before && !acceptsAnything.has(file)) {
              failures.push(`${label}: accepted another tenant's id and changed data`);
            }
          }
          return failures.length === 0;
        }),
        { numRuns: RUNS_PER_ACTION, seed: 20261123, endOnFailure: true },
      );
    }
    console.log(`fuzz: ${tried} generated inputs posted to ${actions} actions; ${accepted} accepted as valid, the rest refused with a 4xx`);
    expect(failures).toEqual([]);
    expect(tried).toBeGreaterThan(RUNS_PER_ACTION * 10);
  }, 300_000);
});
