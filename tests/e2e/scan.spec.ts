import Database from "better-sqlite3";
import { expect, test } from "./support/fixtures";
import { localizeDefinition } from "../../app/content/questionnaire/localize";
import { questionnaireV1 } from "../../app/content/questionnaire/v1";
import { questionnaireV1En } from "../../app/content/questionnaire/v1.en";
import { e2e } from "./support/env";
import { linkFrom, waitForMail } from "./support/mail";
import { answerPillar, completeScanSharedWithWsp, fillProfile, newCompany, pillars } from "./support/scan";

function countEmployersWithKvk(kvk: string): number {
  const db = new Database(e2e.databaseFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("select count(*) as n from employers where kvk = ?").get(kvk) as { n: number }).n;
  } finally {
    db.close();
  }
}

test("an employer completes the scan and sees the result", async ({ page, checkA11y }) => {
  const company = newCompany("volledig");
  // A code that is no running campaign is ignored (campaigns: organisation.spec.ts).
  await page.goto("/scan?c=GEEN-CAMPAGNE");
  await checkA11y();
  await page.getByRole("link", { name: "Start de scan" }).click();
  await expect(page.getByText("Stap 1 van 7")).toBeVisible();
  await checkA11y();
  await completeScanSharedWithWsp(page, company, checkA11y, (q) => (q % 3) + 1);
  await expect(page.getByRole("table")).toContainText("Strategie & Bedrijf");
  const db = new Database(e2e.databaseFile, { readonly: true });
  const scan = db
    .prepare("select s.status, s.campaign_code, s.overall_score from scans s join employers e on e.id = s.employer_id where e.kvk = ?")
    .get(company.kvk) as { status: string; campaign_code: string; overall_score: number };
  db.close();
  expect(scan).toMatchObject({ status: "completed", campaign_code: null });
  expect(scan.overall_score).toBeGreaterThanOrEqual(0);
});

test("a scan is completed with the keyboard only", async ({ page, checkA11y }) => {
  const company = newCompany("toetsenbord");
  await page.goto("/scan");
  await checkA11y();
  const tabTo = async (predicate: string, max = 80) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(predicate)) return;
    }
    throw new Error(`focus never reached: ${predicate}`);
  };
  await tabTo(`document.activeElement?.textContent === "Start de scan"`);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Stap 1 van 7")).toBeVisible();
  await checkA11y();

  const typeInto = async (id: string, text: string) => {
    await tabTo(`document.activeElement?.id === "${id}"`);
    await page.keyboard.type(text);
  };
  await typeInto("veld-name", company.name);
  await typeInto("veld-kvk", company.kvk);
  await tabTo(`document.activeElement?.id === "veld-sectorId"`);
  await page.keyboard.type("Zorg");
  await typeInto("veld-fte", company.fte);
  await tabTo(`document.activeElement?.id === "veld-municipalityCode"`);
  await page.keyboard.type("Rotterdam");
  await typeInto("veld-contactName", company.contactName);
  await typeInto("veld-email", company.email);
  await expect(page.locator("#veld-sectorId")).toHaveValue("zorg-welzijn");
  await expect(page.locator("#veld-municipalityCode")).toHaveValue("GM0599");
  await tabTo(`document.activeElement?.textContent === "Opslaan en verder"`);
  await page.keyboard.press("Enter");

  for (let p = 0; p < pillars.length; p++) {
    await expect(page.getByText(`Stap ${p + 2} van 7`)).toBeVisible();
    await checkA11y();
    for (const q of pillars[p]!.questions) {
      // Tab into the question's radio group; the arrow key moves to and selects the second answer.
      await tabTo(`document.activeElement?.name === "${q.id}"`);
      await page.keyboard.press("ArrowDown");
      await expect(page.locator(`input[name="${q.id}"]:checked`)).toHaveCount(1);
    }
    await tabTo(`document.activeElement?.textContent === "Opslaan en verder"`);
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Controleer uw antwoorden");
  await checkA11y();
  await tabTo(`document.activeElement?.name === "share"`, 200);
  await page.keyboard.press("Space");
  await tabTo(`document.activeElement?.textContent === "Scan versturen en uitslag bekijken"`, 200);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw uitslag van de Toekomstscan");
  await checkA11y();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a scan is completed with JavaScript disabled", async ({ page, checkA11y }) => {
    const company = newCompany("zonderjs");
    await page.goto("/scan/bedrijf");
    await checkA11y();
    await fillProfile(page, company);
    await page.getByRole("button", { name: "Opslaan en verder" }).click();
    for (let p = 0; p < pillars.length; p++) {
      await expect(page.getByText(`Stap ${p + 2} van 7`)).toBeVisible();
      await checkA11y();
      await answerPillar(page, p, () => 2);
      await page.getByRole("button", { name: "Opslaan en verder" }).click();
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Controleer uw antwoorden");
    await checkA11y();
    await page.getByLabel(/Nee, ik houd mijn uitslag/).check();
    await page.getByRole("button", { name: "Scan versturen en uitslag bekijken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw uitslag van de Toekomstscan");
    await checkA11y();
  });

  test("bad input is answered with 400 and Dutch messages next to the fields, and nothing is stored", async ({
    page,
    checkA11y,
  }) => {
    const company = newCompany("fout");
    await page.goto("/scan/bedrijf");
    await fillProfile(page, { ...company, kvk: "123456789" });
    await page.getByLabel("Naam van uw bedrijf").fill("x".repeat(100_000));
    const response = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Opslaan en verder" }).click();
    expect((await response).status()).toBe(400);
    await expect(page.locator("#veld-kvk-error")).toContainText("precies 8 cijfers");
    await expect(page.locator("#veld-name-error")).toContainText("te lang");
    await expect(page.getByRole("alert")).toContainText("Er is iets niet goed ingevuld");
    await checkA11y();
    expect(countEmployersWithKvk(company.kvk)).toBe(0);
    expect(countEmployersWithKvk("123456789")).toBe(0);

    // Correct it: the scan starts. Then leave all questions of a page open.
    await page.getByLabel("Naam van uw bedrijf").fill(company.name);
    await page.getByLabel("KvK-nummer").fill(company.kvk);
    await page.getByRole("button", { name: "Opslaan en verder" }).click();
    await expect(page.getByText("Stap 2 van 7")).toBeVisible();
    await checkA11y();
    const second = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Opslaan en verder" }).click();
    expect((await second).status()).toBe(400);
    const firstQuestion = pillars[0]!.questions[0]!;
    await expect(page.locator(`#veld-${firstQuestion.id}-error`)).toContainText("Kies een antwoord");
    await checkA11y();
    expect(countEmployersWithKvk(company.kvk)).toBe(1);
  });
});

test("a scan interrupted after two pillars is resumed in a fresh browser via the e-mailed link", async ({
  page,
  browser,
  checkA11y,
}) => {
  const company = newCompany("hervat");
  await page.goto("/scan/bedrijf");
  await checkA11y();
  await fillProfile(page, company);
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await answerPillar(page, 0, (q) => q % 4);
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await answerPillar(page, 1, () => 0);
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(page.getByText("Stap 4 van 7")).toBeVisible();
  const since = new Date();
  await page.getByRole("button", { name: "Opslaan en later verder" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw antwoorden zijn bewaard");
  await expect(page.getByRole("status")).toContainText("7 dagen");
  await checkA11y();

  const mail = await waitForMail(company.email, since);
  expect(mail.subject).toBe("Verder met uw Toekomstscan");
  expect(mail.text).toContain("7 dagen");
  const link = linkFrom(mail, /http:\/\/\S+\/inloggen\/link\?token=[A-Za-z0-9_-]+/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await checkA11y(other);
  await other.getByRole("button", { name: "Verder met de scan" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(pillars[2]!.title);
  await checkA11y(other);

  await other.getByRole("link", { name: "Vorige stap" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(pillars[1]!.title);
  await checkA11y(other);
  for (const q of pillars[1]!.questions) {
    await expect(other.getByRole("group", { name: q.text }).getByLabel(q.options[0]!.label, { exact: true })).toBeChecked();
  }
  await other.getByRole("link", { name: "Vorige stap" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(pillars[0]!.title);
  await checkA11y(other);
  for (const [i, q] of pillars[0]!.questions.entries()) {
    const option = q.options[Math.min(i % 4, q.options.length - 1)]!;
    await expect(other.getByRole("group", { name: q.text }).getByLabel(option.label, { exact: true })).toBeChecked();
  }
  await fresh.close();
});

test("a company that is already known gets a link at the address on file, not its data", async ({ page, checkA11y }) => {
  const since = new Date();
  await page.goto("/scan/bedrijf");
  await fillProfile(page, { ...newCompany("bekend"), kvk: "90000001" });
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw bedrijf is al bekend");
  // Rendered in the browser after the post: the link's lifetime is there too, not only on the server.
  await expect(page.getByText("De link werkt 7 dagen.")).toBeVisible();
  await expect(page.getByText("Bakkerij")).toHaveCount(0);
  await checkA11y();
  const mail = await waitForMail("anouk@korenschoof.demo.example", since);
  expect(mail.subject).toBe("Uw bedrijf staat al in het Werkgeversportaal");
});

test("after the switch to English in the header, the scan pages, their messages and the e-mail are in English", async ({
  page,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  const company = newCompany("english");
  const since = new Date();
  await page.goto("/scan");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Future Scan");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await checkA11y();
  await page.getByRole("link", { name: "Start the scan" }).click();
  await expect(page.getByText("Step 1 of 7")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your company");
  await checkA11y();

  await page.getByLabel("Name of your company").fill(company.name);
  await page.getByLabel("KvK number").fill("123");
  await page.getByLabel("Sector").selectOption({ label: "Care and welfare" });
  await page.getByLabel("Number of employees (in FTE)").fill(company.fte);
  await page.getByLabel("Municipality of your company").selectOption({ label: company.municipality });
  await page.getByLabel("Your name").fill(company.contactName);
  await page.getByLabel("Your e-mail address").fill(company.email);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("#veld-kvk-error")).toContainText("exactly 8 digits");
  await expect(page.getByRole("alert")).toContainText("KvK number: A KvK number has exactly 8 digits.");
  await checkA11y();

  await page.getByLabel("KvK number").fill(company.kvk);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByText("Step 2 of 7")).toBeVisible();
  // The questions come from the English translation of the questionnaire.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(questionnaireV1En.pillars[pillars[0]!.id]!.title);
  await expect(page.getByText("Question 1 of")).toBeVisible();
  await expect(page.getByText("Why do we ask this?").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Save and continue later" })).toBeVisible();
  await checkA11y();

  const mail = await waitForMail(company.email, since);
  expect(mail.subject).toBe("Continue your Future Scan");
  expect(mail.text).toContain(`Dear ${company.contactName},`);

  // The rest of the scan in English, to the report.
  const english = localizeDefinition(questionnaireV1, "en");
  for (const pillar of english.pillars) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(pillar.title);
    await checkA11y();
    for (const q of pillar.questions) {
      await page.getByRole("group", { name: q.text }).getByLabel(q.options[1]!.label, { exact: true }).check();
    }
    await page.getByRole("button", { name: "Save and continue", exact: true }).click();
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await checkA11y();
  await page.getByLabel(/Yes, share my result with/).check();
  await page.getByRole("button", { name: "Send the scan and see the result" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your Future Scan result");
  await expect(page.getByRole("heading", { name: english.pillars[0]!.title }).first()).toBeVisible();
  await checkA11y();
});
