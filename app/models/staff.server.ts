/**
 * Staff accounts as administrators manage them: invite by e-mail (a 7-day,
 * single-use link to set a password), change role, region or organisation,
 * deactivate. Changing the role or scope, and deactivating, ends the person's
 * sessions at once. Employer accounts are not managed here.
 */
import { hash } from "@node-rs/argon2";
import type { Kysely, Transaction } from "kysely";
import type { Database, StaffRole } from "~db/schema";
import { staffInviteMail } from "~/content/mail";
import { roleLabel } from "~/content/navigation";
import { err } from "~/i18n/errors";
import { scopeOfRole } from "~/schemas/admin";
import { db } from "~/utils/db.server";
import { newId, nowIso } from "~/utils/ids.server";
import { enqueueMail } from "~/utils/mail.server";
import { audit } from "./audit.server";
import { INVITE_LINK_DAYS } from "~/domain/link-validity";
import { consumeLoginToken, createLoginToken, revokeLoginTokens, type TokenState } from "./login-token.server";
import { normaliseEmail, recipientLocale } from "./user.server";

type Actor = { id: string; role: string };
export type StaffStatus = "actief" | "uitgenodigd" | "gedeactiveerd";
type Scope = { role: StaffRole; regionId?: string; organisationId?: string };
/** `message` is a validation key (`err("admin", …)`), shown in the user's language. */
export type StaffChangeResult = { ok: true; id: string } | { ok: false; field: string; message: string } | { ok: false; notFound: true };

export const staffStatus = (u: { active: number; password_hash: string | null }): StaffStatus =>
  u.active !== 1 ? "gedeactiveerd" : u.password_hash ? "actief" : "uitgenodigd";

export async function listStaff(filter: { role: string; regionId: string; status: string }) {
  let query = db()
    .selectFrom("users as u")
    .leftJoin("regions as r", "r.id", "u.region_id")
    .leftJoin("organisations as o", "o.id", "u.organisation_id")
    .select(["u.id", "u.name", "u.email", "u.role", "u.active", "u.password_hash", "u.last_login_at", "r.name as regionName", "o.name as organisationName"])
    .where("u.role", "!=", "employer")
    .orderBy("u.name");
  if (filter.role) query = query.where("u.role", "=", filter.role as StaffRole);
  if (filter.regionId) query = query.where("u.region_id", "=", filter.regionId);
  if (filter.status === "gedeactiveerd") query = query.where("u.active", "=", 0);
  if (filter.status === "actief") query = query.where("u.active", "=", 1).where("u.password_hash", "is not", null);
  if (filter.status === "uitgenodigd") query = query.where("u.active", "=", 1).where("u.password_hash", "is", null);
  const rows = await query.execute();
  return rows.map(({ password_hash, ...u }) => ({ ...u, status: staffStatus({ active: u.active, password_hash }) }));
}

/** A staff member (never an employer account), or undefined. */
export async function getStaffMember(id: string) {
  return db().selectFrom("users").selectAll().where("id", "=", id).where("role", "!=", "employer").executeTakeFirst();
}

export async function listOrganisations() {
  return db().selectFrom("organisations").select(["id", "name"]).orderBy("name").execute();
}

/** Checks that the region or organisation the role needs exists; the other scope is cleared. */
async function resolveScope(database: Kysely<Database>, scope: Scope) {
  const kind = scopeOfRole(scope.role);
  if (kind === "region") {
    const region = await database.selectFrom("regions").select("id").where("id", "=", scope.regionId ?? "").executeTakeFirst();
    if (!region) return { ok: false as const, field: "regionId", message: err("admin", "regionUnknown") };
    return { ok: true as const, region_id: region.id, organisation_id: null };
  }
  if (kind === "organisation") {
    const org = await database.selectFrom("organisations").select("id").where("id", "=", scope.organisationId ?? "").executeTakeFirst();
    if (!org) return { ok: false as const, field: "organisationId", message: err("admin", "organisationUnknown") };
    return { ok: true as const, region_id: null, organisation_id: org.id };
  }
  return { ok: true as const, region_id: null, organisation_id: null };
}

async function sendInvite(trx: Transaction<Database>, user: { id: string; name: string; email: string; role: StaffRole }, baseUrl: string) {
  await revokeLoginTokens(trx, user.id, nowIso());
  const token = await createLoginToken(user.id, null, "invite", trx);
  const locale = await recipientLocale(trx, user.email);
  const mail = staffInviteMail(
    {
      name: user.name,
      roleLabel: roleLabel(user.role, locale).toLowerCase(),
      link: `${baseUrl}/inloggen/uitnodiging?token=${token}`,
      days: INVITE_LINK_DAYS,
    },
    locale,
  );
  await enqueueMail(trx, { kind: "staff-invite", to: user.email, ...mail });
}

export async function inviteStaff(
  input: Scope & { name: string; email: string },
  actor: Actor,
  baseUrl: string,
): Promise<StaffChangeResult> {
  const email = normaliseEmail(input.email);
  return db()
    .transaction()
    .execute(async (trx): Promise<StaffChangeResult> => {
      const existing = await trx.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
      if (existing) return { ok: false, field: "email", message: err("admin", "emailTaken") };
      const scope = await resolveScope(trx, input);
      if (!scope.ok) return scope;
      const id = newId();
      const at = nowIso();
      await trx
        .insertInto("users")
        .values({
          id,
          email,
          name: input.name,
          phone: null,
          role: input.role,
          region_id: scope.region_id,
          organisation_id: scope.organisation_id,
          employer_id: null,
          backup_user_id: null,
          password_hash: null,
          active: 1,
          is_demo: 0,
          created_at: at,
          updated_at: at,
          last_login_at: null,
          absent_until: null,
        })
        .execute();
      await sendInvite(trx, { id, name: input.name, email, role: input.role }, baseUrl);
      await audit(trx, { actor, action: "user-invite", subjectType: "user", subjectId: id, regionId: scope.region_id, details: { role: input.role } });
      return { ok: true, id };
    });
}

/** A new invitation for someone who has not set a password yet; earlier links stop working. */
export async function resendInvite(userId: string, actor: Actor, baseUrl: string): Promise<boolean> {
  return db()
    .transaction()
    .execute(async (trx) => {
      const user = await trx.selectFrom("users").selectAll().where("id", "=", userId).where("role", "!=", "employer").executeTakeFirst();
      if (!user || staffStatus(user) !== "uitgenodigd") return false;
      await sendInvite(trx, { ...user, role: user.role as StaffRole }, baseUrl);
      await audit(trx, { actor, action: "user-reinvite", subjectType: "user", subjectId: user.id, regionId: user.region_id });
      return true;
    });
}

/**
 * Changes role, scope and backup. A change of role or scope ends the person's
 * sessions, so the next page they open asks them to sign in again.
 */
export async function updateStaff(
  userId: string,
  input: Scope & { backupUserId?: string },
  actor: Actor,
): Promise<StaffChangeResult> {
  return db()
    .transaction()
    .execute(async (trx): Promise<StaffChangeResult> => {
      const user = await trx.selectFrom("users").selectAll().where("id", "=", userId).where("role", "!=", "employer").executeTakeFirst();
      if (!user) return { ok: false, notFound: true };
      if (user.id === actor.id && input.role !== user.role) {
        return { ok: false, field: "role", message: err("admin", "ownRole") };
      }
      const scope = await resolveScope(trx, input);
      if (!scope.ok) return scope;
      let backup: string | null = null;
      if (scope.region_id && input.backupUserId) {
        const found = await trx
          .selectFrom("users")
          .select("id")
          .where("id", "=", input.backupUserId)
          .where("id", "!=", user.id)
          .where("region_id", "=", scope.region_id)
          .where("role", "in", ["accountmanager", "coordinator"])
          .where("active", "=", 1)
          .executeTakeFirst();
        if (!found) return { ok: false, field: "backupUserId", message: err("admin", "backupColleague") };
        backup = found.id;
      }
      const scopeChanged = user.role !== input.role || user.region_id !== scope.region_id || user.organisation_id !== scope.organisation_id;
      await trx
        .updateTable("users")
        .set({ role: input.role, region_id: scope.region_id, organisation_id: scope.organisation_id, backup_user_id: backup, updated_at: nowIso() })
        .where("id", "=", user.id)
        .execute();
      if (scopeChanged) {
        await trx.deleteFrom("sessions").where("user_id", "=", user.id).execute();
        // Colleagues who had this person as backup in the old region get none.
        if (user.region_id !== scope.region_id) {
          await trx.updateTable("users").set({ backup_user_id: null }).where("backup_user_id", "=", user.id).execute();
        }
      }
      await audit(trx, {
        actor,
        action: "user-change",
        subjectType: "user",
        subjectId: user.id,
        regionId: scope.region_id,
        details: {
          from: { role: user.role, regionId: user.region_id, organisationId: user.organisation_id, backupUserId: user.backup_user_id },
          to: { role: input.role, regionId: scope.region_id, organisationId: scope.organisation_id, backupUserId: backup },
          sessionsEnded: scopeChanged,
        },
      });
      return { ok: true, id: user.id };
    });
}

/** Deactivating ends all sessions and unused links at once; the person can no longer sign in. */
export async function setStaffActive(userId: string, active: boolean, actor: Actor): Promise<StaffChangeResult> {
  return db()
    .transaction()
    .execute(async (trx): Promise<StaffChangeResult> => {
      const user = await trx.selectFrom("users").select(["id", "region_id"]).where("id", "=", userId).where("role", "!=", "employer").executeTakeFirst();
      if (!user) return { ok: false, notFound: true };
      if (user.id === actor.id) return { ok: false, field: "form", message: err("admin", "ownAccount") };
      const at = nowIso();
      await trx.updateTable("users").set({ active: active ? 1 : 0, updated_at: at }).where("id", "=", user.id).execute();
      if (!active) {
        await trx.deleteFrom("sessions").where("user_id", "=", user.id).execute();
        await revokeLoginTokens(trx, user.id, at);
      }
      await audit(trx, { actor, action: active ? "user-activate" : "user-deactivate", subjectType: "user", subjectId: user.id, regionId: user.region_id });
      return { ok: true, id: user.id };
    });
}

/**
 * A staff member lost the phone with the authenticator app and the recovery codes: the second
 * factor goes (secret and recovery codes) and every session ends. Administrators and
 * coordinators must set up a new app at their next sign-in (requireUser enforces it).
 */
export async function resetSecondFactor(userId: string, actor: Actor): Promise<StaffChangeResult> {
  return db()
    .transaction()
    .execute(async (trx): Promise<StaffChangeResult> => {
      const user = await trx
        .selectFrom("users")
        .select(["id", "region_id"])
        .where("id", "=", userId)
        .where("role", "!=", "employer")
        .where("totp_enabled_at", "is not", null)
        .executeTakeFirst();
      if (!user) return { ok: false, notFound: true };
      if (user.id === actor.id) return { ok: false, field: "form", message: err("admin", "ownAccount") };
      await trx.deleteFrom("recovery_codes").where("user_id", "=", user.id).execute();
      await trx
        .updateTable("users")
        .set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null, updated_at: nowIso() })
        .where("id", "=", user.id)
        .execute();
      await trx.deleteFrom("sessions").where("user_id", "=", user.id).execute();
      await audit(trx, { actor, action: "user-totp-reset", subjectType: "user", subjectId: user.id, regionId: user.region_id });
      return { ok: true, id: user.id };
    });
}

/** The invitee's first password (hashed with argon2id): uses the invitation once and sets the password in one transaction. */
export async function acceptInvite(
  token: string,
  password: string,
): Promise<{ ok: true; user: { id: string; role: StaffRole } } | { ok: false; state: TokenState }> {
  const passwordHash = await hash(password);
  return db()
    .transaction()
    .execute(async (trx) => {
      const consumed = await consumeLoginToken(token, ["invite"], trx);
      if (!consumed.ok) return consumed;
      const user = await trx.selectFrom("users").select(["id", "role", "active"]).where("id", "=", consumed.userId).executeTakeFirst();
      if (!user || user.active !== 1 || user.role === "employer") return { ok: false as const, state: "unknown" as const };
      await trx.updateTable("users").set({ password_hash: passwordHash, updated_at: nowIso() }).where("id", "=", user.id).execute();
      await audit(trx, { actor: { id: user.id, role: user.role }, action: "user-password-set", subjectType: "user", subjectId: user.id });
      return { ok: true as const, user: { id: user.id, role: user.role as StaffRole } };
    });
}
