/**
 * Seeding. Reference data (regions, sectors, demo municipalities) is inserted
 * when missing and never overwrites what an administrator changed. Demo data
 * is inserted only into a database without users, so a second start reuses
 * the data and does not reseed.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { hash } from "@node-rs/argon2";
import type { Kysely } from "kysely";
import { parseMunicipalityCsv } from "../../app/domain/municipality-import";
import { totpRequiredFor } from "../../app/domain/totp";
import { encryptTotpSecret } from "../../app/utils/totp-secret.server";
import { publishInitialVersions } from "../../app/models/questionnaire.server";
import type { Database } from "../schema";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoEmployers, demoOrganisations, demoStaff } from "./demo";
import { seedDemoRequests } from "./demo-requests";
import { seedDemoCampaign } from "./demo-campaigns";
import { seedDemoScans } from "./demo-scans";
import { demoMunicipalitiesCsv } from "./paths";
import { instruments } from "./reference/instruments";
import { regions } from "./reference/regions";
import { sectors } from "./reference/sectors";

const now = () => new Date().toISOString();

export async function seedReference(db: Kysely<Database>): Promise<void> {
  const at = now();
  await db.transaction().execute(async (trx) => {
    for (const r of regions) {
      await trx
        .insertInto("regions")
        .values({
          id: r.id,
          name: r.name,
          wsp_name: r.wspName,
          wsp_email: r.wspEmail,
          wsp_phone: r.wspPhone,
          service_norm_days: r.serviceNormDays,
          demo_contact: r.demoContact ? 1 : 0,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    }
    for (const s of sectors) {
      await trx
        .insertInto("sectors")
        .values({ id: s.id, name: s.name, sort_order: s.sortOrder })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    }
    const existing = await trx
      .selectFrom("municipalities")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    if (Number(existing.n) === 0) {
      const parsed = parseMunicipalityCsv(readFileSync(demoMunicipalitiesCsv(), "utf8"), regions);
      if (!parsed.ok) {
        throw new Error(`Demo-gemeentetabel is ongeldig: ${parsed.errors.map((e) => e.message).join(" ")}`);
      }
      for (const m of parsed.rows) {
        await trx
          .insertInto("municipalities")
          .values({ code: m.code, name: m.name, region_id: m.regionId })
          .execute();
      }
    }
    await publishInitialVersions(trx);

    for (const i of instruments) {
      await trx
        .insertInto("instruments")
        .values({
          id: i.id,
          name: i.name,
          description: i.description,
          conditions: i.conditions,
          provider: i.provider,
          kind: i.kind,
          amount_cents: i.amountCents,
          requestable: i.requestable ? 1 : 0,
          sort_order: i.sortOrder,
          updated_at: at,
        })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    }
    // Every instrument is available in every region this year, with the default amount
    // and budget; administrators change them per region.
    const year = new Date().getUTCFullYear();
    for (const r of regions) {
      for (const i of instruments) {
        await trx
          .insertInto("region_instruments")
          .values({
            region_id: r.id,
            instrument_id: i.id,
            year,
            available: 1,
            amount_per_grant_cents: i.amountCents,
            budget_cents: defaultBudgetCents[i.id] ?? null,
          })
          .onConflict((oc) => oc.columns(["region_id", "instrument_id", "year"]).doNothing())
          .execute();
      }
    }
  });
}

/** Yearly regional budgets to start with (indicative; the pilot sizes in the sources). */
const defaultBudgetCents: Partial<Record<string, number>> = {
  "less-risk-polis": 50 * 50_000,
  "jobcoach-voucher": 50 * 100_000,
  "kansenkaart-voucher": 50 * 200_000,
  "scholing-werkgevers": 12 * 99_900,
};

export async function hasUsers(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Inserts the demo organisation, staff and employers; returns false when the database already has users. */
export async function seedDemo(db: Kysely<Database>): Promise<boolean> {
  if (await hasUsers(db)) return false;
  const passwordHash = await hash(DEMO_PASSWORD);
  const at = now();
  const regionRows = await db.selectFrom("regions").select(["id", "name"]).execute();
  const regionId = (name: string) => {
    const found = regionRows.find((r) => r.name === name);
    if (!found) throw new Error(`Demo-regio ontbreekt: ${name}`);
    return found.id;
  };
  const municipalityCodes = new Set(
    (await db.selectFrom("municipalities").select("code").execute()).map((m) => m.code),
  );

  const employerIds = new Map<string, string>();
  const accountManagers = new Map<string, string[]>();
  await db.transaction().execute(async (trx) => {
    const orgIds = new Map<string, string>();
    for (const o of demoOrganisations) {
      const id = randomUUID();
      orgIds.set(o.key, id);
      await trx
        .insertInto("organisations")
        .values({ id, name: o.name, region_id: regionId(o.regionName), is_demo: 1, created_at: at })
        .execute();
    }

    const staffIds = new Map(demoStaff.map((s) => [s.key, randomUUID()] as const));
    const idOf = (key: string) => {
      const id = staffIds.get(key);
      if (!id) throw new Error(`Onbekende demo-medewerker: ${key}`);
      return id;
    };
    for (const s of demoStaff) {
      await trx
        .insertInto("users")
        .values({
          id: idOf(s.key),
          email: s.email,
          name: s.name,
          phone: s.phone,
          role: s.role,
          region_id: s.regionName ? regionId(s.regionName) : null,
          organisation_id: s.organisationKey ? (orgIds.get(s.organisationKey) ?? null) : null,
          employer_id: null,
          backup_user_id: null,
          password_hash: passwordHash,
          active: 1,
          is_demo: 1,
          created_at: at,
          updated_at: at,
          last_login_at: null,
          // Administrators and coordinators must use a second factor: theirs is the fixed demo one.
          ...(totpRequiredFor(s.role)
            ? { totp_secret: encryptTotpSecret(DEMO_TOTP_SECRET, idOf(s.key)), totp_enabled_at: at }
            : {}),
        })
        .execute();
    }
    for (const s of demoStaff) {
      if (s.backupKey) {
        await trx
          .updateTable("users")
          .set({ backup_user_id: idOf(s.backupKey) })
          .where("id", "=", idOf(s.key))
          .execute();
      }
    }

    for (const s of demoStaff) {
      if (s.role === "accountmanager" && s.regionName) {
        accountManagers.set(s.regionName, [...(accountManagers.get(s.regionName) ?? []), idOf(s.key)]);
      }
    }
    for (const e of demoEmployers) {
      const employerId = randomUUID();
      employerIds.set(e.key, employerId);
      await trx
        .insertInto("employers")
        .values({
          id: employerId,
          name: e.name,
          kvk: e.kvk,
          sector_id: e.sectorId,
          fte: e.fte,
          municipality_code: municipalityCodes.has(e.municipalityCode) ? e.municipalityCode : null,
          region_id: regionId(e.regionName),
          contact_name: e.contactName,
          email: e.email,
          phone: e.phone,
          account_manager_id: idOf(e.accountManagerKey),
          is_demo: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await trx
        .insertInto("users")
        .values({
          id: randomUUID(),
          email: e.email,
          name: e.contactName,
          phone: e.phone,
          role: "employer",
          region_id: null,
          organisation_id: null,
          employer_id: employerId,
          backup_user_id: null,
          password_hash: null,
          active: 1,
          is_demo: 1,
          created_at: at,
          updated_at: at,
          last_login_at: null,
        })
        .execute();
    }
    await seedDemoScans(trx, { employerIds, regionOf: regionId, accountManagers });
    await seedDemoRequests(trx, employerIds);
    const organisation = demoOrganisations[0]!;
    await seedDemoCampaign(trx, orgIds.get(organisation.key)!, regionId(organisation.regionName), idOf("org-ovr"));
  });
  return true;
}

/** The sign-ins printed at start-up and in the README. */
export function demoSignIns(): { role: string; email: string; how: string }[] {
  const roleNames: Record<string, string> = {
    accountmanager: "Accountmanager WSP",
    coordinator: "Coördinator WSP",
    organisation: "Werkgeversorganisatie",
    admin: "Beheerder",
  };
  return [
    ...demoStaff.map((s) => ({
      role: `${roleNames[s.role] ?? s.role}${s.regionName ? ` (${s.regionName})` : ""}`,
      email: s.email,
      how: `wachtwoord ${DEMO_PASSWORD}${totpRequiredFor(s.role) ? `, daarna de code uit een authenticator-app met sleutel ${DEMO_TOTP_SECRET}` : ""}`,
    })),
    ...demoEmployers.slice(0, 2).map((e) => ({
      role: `Werkgever (${e.name})`,
      email: e.email,
      how: "inloglink per e-mail (zie /dev/mail)",
    })),
  ];
}
