/**
 * WCAG 2.1.1 / 2.4.7 / 2.4.11: the whole scan and a polis request done with
 * the keyboard only (Tab, arrow keys, Space, Enter and typing; no clicks).
 * At every Tab stop the focus is visible and not covered (see support/keyboard.ts).
 */
import { expect, test } from "./support/fixtures";
import { tabTo, typeText } from "./support/keyboard";
import { newCompany, pillars } from "./support/scan";

test("an employer completes the scan and requests a polis with the keyboard only", async ({ page, checkA11y }) => {
  test.setTimeout(240_000);
  const company = newCompany("toetsenbord");

  await page.goto("/scan");
  await checkA11y();
  await tabTo(page, page.getByRole("link", { name: "Start de scan" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("bedrijf");
  await checkA11y();

  // The company form, in page order: text by typing, a choice by typing its first letters in the select.
  const steps: [string, string, "text" | "select"][] = [
    ["Naam van uw bedrijf", company.name, "text"],
    ["KvK-nummer", company.kvk, "text"],
    ["Branche", company.sector, "select"],
    ["Aantal medewerkers (in fte)", company.fte, "text"],
    ["Gemeente van uw bedrijf", company.municipality, "select"],
    ["Uw naam", company.contactName, "text"],
    ["Uw e-mailadres", company.email, "text"],
  ];
  for (const [label, value, kind] of steps) {
    const field = page.getByLabel(label, { exact: true });
    await tabTo(page, field);
    if (kind === "text") await typeText(page, value);
    else {
      await page.keyboard.type(value);
      await expect(field.locator("option:checked")).toHaveText(value);
    }
  }
  await tabTo(page, page.getByRole("button", { name: "Opslaan en verder" }));
  await page.keyboard.press("Enter");

  // Five pillars: Tab into each question's radio group and choose the second answer with the arrow key.
  for (let p = 0; p < pillars.length; p++) {
    const pillar = pillars[p]!;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(pillar.title);
    await checkA11y();
    for (const q of pillar.questions) {
      const group = page.getByRole("group", { name: q.text });
      await tabTo(page, group.getByRole("radio").first());
      await page.keyboard.press("ArrowDown");
      await expect(group.getByRole("radio").nth(1)).toBeChecked();
    }
    await tabTo(page, page.getByRole("button", { name: "Opslaan en verder" }));
    await page.keyboard.press("Enter");
  }

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Controleer uw antwoorden");
  await checkA11y();
  const share = page.getByLabel(/Ja, deel mijn uitslag met/);
  await tabTo(page, share);
  await page.keyboard.press("Space");
  await expect(share).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Scan versturen en uitslag bekijken" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw uitslag van de Toekomstscan");
  await checkA11y();

  // The polis request, from the employer's overview.
  await page.goto("/mijn/aanvragen/polis");
  await checkA11y();
  const answer = async (group: string | RegExp, option: string) => {
    const radio = page.getByRole("group", { name: group }).getByLabel(option, { exact: true });
    await tabTo(page, page.getByRole("group", { name: group }).getByRole("radio").first());
    // Space chooses the first option; the arrow keys move the choice until the wanted option is checked.
    await page.keyboard.press("Space");
    for (let i = 0; i < 8 && !(await radio.isChecked()); i++) await page.keyboard.press("ArrowDown");
    await expect(radio).toBeChecked();
  };
  await answer("Wat is de situatie van de kandidaat nu?", "Heeft een WW-uitkering");
  await answer("Staat de kandidaat in het doelgroepregister?", "Nee");
  await answer("Valt de kandidaat onder een van deze regelingen?", "Nee, geen van deze");
  await answer(/zelf het minimumloon verdienen/, "Ja");
  await answer(/werk binnen 6 maanden leren/, "Ja");
  await answer(/iemand die de kandidaat begeleidt/, "Ja");
  await tabTo(page, page.getByRole("button", { name: "Verder" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("De plaatsing");
  await checkA11y();
  await tabTo(page, page.getByLabel("Voorletters van de kandidaat"));
  await typeText(page, "K.B.");
  const startDate = page.getByLabel("Startdatum");
  await tabTo(page, startDate);
  // The order of day and month in a date field follows the browser's own settings, not the page.
  await page.keyboard.type("14122026");
  if ((await startDate.inputValue()) !== "2026-12-14") {
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.type("12142026");
  }
  await expect(startDate).toHaveValue("2026-12-14");
  await tabTo(page, page.getByLabel("Functie"));
  await typeText(page, "Inpakker");
  await answer("Soort contract", "Tijdelijk contract");
  await tabTo(page, page.getByLabel("Uren per week"));
  await typeText(page, "24");
  await tabTo(page, page.getByLabel(/Duur van het contract/));
  await typeText(page, "12");
  await tabTo(page, page.getByRole("button", { name: "Aanvraag versturen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Less-Risk-polis en jobcoachvoucher");
  await expect(page.getByText("U hoort van ons uiterlijk")).toBeVisible();
  await checkA11y();
});
