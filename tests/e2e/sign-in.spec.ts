import { DEMO_PASSWORD, demoEmployers, demoStaff } from "../../db/seed/demo";
import { expect, test } from "./support/fixtures";
import { linkFrom, waitForMail } from "./support/mail";

const employer = demoEmployers[0]!;
const accountManager = demoStaff.find((s) => s.role === "accountmanager")!;

test("the landing page explains the scan", async ({ page, checkA11y }) => {
  await page.goto("/");
  await checkA11y();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("toekomst");
  await page.getByRole("link", { name: "Inloggen" }).first().click();
  await expect(page).toHaveURL(/\/inloggen$/);
  await checkA11y();
});

test("the language switch shows the landing page in English and the choice is remembered on the sign-in page", async ({
  page,
  checkA11y,
}) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Is your company ready for the future?");
  await expect(page).toHaveTitle("Future Scan for employers — Employer Portal");
  await checkA11y();

  await page.getByRole("link", { name: "Sign in" }).first().click();
  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expect(page.getByRole("heading", { level: 2, name: "For employers" })).toBeVisible();
  // A validation message from the shared schema, shown in English too.
  await page.locator("#medewerker-email").fill("no-address");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("Enter a valid e-mail address");
  await checkA11y();

  // The privacy and accessibility statements are in English too, with the retention periods in English words.
  await page.getByRole("link", { name: "Privacy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy statement");
  await expect(page.getByRole("table")).toContainText("90 days");
  await checkA11y();
  await page.getByRole("link", { name: "Accessibility" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
  await checkA11y();

  // Back to Dutch, from the same header button.
  await page.getByRole("button", { name: "Naar het Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toegankelijkheidsverklaring");
});

test("an employer signs in with a magic link from a real mail, and a used or expired link is refused", async ({
  page,
  checkA11y,
}) => {
  const since = new Date();
  await page.goto("/inloggen");
  await checkA11y();
  await page.getByLabel("E-mailadres").first().fill(employer.email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("status")).toContainText("Kijk in uw mailbox");
  await expect(page.getByRole("status")).toContainText("30 minuten");
  await checkA11y();

  const mail = await waitForMail(employer.email, since);
  expect(mail.subject).toContain("inloglink");
  const link = linkFrom(mail, /http:\/\/\S+\/inloggen\/link\?token=[A-Za-z0-9_-]+/);

  await page.goto(link);
  await checkA11y();
  await page.getByRole("button", { name: "Inloggen" }).last().click();
  await expect(page).toHaveURL(/\/mijn$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(employer.contactName);
  await expect(page.getByRole("complementary", { name: "Uw vaste contactpersoon" })).toContainText("werkdagen");
  await checkA11y();

  // The same link a second time.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze link is al gebruikt");
  await checkA11y();

  // A link that does not exist (or has expired) is refused too.
  await page.goto("/inloggen/link?token=" + "x".repeat(43));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze link werkt niet");
  await checkA11y();
});

test("an accountmanager signs in with a password, lands on /wsp and gets 403 on /beheer", async ({ page, checkA11y }) => {
  await page.goto("/wsp");
  await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Fwsp$/);
  await checkA11y();
  await page.locator("#medewerker-email").fill(accountManager.email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/wsp$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Werkvoorraad");
  await checkA11y();

  const response = await page.goto("/beheer");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  await checkA11y();

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/$/);
  await checkA11y();
});

test("a wrong password is answered next to the field without losing the e-mail address", async ({ page, checkA11y }) => {
  await page.goto("/inloggen");
  await page.locator("#medewerker-email").fill(accountManager.email);
  await page.getByLabel("Wachtwoord").fill("niet-goed");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("klopt niet");
  await expect(page.locator("#medewerker-email")).toHaveValue(accountManager.email);
  await checkA11y();
});

test("every page carries an enforced CSP with a fresh nonce, and the scripts still run", async ({ page, checkA11y }) => {
  const first = await page.goto("/inloggen");
  await checkA11y();
  const csp = first!.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9_-]{43}'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(first!.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first!.headers()["referrer-policy"]).toBe("same-origin");
  // Hydrated: Remix's router exists only after its scripts ran (checkA11y also fails on anything the CSP blocked).
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { __remixRouter?: unknown }).__remixRouter)).toBe("object");
  const second = await page.reload();
  expect(second!.headers()["content-security-policy"]).not.toBe(csp);
});
