import { demoEmployers } from "../../db/seed/demo";
import { expect, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";
import { signInEmployer } from "./support/session";

const glans = demoEmployers.find((e) => e.key === "glans")!;
const bakery = demoEmployers.find((e) => e.key === "korenschoof")!;

async function answerEligibility(page: import("@playwright/test").Page, targetRegister: "Ja" | "Nee") {
  await page.getByRole("group", { name: "Wat is de situatie van de kandidaat nu?" }).getByLabel("Heeft een WW-uitkering").check();
  await page.getByRole("group", { name: "Staat de kandidaat in het doelgroepregister?" }).getByLabel(targetRegister, { exact: true }).check();
  await page.getByRole("group", { name: "Valt de kandidaat onder een van deze regelingen?" }).getByLabel("Nee, geen van deze").check();
  await page.getByRole("group", { name: /zelf het minimumloon verdienen/ }).getByLabel("Ja", { exact: true }).check();
  await page.getByRole("group", { name: /werk binnen 6 maanden leren/ }).getByLabel("Ja", { exact: true }).check();
  await page.getByRole("group", { name: /iemand die de kandidaat begeleidt/ }).getByLabel("Ja", { exact: true }).check();
  await page.getByRole("button", { name: "Verder" }).click();
}

test("a candidate in the doelgroepregister: the polis is not for them, and they are told what to do instead", async ({ page, checkA11y }) => {
  await signInEmployer(page, glans.email, checkA11y);
  await page.getByRole("link", { name: "Iets aanvragen" }).click();
  await checkA11y();
  await page.getByRole("link", { name: "Polis of voucher aanvragen" }).click();
  await checkA11y();
  await answerEligibility(page, "Ja");
  const alert = page.getByRole("alert").filter({ hasText: "past niet" });
  await expect(alert).toContainText("doelgroepregister");
  await expect(alert).toContainText(/no-riskpolis/i);
  await checkA11y();
});

test("an eligible employer applies for polis and voucher, sees the due date and gets the confirmation mail", async ({ page, checkA11y }) => {
  await signInEmployer(page, glans.email, checkA11y);
  await page.goto("/mijn/aanvragen/polis");
  await checkA11y();
  await expect(page.getByRole("complementary", { name: "Uw vaste contactpersoon" })).toBeVisible();
  await answerEligibility(page, "Nee");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("De plaatsing");
  await checkA11y();
  await page.getByLabel("Voorletters van de kandidaat").fill("R.T.");
  await page.getByLabel("Startdatum").fill("2026-12-14");
  await page.getByLabel("Functie").fill("Schoonmaker");
  await page.getByRole("group", { name: "Soort contract" }).getByLabel("Tijdelijk contract").check();
  await page.getByLabel("Uren per week").fill("24");
  await page.getByLabel(/Duur van het contract/).fill("12");
  const since = new Date();
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Less-Risk-polis en jobcoachvoucher");
  await expect(page.getByText("U hoort van ons uiterlijk")).toBeVisible();
  await expect(page.getByRole("list").filter({ hasText: "U heeft de aanvraag ingediend." })).toBeVisible();
  await checkA11y();
  const mail = await waitForMail(glans.email, since);
  expect(mail.subject).toContain("We hebben uw aanvraag ontvangen");
  expect(mail.text).toContain("uiterlijk");
  await page.getByRole("link", { name: "Terug naar mijn overzicht" }).click();
  await expect(page.getByRole("link", { name: "Less-Risk-polis en jobcoachvoucher" }).first()).toBeVisible();
  await checkA11y();
});

test("the employer reports a sick day under an active polis", async ({ page, checkA11y }) => {
  await signInEmployer(page, bakery.email, checkA11y);
  await page.getByRole("link", { name: "Iets aanvragen" }).click();
  await checkA11y();
  await page.getByRole("link", { name: "Ziekmelding doorgeven" }).click();
  await checkA11y();
  await page.getByLabel("Eerste ziektedag").fill("2026-11-20");
  await page.getByRole("button", { name: "Ziekmelding versturen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ziekmelding");
  await expect(page.getByText("20 november 2026")).toBeVisible();
  await checkA11y();
});

test("in English: the employer switches language in the header and completes the polis request", async ({ page, checkA11y }) => {
  const installer = demoEmployers.find((e) => e.key === "installatie")!;
  await signInEmployer(page, installer.email, checkA11y);
  await page.goto("/mijn/aanvragen/polis");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/\/mijn\/aanvragen\/polis$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Less-Risk policy and job coach voucher: does it fit your candidate?");
  await expect(page.getByRole("complementary", { name: "Your contact person" })).toBeVisible();
  await checkA11y();
  for (const [group, answer] of [
    ["What is the candidate's situation now?", "Is a status holder"],
    ["Is the candidate in the target group register?", "No"],
    ["Does one of these schemes apply to the candidate?", "No, none of these"],
    [/earn the minimum wage on their own/, "Yes"],
    [/learn the work within 6 months/, "Yes"],
    [/someone in your company who supports the candidate/, "Yes"],
  ] as const) {
    await page.getByRole("group", { name: group }).getByLabel(answer, { exact: true }).check();
  }
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The placement");
  await checkA11y();
  // Without the initials the form says so in English.
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.getByRole("alert")).toContainText("Fill in the initials of the candidate.");
  await page.getByLabel("Initials of the candidate").fill("S.B.");
  await page.getByLabel("Start date").fill("2026-12-21");
  await page.getByLabel("Job", { exact: true }).fill("Installer");
  await page.getByRole("group", { name: "Type of contract" }).getByLabel("Permanent contract").check();
  await page.getByLabel("Hours per week").fill("32");
  await page.getByLabel(/Length of the contract/).fill("12");
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Less-Risk policy and job coach voucher");
  await expect(page.getByText("You will hear from us by")).toBeVisible();
  await expect(page.getByRole("list").filter({ hasText: "You submitted the request." })).toBeVisible();
  await expect(page.locator(".summary")).toContainText("Permanent contract, 32 hours per week, 12 months");
  await checkA11y();
});
