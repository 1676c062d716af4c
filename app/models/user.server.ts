import { verify } from "@node-rs/argon2";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "~db/schema";
import { db } from "~/utils/db.server";
import { parseLocale, type Locale } from "~/i18n/locale";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(email: string) {
  return db().selectFrom("users").selectAll().where("email", "=", normaliseEmail(email)).executeTakeFirst();
}

export async function findUserById(id: string) {
  return db().selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

// A valid argon2id hash of a random string, verified when the e-mail is unknown so
// that the response time does not reveal which addresses exist.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$SacsVNYGSh9fWFKJRY3xvg$ebYNBGACgw75+STGBzUWqgWWzM8z8Fa6qlA0akmG6/A";

/** Staff sign-in: returns the user when e-mail and password match an active staff account. */
export async function verifyStaffLogin(email: string, password: string) {
  const user = await findUserByEmail(email);
  if (!user || user.role === "employer" || !user.password_hash || user.active !== 1) {
    await verify(DUMMY_HASH, password).catch(() => false);
    return null;
  }
  const ok = await verify(user.password_hash, password).catch(() => false);
  return ok ? user : null;
}

/** The active employer contact with this e-mail, if any. */
export async function findEmployerContact(email: string) {
  const user = await findUserByEmail(email);
  if (!user || user.role !== "employer" || user.active !== 1 || !user.employer_id) return null;
  return user;
}

/** The language a user chose; e-mails to them are sent in it. */
export async function setUserLocale(userId: string, locale: Locale) {
  await db().updateTable("users").set({ locale }).where("id", "=", userId).execute();
}

/**
 * The language to write to this e-mail address in: the language its user chose,
 * or Dutch when no user has the address (a region's shared mailbox, an invited company).
 */
export async function recipientLocale(database: Kysely<Database> | Transaction<Database>, email: string): Promise<Locale> {
  const row = await database.selectFrom("users").select("locale").where("email", "=", normaliseEmail(email)).executeTakeFirst();
  return parseLocale(row?.locale);
}
