import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { questionnaireV1 } from "../../../app/content/questionnaire/v1";
import { expect } from "./fixtures";

export const pillars = questionnaireV1.pillars;

export function newCompany(label: string) {
  const n = randomInt(10_000_000, 99_999_999);
  return {
    name: `Testbedrijf ${label} ${n}`,
    kvk: String(n),
    sector: "Zorg en welzijn",
    fte: "45",
    municipality: "Rotterdam",
    contactName: "Sam Tester",
    email: `sam.${label}.${n}@bedrijf.example`.toLowerCase(),
  };
}

export async function fillProfile(page: Page, c: ReturnType<typeof newCompany>) {
  await page.getByLabel("Naam van uw bedrijf").fill(c.name);
  await page.getByLabel("KvK-nummer").fill(c.kvk);
  await page.getByLabel("Branche").selectOption({ label: c.sector });
  await page.getByLabel("Aantal medewerkers (in fte)").fill(c.fte);
  await page.getByLabel("Gemeente van uw bedrijf").selectOption({ label: c.municipality });
  await page.getByLabel("Uw naam").fill(c.contactName);
  await page.getByLabel("Uw e-mailadres").fill(c.email);
}

/** Answers every question of the pillar on screen with option `pick(questionIndex)` (0 = first option). */
export async function answerPillar(page: Page, pillarIndex: number, pick: (q: number) => number = () => 1) {
  const pillar = pillars[pillarIndex]!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pillar.title);
  for (const [i, q] of pillar.questions.entries()) {
    const option = q.options[Math.min(pick(i), q.options.length - 1)]!;
    await page.getByRole("group", { name: q.text }).getByLabel(option.label, { exact: true }).check();
  }
}

/**
 * From the company form (on screen): fills it in, answers every pillar with `pick`, shares the
 * result with the WSP and sends the scan; ends on the report. Checks every page with axe.
 */
export async function completeScanSharedWithWsp(
  page: Page,
  company: ReturnType<typeof newCompany>,
  checkA11y: () => Promise<void>,
  pick: (q: number) => number = () => 1,
) {
  await fillProfile(page, company);
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  for (let p = 0; p < pillars.length; p++) {
    await expect(page.getByText(`Stap ${p + 2} van 7`)).toBeVisible();
    await checkA11y();
    await answerPillar(page, p, pick);
    await page.getByRole("button", { name: "Opslaan en verder" }).click();
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Controleer uw antwoorden");
  await checkA11y();
  await page.getByLabel(/Ja, deel mijn uitslag met/).check();
  await page.getByRole("button", { name: "Scan versturen en uitslag bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw uitslag van de Toekomstscan");
  await checkA11y();
}
