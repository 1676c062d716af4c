/**
 * Starting a Toekomstscan from the company profile: a new employer gets a
 * company record, a contact who can sign in, an accountmanager of the region,
 * and a scan — all in one transaction.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "~db/schema";
import { pickAccountManager } from "~/domain/account-manager";
import type { CompanyProfile } from "~/schemas/company-profile";
import { knownCompanyMail, resumeScanMail } from "~/content/mail";
import { err } from "~/i18n/errors";
import type { Locale } from "~/i18n/locale";
import { findActiveCampaign } from "~/models/campaign.server";
import { RESUME_LINK_DAYS } from "~/domain/link-validity";
import { createLoginToken } from "~/models/login-token.server";
import { recipientLocale } from "~/models/user.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { newId, nowIso } from "~/utils/ids.server";
import { enqueueMail } from "~/utils/mail.server";

export type LocationResult =
  | { ok: true; regionId: string; municipalityCode: string | null }
  | { ok: false; field: "sectorId" | "municipalityCode" | "regionId"; message: string };

/** Checks the choices against the reference tables and finds the region. */
export async function resolveProfileReferences(profile: CompanyProfile): Promise<LocationResult> {
  const sector = await db().selectFrom("sectors").select("id").where("id", "=", profile.sectorId).executeTakeFirst();
  if (!sector) return { ok: false, field: "sectorId", message: err("scan", "sectorFromList") };
  if (profile.municipalityCode) {
    const m = await db()
      .selectFrom("municipalities")
      .select(["code", "region_id"])
      .where("code", "=", profile.municipalityCode)
      .executeTakeFirst();
    if (!m) return { ok: false, field: "municipalityCode", message: err("scan", "municipalityFromList") };
    return { ok: true, regionId: m.region_id, municipalityCode: m.code };
  }
  const region = await db().selectFrom("regions").select("id").where("id", "=", profile.regionId ?? "").executeTakeFirst();
  if (!region) return { ok: false, field: "regionId", message: err("scan", "regionFromList") };
  return { ok: true, regionId: region.id, municipalityCode: null };
}

async function chooseAccountManager(trx: Kysely<Database> | Transaction<Database>, regionId: string) {
  const candidates = await trx
    .selectFrom("users as u")
    .leftJoin("employers as e", "e.account_manager_id", "u.id")
    .select(["u.id", "u.name", (eb) => eb.fn.count<number>("e.id").as("employers")])
    .where("u.region_id", "=", regionId)
    .where("u.role", "=", "accountmanager")
    .where("u.active", "=", 1)
    .groupBy(["u.id", "u.name"])
    .execute();
  return pickAccountManager(candidates.map((c) => ({ ...c, employers: Number(c.employers) })));
}

interface ScanStart {
  version: number;
  campaignCode: string | null;
  startKey: string | null;
}

export async function startScanForNewEmployer(
  profile: CompanyProfile,
  location: { regionId: string; municipalityCode: string | null },
  start: ScanStart,
  locale: Locale,
): Promise<{ employerId: string; userId: string; scanId: string }> {
  const at = nowIso();
  const employerId = newId();
  const userId = newId();
  const scanId = newId();
  await db()
    .transaction()
    .execute(async (trx) => {
      const accountManagerId = await chooseAccountManager(trx, location.regionId);
      await trx
        .insertInto("employers")
        .values({
          id: employerId,
          name: profile.name,
          kvk: profile.kvk,
          sector_id: profile.sectorId,
          fte: profile.fte,
          municipality_code: location.municipalityCode,
          region_id: location.regionId,
          contact_name: profile.contactName,
          email: profile.email,
          phone: profile.phone ?? null,
          account_manager_id: accountManagerId,
          is_demo: 0,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await trx
        .insertInto("users")
        .values({
          id: userId,
          email: profile.email,
          name: profile.contactName,
          phone: profile.phone ?? null,
          role: "employer",
          region_id: null,
          organisation_id: null,
          employer_id: employerId,
          backup_user_id: null,
          password_hash: null,
          active: 1,
          is_demo: 0,
          created_at: at,
          updated_at: at,
          last_login_at: null,
          locale,
        })
        .execute();
      await insertScan(trx, scanId, employerId, profile, location.regionId, start, at);
    });
  return { employerId, userId, scanId };
}

async function insertScan(
  trx: Kysely<Database> | Transaction<Database>,
  scanId: string,
  employerId: string,
  profile: CompanyProfile,
  regionId: string,
  start: ScanStart,
  at: string,
) {
  // Only a running campaign's code counts; anything else is kept for the record but leads nowhere.
  const campaign = await findActiveCampaign(trx, start.campaignCode, new Date(at));
  await trx
    .insertInto("scans")
    .values({
      id: scanId,
      campaign_id: campaign?.id ?? null,
      employer_id: employerId,
      questionnaire_version: start.version,
      status: "in_progress",
      campaign_code: start.campaignCode,
      start_key: start.startKey,
      sector_id: profile.sectorId,
      fte: profile.fte,
      region_id: regionId,
      started_at: at,
      updated_at: at,
      completed_at: null,
      overall_score: null,
      result_json: null,
    })
    .execute();
}

export type ProfileUpdateResult =
  | { ok: true; scanId: string }
  | { ok: false; field: "kvk" | "email"; message: string };

/**
 * A signed-in employer confirms or changes the profile: the company is updated and the
 * employer continues the scan in progress, or starts a new one.
 */
export async function updateProfileAndStartScan(
  employerId: string,
  userId: string,
  profile: CompanyProfile,
  location: { regionId: string; municipalityCode: string | null },
  start: ScanStart,
): Promise<ProfileUpdateResult> {
  const kvkTaken = await db()
    .selectFrom("employers")
    .select("id")
    .where("kvk", "=", profile.kvk)
    .where("id", "!=", employerId)
    .executeTakeFirst();
  if (kvkTaken) {
    return { ok: false, field: "kvk", message: err("scan", "kvkTaken") };
  }
  const emailTaken = await db()
    .selectFrom("users")
    .select("id")
    .where("email", "=", profile.email)
    .where("id", "!=", userId)
    .executeTakeFirst();
  if (emailTaken) {
    return { ok: false, field: "email", message: err("scan", "emailTaken") };
  }
  const at = nowIso();
  return db()
    .transaction()
    .execute(async (trx) => {
      const current = await trx
        .selectFrom("employers")
        .select(["region_id", "account_manager_id"])
        .where("id", "=", employerId)
        .executeTakeFirstOrThrow();
      const regionChanged = current.region_id !== location.regionId;
      await trx
        .updateTable("employers")
        .set({
          name: profile.name,
          kvk: profile.kvk,
          sector_id: profile.sectorId,
          fte: profile.fte,
          municipality_code: location.municipalityCode,
          region_id: location.regionId,
          contact_name: profile.contactName,
          email: profile.email,
          phone: profile.phone ?? null,
          account_manager_id: regionChanged
            ? await chooseAccountManager(trx, location.regionId)
            : current.account_manager_id,
          updated_at: at,
        })
        .where("id", "=", employerId)
        .execute();
      await trx
        .updateTable("users")
        .set({ email: profile.email, name: profile.contactName, phone: profile.phone ?? null, updated_at: at })
        .where("id", "=", userId)
        .execute();
      const inProgress = await trx
        .selectFrom("scans")
        .select("id")
        .where("employer_id", "=", employerId)
        .where("status", "=", "in_progress")
        .orderBy("started_at", "desc")
        .executeTakeFirst();
      if (inProgress) {
        await trx
          .updateTable("scans")
          .set({ sector_id: profile.sectorId, fte: profile.fte, region_id: location.regionId, updated_at: at })
          .where("id", "=", inProgress.id)
          .execute();
        return { ok: true as const, scanId: inProgress.id };
      }
      const scanId = newId();
      await insertScan(trx, scanId, employerId, profile, location.regionId, start, at);
      return { ok: true as const, scanId };
    });
}

/** Mails a 7-day link that signs the contact in and opens the scan where they left off, in the contact's language. */
export async function sendResumeLink(
  request: Request,
  contact: { userId: string; name: string; email: string },
  redirectTo: string,
  kind: "resume" | "known-company",
): Promise<void> {
  const token = await createLoginToken(contact.userId, redirectTo, "resume");
  const link = `${appUrl(request)}/inloggen/link?token=${token}`;
  const input = { name: contact.name, link, days: RESUME_LINK_DAYS };
  const locale = await recipientLocale(db(), contact.email);
  const content = kind === "resume" ? resumeScanMail(input, locale) : knownCompanyMail(input, locale);
  await enqueueMail(db(), { kind: `scan-${kind}`, to: contact.email, ...content });
}
