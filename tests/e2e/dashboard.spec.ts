import { demoStaff } from "../../db/seed/demo";
import { expect, test } from "./support/fixtures";
import { signInStaff } from "./support/session";

const coordinator = demoStaff.find((s) => s.role === "coordinator" && s.regionName === "Rijnmond")!;
const accountmanager = demoStaff.find((s) => s.role === "accountmanager" && s.regionName === "Rijnmond")!;

test("the coordinator reads the dashboard, changes a budget and gets clear messages", async ({ page, checkA11y }) => {
  await signInStaff(page, coordinator.email, checkA11y);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dashboard", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard WSP Rijnmond");
  await checkA11y();

  // Every chart has a table with the same figures.
  const scans = page.getByRole("table", { name: "Gestarte en afgeronde Toekomstscans per maand" });
  await expect(scans.getByRole("columnheader")).toHaveText(["Maand", "Gestart", "Afgerond"]);
  await expect(scans.getByRole("row")).toHaveCount(14);
  await expect(page.getByRole("table", { name: "Gedeelde scans per fase van de opvolging" }).getByRole("rowheader", { name: "Contact opgenomen" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Alle aanvragen in uw regio per status" }).getByRole("rowheader", { name: "Actief" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Staafdiagram: aanvragen per status/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Op tijd volgens de servicenorm" })).toBeVisible();
  await expect(page.getByText(/kreeg op tijd eerste contact/)).toBeVisible();
  const budget = page.getByRole("table", { name: /^Budget, toegekend en nog over per regeling/ });
  await expect(budget.getByRole("columnheader")).toHaveText(["Regeling", "Budget", "Toegekend", "Nog over", "Aantal toekenningen", "Bedrag per toekenning"]);
  const polis = budget.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Less-Risk-polis", exact: true }) });
  await expect(polis).toHaveCount(1);
  await expect(page.getByRole("table", { name: "Aanvragen en gedeelde scans die nog niet zijn afgerond" }).getByRole("rowheader", { name: accountmanager.name })).toBeVisible();

  // A budget below what is already granted is refused, next to the field.
  const budgetField = page.getByLabel(/^Budget \d{4} voor Less-Risk-polis \(euro\)$/);
  await budgetField.fill("100");
  await page.getByRole("button", { name: "Budget opslaan voor Less-Risk-polis" }).click();
  await expect(page.getByRole("alert")).toContainText("Er is iets niet goed ingevuld");
  await expect(page.locator(".field__error")).toContainText(/Het budget kan niet lager zijn dan wat al is toegekend \(€\s[\d.]+,\d\d\)\./);
  await expect(budgetField).toHaveAttribute("aria-invalid", "true");
  await checkA11y();

  // A valid budget is saved and shown.
  await budgetField.fill("30.000");
  await page.getByRole("button", { name: "Budget opslaan voor Less-Risk-polis" }).click();
  await expect(page.getByRole("status")).toHaveText("Het budget voor Less-Risk-polis is opgeslagen.");
  await expect(polis.getByRole("cell").first()).toHaveText(/^€\s30\.000,00$/);
  await expect(page.getByLabel(/^Budget \d{4} voor Less-Risk-polis \(euro\)$/)).toHaveValue("30000");
  await checkA11y();

  // Handing over work without choosing colleagues explains what is missing.
  await page.getByRole("button", { name: "Werk overdragen" }).click();
  await expect(page.getByRole("alert")).toContainText("Van: Kies van wie het werk is.");
  await checkA11y();
});

test("an accountmanager has no dashboard link and no access", async ({ page, checkA11y }) => {
  await signInStaff(page, accountmanager.email, checkA11y);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  const response = await page.goto("/wsp/dashboard");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  await checkA11y();
});
