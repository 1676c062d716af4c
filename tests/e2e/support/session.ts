import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../../db/seed/demo";
import { expect } from "./fixtures";
import { linkFrom, waitForMail } from "./mail";

/** Signs an employer in the way a person does: a link by e-mail from the real SMTP peer. */
export async function signInEmployer(page: Page, email: string, checkA11y: (p?: Page) => Promise<void>) {
  const since = new Date();
  await page.goto("/inloggen");
  await checkA11y();
  await page.getByLabel("E-mailadres").first().fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("status")).toContainText("Kijk in uw mailbox");
  await checkA11y();
  const link = linkFrom(await waitForMail(email, since), /http:\/\/\S+\/inloggen\/link\?token=[A-Za-z0-9_-]+/);
  await page.goto(link);
  await checkA11y();
  await page.getByRole("button", { name: "Inloggen" }).last().click();
  await expect(page).toHaveURL(/\/mijn$/);
  await checkA11y();
}

export async function signInStaff(page: Page, email: string, checkA11y: (p?: Page) => Promise<void>) {
  await page.goto("/inloggen");
  await checkA11y();
  await page.locator("#medewerker-email").fill(email);
  await page.locator("#medewerker-password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).not.toHaveURL(/\/inloggen/);
  await checkA11y();
}
