import type { Locator, Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../../../db/seed/demo";
import { base32Decode, hotp, totpStep } from "../../../app/domain/totp";
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

/** Signs staff in with the demo password and, for administrators and coordinators, the code of the demo app. */
export async function signInStaff(page: Page, email: string, checkA11y: (p?: Page) => Promise<void>) {
  await page.goto("/inloggen");
  await checkA11y();
  await page.locator("#medewerker-email").fill(email);
  await page.locator("#medewerker-password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).not.toHaveURL(/\/inloggen$/);
  if (new URL(page.url()).pathname === "/inloggen/code") {
    await checkA11y();
    await enterTotpCode(page, DEMO_TOTP_SECRET, page.getByRole("main"), "Inloggen");
  }
  await expect(page).not.toHaveURL(/\/inloggen/);
  await checkA11y();
}

/** The last step each secret was used with in this run (the portal refuses that step and older ones). */
const lastStep = new Map<string, number>();

/**
 * Types the code an authenticator app with this secret shows, as a person would:
 * a code that was not used yet (waiting for the app's next code when the
 * suite used this secret twice within 30 seconds). When the portal refuses a
 * code (400, e.g. the step changed while typing) it tries the next one.
 */
export async function enterTotpCode(page: Page, secret: string, form: Locator, button: string) {
  const key = base32Decode(secret);
  for (let attempt = 1; attempt <= 3; attempt++) {
    const now = totpStep(Date.now());
    const step = Math.max(now, (lastStep.get(secret) ?? 0) + 1);
    if (step > now + 1) await page.waitForTimeout((step - 1) * 30_000 - Date.now() + 200);
    lastStep.set(secret, step);
    await form.getByLabel(/^Code/).fill(hotp(key, step));
    const answer = page.waitForResponse((r) => r.request().method() === "POST");
    await form.getByRole("button", { name: button, exact: true }).click();
    if ((await answer).status() !== 400) return;
  }
}
