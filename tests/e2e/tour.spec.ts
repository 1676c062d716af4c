/**
 * Pages no flow test needs on its way: each is visited by the role it is for
 * and checked with axe, so that every page of the app is covered (see
 * zz-route-coverage.spec.ts).
 */
import { demoEmployers, demoStaff } from "../../db/seed/demo";
import { expect, test } from "./support/fixtures";
import { signInEmployer, signInStaff } from "./support/session";

test("a visitor meets a clear 'not found' page, also for the demo mail page when mail really goes out", async ({ page, checkA11y }) => {
  expect((await page.goto("/bestaat-niet"))!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  await checkA11y();
  expect((await page.goto("/dev/mail"))!.status()).toBe(404);
  await checkA11y();
});

test("an employer opens the request forms for a conversation and a Kansenkaart voucher, then signs out", async ({ page, checkA11y }) => {
  await signInEmployer(page, demoEmployers[0]!.email, checkA11y);
  await page.goto("/mijn/aanvragen/gesprek");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gesprek aanvragen");
  await checkA11y();
  await page.goto("/mijn/aanvragen/kansenkaart-voucher");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await checkA11y();
  await page.goto("/uitloggen");
  await checkA11y();
  await page.getByRole("main").getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/$/);
  await checkA11y();
});

test("an administrator reads the audit log and filters it", async ({ page, checkA11y }) => {
  await signInStaff(page, demoStaff.find((s) => s.role === "admin")!.email, checkA11y);
  await page.goto("/beheer/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Auditlog");
  await checkA11y();
  await page.getByLabel("Regio").selectOption({ label: "Rijnmond" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/regionId=/);
  await checkA11y();
});
