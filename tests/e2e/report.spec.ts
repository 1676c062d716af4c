import { readFileSync } from "node:fs";
import { demoEmployers, demoStaff } from "../../db/seed/demo";
import { expect, test } from "./support/fixtures";
import { signInEmployer, signInStaff } from "./support/session";

const bakery = demoEmployers.find((e) => e.key === "korenschoof")!;
const amRijnmond = demoStaff.find((s) => s.role === "accountmanager" && s.regionName === "Rijnmond")!;
const amLimburg = demoStaff.find((s) => s.role === "accountmanager" && s.regionName === "Zuid-Limburg")!;

test("an employer reads the report: scores, change, comparison, Kansenkaart and a PDF", async ({ page, checkA11y }) => {
  await signInEmployer(page, bakery.email, checkA11y);
  await page.getByRole("link", { name: /^Uitslag van/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw uitslag van de Toekomstscan");
  await checkA11y();

  await expect(page.getByRole("img", { name: /Scores per onderwerp/ }).first()).toBeVisible();
  const table = page.getByRole("table", { name: /Uw score per onderwerp/ });
  await expect(table.getByRole("columnheader", { name: "Verschil met vorige scan" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Middelste bedrijf" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(6);
  await expect(page.getByText(/U wordt vergeleken met|Er zijn nog te weinig/)).toBeVisible();

  await expect(page.getByRole("heading", { level: 2, name: "Uw Kansenkaart" })).toBeVisible();
  const opportunities = page.locator("section.opportunity");
  await expect(opportunities).toHaveCount(8);
  for (const title of ["Open Hiring", "Proefplaatsing"]) {
    await expect(opportunities.filter({ hasText: title }).first().locator(".fit")).toHaveText(/kansrijk|mogelijk|nog niet/);
  }
  await expect(page.getByText("€ 500,00").first()).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download als PDF" }).click();
  const pdf = readFileSync((await (await downloading).path())!);
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
});

test("the report and its PDF in English after choosing English in the header", async ({ page, checkA11y }) => {
  await signInEmployer(page, bakery.email, checkA11y);
  await page.getByRole("link", { name: /^Uitslag van/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw uitslag van de Toekomstscan");
  await checkA11y();

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your Future Scan result");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await checkA11y();
  const table = page.getByRole("table", { name: /Your score per topic/ });
  await expect(table.getByRole("columnheader", { name: "Verdict" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(6);
  await expect(page.getByRole("img", { name: /Scores per topic/ }).first()).toBeVisible();
  await expect(page.getByText(/You are compared with|There are not enough/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Your Opportunity Map" })).toBeVisible();
  await expect(page.locator("section.opportunity .fit").first()).toHaveText(/promising|possible|not yet/);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^future-scan-\d{4}-\d{2}-\d{2}\.pdf$/);

  // Back to Dutch, so this employer's e-mails stay Dutch for the other tests.
  await page.getByRole("button", { name: "Naar het Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw uitslag van de Toekomstscan");
  await checkA11y();
});

test("the WSP of the region sees a shared report; another region gets 404", async ({ page, browser, checkA11y }) => {
  await signInEmployer(page, bakery.email, checkA11y);
  await page.getByRole("link", { name: /^Uitslag van/ }).first().click();
  await checkA11y();
  const reportUrl = page.url();
  await expect(page.getByText(/kan uw uitslag nu zien/)).toBeVisible();

  const rijnmond = await (await browser.newContext()).newPage();
  await signInStaff(rijnmond, amRijnmond.email, (p) => checkA11y(p ?? rijnmond));
  const ok = await rijnmond.goto(reportUrl);
  expect(ok?.status()).toBe(200);
  await expect(rijnmond.getByRole("heading", { level: 1 })).toContainText("Bakkerij De Korenschoof");
  await checkA11y(rijnmond);

  const limburg = await (await browser.newContext()).newPage();
  await signInStaff(limburg, amLimburg.email, (p) => checkA11y(p ?? limburg));
  const denied = await limburg.goto(reportUrl);
  expect(denied?.status()).toBe(404);
  await checkA11y(limburg);
});

test("a rescan from /mijn shows the change per pillar", async ({ page, checkA11y }) => {
  const zorg = demoEmployers.find((e) => e.key === "zorgdrie")!;
  await signInEmployer(page, zorg.email, checkA11y);
  await page.getByRole("link", { name: "Doe de scan opnieuw" }).click();
  await expect(page.getByLabel("KvK-nummer")).toHaveValue(zorg.kvk);
  await checkA11y();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  for (let p = 0; p < 5; p++) {
    await expect(page.getByText(`Stap ${p + 2} van 7`)).toBeVisible();
    await checkA11y();
    const groups = page.locator("fieldset.question");
    const count = await groups.count();
    for (let i = 0; i < count; i++) {
      const radios = groups.nth(i).getByRole("radio");
      await radios.nth((await radios.count()) - 2).check();
    }
    await page.getByRole("button", { name: "Opslaan en verder" }).click();
  }
  await checkA11y();
  await page.getByLabel(/Ja, deel mijn uitslag met/).check();
  await page.getByRole("button", { name: "Scan versturen en uitslag bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw uitslag van de Toekomstscan");
  await checkA11y();
  const table = page.getByRole("table", { name: /Uw score per onderwerp/ });
  await expect(table.getByRole("columnheader", { name: "Verschil met vorige scan" })).toBeVisible();
  await expect(table.locator(".delta-up").first()).toBeVisible();
});
