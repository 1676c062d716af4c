import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { expect, test } from "./support/fixtures";
import { e2e } from "./support/env";
import { completeScanSharedWithWsp, newCompany, pillars } from "./support/scan";

function rowsFor(email: string, kvk: string) {
  const db = new Database(e2e.databaseFile, { readonly: true, fileMustExist: true });
  try {
    return {
      employers: (db.prepare("select count(*) as n from employers where kvk = ? or email = ?").get(kvk, email) as { n: number }).n,
      users: (db.prepare("select count(*) as n from users where email = ?").get(email) as { n: number }).n,
      mails: (db.prepare("select count(*) as n from mail_outbox where to_address = ?").get(email) as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

test("an employer downloads all data, withdraws sharing, deletes the account and can no longer sign in", async ({ page, checkA11y }) => {
  // A full scan with an axe check on every page comes first.
  test.slow();
  const company = newCompany("privacy");
  await page.goto("/scan");
  await checkA11y();
  await page.getByRole("link", { name: "Start de scan" }).click();
  await checkA11y();
  await completeScanSharedWithWsp(page, company, checkA11y);

  // The privacy statement is linked from every page.
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacyverklaring");
  await expect(page.getByRole("table", { name: /hoe lang wij ze bewaren/ })).toContainText("90 dagen");
  await checkA11y();

  await page.goto("/mijn");
  await checkA11y();
  await page.getByRole("link", { name: "Mijn gegevens en privacy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn gegevens en privacy");
  const consents = page.getByRole("table", { name: "Uw toestemmingen per uitslag" });
  await expect(consents.getByRole("row")).toHaveCount(2);
  await expect(consents).toContainText("Toestemming gegeven");
  await expect(consents).toContainText("delen-wsp-2026-11");
  await checkA11y();

  // Download: one JSON file with the company, the scan and its answers.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download al mijn gegevens" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8")) as {
    company: { name: string; kvk: string };
    contact: { email: string };
    scans: { answers: unknown[] }[];
  };
  expect(data.company).toMatchObject({ name: company.name, kvk: company.kvk });
  expect(data.contact.email).toBe(company.email);
  expect(data.scans).toHaveLength(1);
  expect(data.scans[0]!.answers.length).toBe(pillars.reduce((n, p) => n + p.questions.length, 0));

  // Withdraw: at once, recorded as a new choice.
  await page.getByRole("button", { name: /Intrekken/ }).click();
  await expect(page.getByRole("status")).toContainText("Uw toestemming is ingetrokken");
  await expect(consents).toContainText("Geen toestemming");
  await expect(page.getByRole("button", { name: /Intrekken/ })).toHaveCount(0);
  await checkA11y();

  // Delete: without the company name the form says what is missing.
  await page.getByRole("button", { name: "Verwijder mijn account" }).click();
  await expect(page.getByRole("alert")).toContainText("Typ de naam van uw bedrijf");
  await checkA11y();
  await page.getByLabel("Naam van uw bedrijf").fill(company.name);
  await page.getByRole("button", { name: "Verwijder mijn account" }).click();
  await expect(page).toHaveURL(/\/account-verwijderd$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw account is verwijderd");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
  await checkA11y();
  expect(rowsFor(company.email, company.kvk)).toEqual({ employers: 0, users: 0, mails: 0 });

  // The session is gone, and asking for a sign-in link sends nothing.
  await page.goto("/mijn");
  await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Fmijn$/);
  await checkA11y();
  await page.getByLabel("E-mailadres").first().fill(company.email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("status")).toContainText("Kijk in uw mailbox");
  await checkA11y();
  expect(rowsFor(company.email, company.kvk)).toEqual({ employers: 0, users: 0, mails: 0 });
});
