import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoStaff } from "../../db/seed/demo";
import { expect, test } from "./support/fixtures";
import { enterTotpCode, signInStaff } from "./support/session";

const coordinator = demoStaff.find((s) => s.role === "coordinator" && s.regionName === "Zuid-Limburg")!;
// An accountmanager no later spec signs in with the password alone (and this spec turns the second factor off again).
const accountManager = demoStaff.find((s) => s.role === "accountmanager" && s.regionName === "Zuid-Limburg")!;

async function password(page: import("@playwright/test").Page, email: string) {
  await page.locator("#medewerker-email").fill(email);
  await page.locator("#medewerker-password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
}

test("a coordinator needs the code from the app after the password; a wrong code is refused", async ({ page, checkA11y }) => {
  await page.goto("/inloggen");
  await checkA11y();
  await password(page, coordinator.email);
  await expect(page).toHaveURL(/\/inloggen\/code$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vul uw inlogcode in");
  await checkA11y();
  // Without a code the page stays.
  await page.goto("/wsp");
  await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Fwsp$/);
  await checkA11y();

  await password(page, coordinator.email);
  await expect(page).toHaveURL(/\/inloggen\/code$/);
  await page.getByLabel("Code").fill("12");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("Vul de 6 cijfers uit uw app in");
  await checkA11y();
  await enterTotpCode(page, DEMO_TOTP_SECRET, page.getByRole("main"), "Inloggen");
  await expect(page).toHaveURL(/\/wsp$/);
  await checkA11y();

  await page.getByRole("link", { name: "Mijn account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(/^Staat aan sinds/)).toBeVisible();
  await expect(page.getByText("Voor uw rol is tweestapsverificatie verplicht.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Zet tweestapsverificatie uit" })).toHaveCount(0);
  await checkA11y();
});

test("an accountmanager sets up the second factor, signs in with a recovery code, and logs out everywhere", async ({
  page,
  browser,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  await signInStaff(page, accountManager.email, checkA11y);
  await expect(page).toHaveURL(/\/wsp$/);
  await page.getByRole("link", { name: "Mijn account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn account");
  await checkA11y();
  await page.getByRole("link", { name: "Tweestapsverificatie instellen" }).click();
  await expect(page).toHaveURL(/\/account\/tweestaps$/);
  await checkA11y();
  await page.getByRole("button", { name: "Begin met instellen" }).click();
  await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
  await checkA11y();
  // The key under the QR code, as a person would type it over into the app.
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await enterTotpCode(page, secret, page.getByRole("main"), "Tweestapsverificatie aanzetten");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tweestapsverificatie staat aan");
  const codes = await page.locator(".recovery-codes code").allTextContents();
  expect(codes).toHaveLength(10);
  await checkA11y();

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/$/);
  await checkA11y();

  // The password alone is not enough any more; a recovery code is, once.
  await page.goto("/inloggen");
  await password(page, accountManager.email);
  await expect(page).toHaveURL(/\/inloggen\/code$/);
  await page.getByLabel("Code").fill(codes[0]!);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/wsp$/);
  await checkA11y();

  // A second device, signed in with another recovery code.
  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await other.goto("/inloggen");
  await checkA11y(other);
  await password(other, accountManager.email);
  await expect(other).toHaveURL(/\/inloggen\/code$/);
  await other.getByLabel("Code").fill(codes[0]!);
  await other.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(other.getByRole("alert")).toContainText("Deze code klopt niet");
  await checkA11y(other);
  await other.getByLabel("Code").fill(codes[1]!);
  await other.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(other).toHaveURL(/\/wsp$/);
  await checkA11y(other);

  await page.goto("/account");
  await expect(page.getByText(/U hebt nog 8 ongebruikte herstelcodes/)).toBeVisible();
  await checkA11y();
  await page.getByRole("button", { name: "Overal uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?melding=overal-uitgelogd$/);
  await expect(page.getByRole("status")).toContainText("U bent overal uitgelogd");
  await checkA11y();
  await other.goto("/wsp");
  await expect(other).toHaveURL(/\/inloggen\?redirectTo=%2Fwsp$/);
  await checkA11y(other);
  await laptop.close();

  // Turning it off again (allowed for accountmanagers) with a code from the app.
  await password(page, accountManager.email);
  await page.getByLabel("Code").fill(codes[2]!);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/wsp$/);
  await page.goto("/account");
  await checkA11y();
  const turnOff = page.locator("form", { has: page.getByRole("button", { name: "Zet tweestapsverificatie uit" }) });
  await enterTotpCode(page, secret, turnOff, "Zet tweestapsverificatie uit");
  await expect(page.getByRole("status")).toContainText("Tweestapsverificatie staat uit");
  await checkA11y();
});
