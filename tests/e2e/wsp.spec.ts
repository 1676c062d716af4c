import { demoEmployers, demoStaff } from "../../db/seed/demo";
import { expect, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";
import { completeScanSharedWithWsp, newCompany } from "./support/scan";
import { signInStaff } from "./support/session";

const amRijnmond = demoStaff.filter((s) => s.role === "accountmanager" && s.regionName === "Rijnmond");
const coordinator = demoStaff.find((s) => s.role === "coordinator" && s.regionName === "Rijnmond")!;

async function grantedOnDashboard(page: import("@playwright/test").Page) {
  await page.goto("/wsp/dashboard");
  const row = page.getByRole("table", { name: "Alle aanvragen in uw regio per status" }).getByRole("row", { name: /^Toegekend/ });
  if ((await row.count()) === 0) return 0;
  return Number(await row.getByRole("cell").textContent());
}

test("from shared scan to granted polis: the accountmanager follows up and the employer hears back", async ({ page, browser, checkA11y }) => {
  test.setTimeout(120_000);
  const company = newCompany("wsp");
  // The employer completes the scan and shares it with the WSP.
  await page.goto("/scan/bedrijf");
  await checkA11y();
  await completeScanSharedWithWsp(page, company, checkA11y);

  // …and applies for a polis.
  await page.goto("/mijn/aanvragen/polis");
  await checkA11y();
  for (const [group, answer] of [
    ["Wat is de situatie van de kandidaat nu?", "Is statushouder"],
    ["Staat de kandidaat in het doelgroepregister?", "Nee"],
    ["Valt de kandidaat onder een van deze regelingen?", "Nee, geen van deze"],
    [/zelf het minimumloon verdienen/, "Ja"],
    [/werk binnen 6 maanden leren/, "Ja"],
    [/iemand die de kandidaat begeleidt/, "Ja"],
  ] as const) {
    await page.getByRole("group", { name: group }).getByLabel(answer, { exact: true }).check();
  }
  await page.getByRole("button", { name: "Verder" }).click();
  await checkA11y();
  await page.getByLabel("Voorletters van de kandidaat").fill("H.A.");
  await page.getByLabel("Startdatum").fill("2026-12-07");
  await page.getByLabel("Functie").fill("Assistent zorg");
  await page.getByRole("group", { name: "Soort contract" }).getByLabel("Vast contract").check();
  await page.getByLabel("Uren per week").fill("28");
  await page.getByLabel(/Duur van het contract/).fill("12");
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByText("U hoort van ons uiterlijk")).toBeVisible();
  const requestUrl = page.url();
  await checkA11y();

  // The accountmanager of the employer (the demo region has two) sees the lead and the request.
  const staffPage = await (await browser.newContext()).newPage();
  const check = (p?: import("@playwright/test").Page) => checkA11y(p ?? staffPage);
  const assigned = await page.evaluate(() => document.querySelector(".contact-card strong")?.textContent ?? "");
  const am = amRijnmond.find((s) => s.name === assigned) ?? amRijnmond[0]!;
  await signInStaff(staffPage, am.email, check);
  await staffPage.getByLabel("Sorteren op").selectOption("created");
  await staffPage.getByRole("button", { name: "Toepassen" }).click();
  await check();
  const rows = staffPage.getByRole("row").filter({ hasText: company.name });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Toekomstscan gedeeld" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Less-Risk-polis" }).getByText(/op tijd|bijna te laat/)).toBeVisible();

  // Employer file: a phone call and a follow-up action.
  await rows.first().getByRole("link", { name: company.name }).click();
  await expect(staffPage.getByRole("heading", { level: 1 })).toHaveText(company.name);
  await check();
  await staffPage.getByLabel("Soort contact").selectOption("telefoon");
  await staffPage.getByLabel("Wat is er besproken?").fill("Uitslag besproken. Interesse in een Harrie-training.");
  await staffPage.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(staffPage.getByText("Uitslag besproken. Interesse in een Harrie-training.")).toBeVisible();
  await check();
  await staffPage.getByLabel("Wat is er beloofd?").fill("Informatie over Harrie-training mailen");
  await staffPage.getByRole("button", { name: "Actie toevoegen" }).click();
  await expect(staffPage.getByText(/Informatie over Harrie-training mailen/)).toBeVisible();
  await check();

  // The coordinator's dashboard before the decision.
  const coordinatorPage = await (await browser.newContext()).newPage();
  const checkCoordinator = (p?: import("@playwright/test").Page) => checkA11y(p ?? coordinatorPage);
  await signInStaff(coordinatorPage, coordinator.email, checkCoordinator);
  const grantedBefore = await grantedOnDashboard(coordinatorPage);
  await checkCoordinator();

  // The decision.
  await staffPage.getByRole("link", { name: "Less-Risk-polis en jobcoachvoucher" }).click();
  await check();
  await staffPage.getByRole("group", { name: "Wat gebeurt er met de aanvraag?" }).getByLabel("Toegekend").check();
  await staffPage.getByLabel("Reden of toelichting voor de werkgever").fill("De kandidaat past goed bij de regeling.");
  const since = new Date();
  await staffPage.getByRole("button", { name: "Opslaan en werkgever mailen" }).click();
  await expect(staffPage.locator("dl.summary")).toContainText("Toegekend");
  await check();

  // The employer sees it in the timeline and gets the mail.
  const mail = await waitForMail(company.email, since);
  expect(mail.subject).toContain("Nieuws over uw aanvraag");
  expect(mail.text).toContain("De kandidaat past goed bij de regeling.");
  expect(await grantedOnDashboard(coordinatorPage)).toBe(grantedBefore + 1);
  await checkCoordinator();
  await page.goto(requestUrl);
  await expect(page.getByRole("list").filter({ hasText: "Toegekend" })).toContainText("De kandidaat past goed bij de regeling.");
  await checkA11y();
});

test("the accountmanager works in English: the inbox and a step on a request", async ({ page, checkA11y }) => {
  const am = demoStaff.find((s) => s.key === "am-rijnmond-1")!;
  const haven = demoEmployers.find((e) => e.key === "havenlogistiek")!;
  await signInStaff(page, am.email, checkA11y);
  await page.goto("/wsp");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Work queue");
  await checkA11y();
  await page.getByLabel("Type", { exact: true }).selectOption("kansenkaart-voucher");
  await page.getByRole("button", { name: "Apply" }).click();
  const row = page.getByRole("row").filter({ hasText: haven.name });
  await expect(row.getByRole("cell").nth(2)).toHaveText("Submitted");
  await expect(row.getByText(/^(on time|almost late|late)$/)).toBeVisible();
  await checkA11y();

  await row.getByRole("link", { name: "Opportunity Map advice (voucher)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Opportunity Map advice (voucher): ${haven.name}`);
  await checkA11y();
  await page.getByRole("button", { name: "Save and e-mail the employer" }).click();
  await expect(page.getByRole("alert")).toContainText("Something is not filled in correctly");
  await expect(page.getByRole("alert")).toContainText("Choose what happens with the request.");
  await checkA11y();
  await page.getByRole("group", { name: "What happens with the request?" }).getByLabel("Being handled").check();
  await page.getByLabel("Reason or explanation for the employer").fill("We will call you this week.");
  await page.getByRole("button", { name: "Save and e-mail the employer" }).click();
  await expect(page.locator("dl.summary")).toContainText("Being handled");
  await expect(page.getByRole("list").filter({ hasText: "Submitted → Being handled" })).toContainText("We will call you this week.");
  await checkA11y();

  // Back to Dutch: the same page, and the language the staff member's e-mails are in.
  await page.getByRole("button", { name: "Naar het Nederlands" }).click();
  await expect(page.locator("dl.summary")).toContainText("In behandeling");
});
