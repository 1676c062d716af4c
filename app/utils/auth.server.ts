/**
 * Authorization helpers used by every loader and action: role first, then
 * scope (region, organisation or employer). Out-of-scope ids answer 404 so
 * that another tenant's ids cannot be probed.
 */
import { redirect } from "@remix-run/node";
import type { StaffRole } from "~db/schema";
import { totpRequiredFor } from "~/domain/totp";
import { getSessionUser, type SessionUser } from "./session.server";
import { safeRedirect } from "~/utils/redirect";

/** Where administrators and coordinators without a second factor are sent, from every page. */
export const TOTP_SETUP_PATH = "/account/tweestaps";

/** A role that must use a second factor, without one set up yet. */
export const mustSetUpTotp = (user: Pick<SessionUser, "role" | "totpEnabled">) =>
  totpRequiredFor(user.role) && !user.totpEnabled;

export function signInUrl(request: Request): string {
  const url = new URL(request.url);
  const target = `${url.pathname}${url.search}`;
  return `/inloggen?${new URLSearchParams({ redirectTo: safeRedirect(target, "/") })}`;
}

/**
 * The signed-in user. Administrators and coordinators who have not set up
 * their second factor are sent to the set-up page; only that page passes
 * `allowTotpSetup`.
 */
export async function requireUser(request: Request, options: { allowTotpSetup?: boolean } = {}): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) throw redirect(signInUrl(request));
  if (!options.allowTotpSetup && mustSetUpTotp(user)) throw redirect(TOTP_SETUP_PATH);
  return user;
}

export function forbidden(): never {
  throw new Response("Geen toegang", { status: 403, statusText: "Forbidden" });
}

export function notFound(): never {
  throw new Response("Niet gevonden", { status: 404, statusText: "Not Found" });
}

export type EmployerUser = SessionUser & { role: "employer"; employerId: string };

export async function requireEmployer(request: Request): Promise<EmployerUser> {
  const user = await requireUser(request);
  if (user.role !== "employer" || !user.employerId) forbidden();
  return user as EmployerUser;
}

export type RegionStaffUser = SessionUser & { role: "accountmanager" | "coordinator"; regionId: string };

/** Accountmanagers and coordinators of a WSP; coordinators-only pages pass ["coordinator"]. */
export async function requireRegionStaff(
  request: Request,
  roles: readonly ("accountmanager" | "coordinator")[] = ["accountmanager", "coordinator"],
): Promise<RegionStaffUser> {
  const user = await requireUser(request);
  if (!roles.includes(user.role as "accountmanager") || !user.regionId) forbidden();
  return user as RegionStaffUser;
}

export type OrganisationUser = SessionUser & { role: "organisation"; organisationId: string };

export async function requireOrganisationStaff(request: Request): Promise<OrganisationUser> {
  const user = await requireUser(request);
  if (user.role !== "organisation" || !user.organisationId) forbidden();
  return user as OrganisationUser;
}

export async function requireAdmin(request: Request): Promise<SessionUser> {
  return requireRole(request, ["admin"]);
}

export async function requireRole(request: Request, roles: readonly StaffRole[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!roles.includes(user.role as StaffRole)) forbidden();
  return user;
}

/** Throws 404 unless the record belongs to the staff member's own region. */
export function assertSameRegion(user: { regionId: string | null }, recordRegionId: string | null | undefined) {
  if (!user.regionId || user.regionId !== recordRegionId) notFound();
}

/** Where a signed-in user belongs first. */
export function homeFor(role: SessionUser["role"]): string {
  switch (role) {
    case "employer":
      return "/mijn";
    case "accountmanager":
    case "coordinator":
      return "/wsp";
    case "organisation":
      return "/organisatie";
    case "admin":
      return "/beheer";
  }
}
