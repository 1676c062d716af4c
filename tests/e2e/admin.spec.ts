import { demoStaff } from "../../db/seed/demo";
import { expect, test } from "./support/fixtures";
import { linkFrom, waitForMail } from "./support/mail";
import { signInStaff } from "./support/session";

const admin = demoStaff.find((s) => s.role === "admin")!;
const header = "gemeentecode;gemeentenaam;arbeidsmarktregio";
const csv = (lines: string[]) => ({ name: "gemeenten.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...lines].join("\n"), "utf8") });

test("the administrator imports municipalities: a bad row changes nothing, a good file is applied", async ({ page, checkA11y }) => {
  test.setTimeout(120_000);
  await signInStaff(page, admin.email, checkA11y);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beheer");

  // A region's WSP details.
  await page.getByRole("link", { name: "Rijnmond", exact: true }).click();
  await checkA11y();
  await page.getByLabel("Servicenorm in werkdagen").fill("12");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("alert")).toContainText("De servicenorm is hoogstens 10 werkdagen.");
  await checkA11y();
  await page.getByLabel("Servicenorm in werkdagen").fill("2");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("De gegevens van het WSP zijn opgeslagen.");
  await checkA11y();

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Gemeenten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gemeenten en arbeidsmarktregio's");
  await checkA11y();
  const table = page.getByRole("table", { name: /met hun arbeidsmarktregio$/ });

  // One bad line: the line number is reported and the good lines are not applied either.
  await page.getByLabel("CSV-bestand met de gemeentetabel").setInputFiles(csv(["GM9101;Proefstad;Rijnmond", "GM91;Foutdorp;Rijnmond", "GM9102;Testdorp;Rijnmond"]));
  await page.getByRole("button", { name: "Bestand controleren en inlezen" }).click();
  const report = page.getByRole("table", { name: "Fouten per regel" });
  await expect(report.getByRole("row")).toHaveCount(2);
  await expect(report.getByRole("rowheader")).toHaveText(["3"]);
  await expect(report.getByRole("cell")).toContainText("ongeldige gemeentecode ‘GM91’");
  await expect(page.getByText("Er is niets veranderd.", { exact: true })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Proefstad" })).toHaveCount(0);
  await checkA11y();

  // The corrected file is applied.
  await page.getByLabel("CSV-bestand met de gemeentetabel").setInputFiles(csv(["GM9101;Proefstad;Rijnmond", "GM9102;Testdorp;Rijnmond", "GM0014;Groningen;Groningen"]));
  await page.getByRole("button", { name: "Bestand controleren en inlezen" }).click();
  await expect(page.getByRole("status")).toContainText("2 gemeenten toegevoegd, 0 gemeenten gewijzigd, 1 gemeente ongewijzigd.");
  await expect(table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Proefstad" }) }).getByRole("cell").last()).toHaveText("Rijnmond");
  await checkA11y();

  // The other admin pages.
  for (const [link, heading] of [
    ["Regelingen", "Regelingen"],
    ["Vragenlijsten", "Vragenlijsten"],
  ] as const) {
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await checkA11y();
  }
  await expect(page.getByRole("button", { name: "Uit gebruik nemen versie 1" })).toBeVisible();

  // A new instrument: missing fields are named, then it is saved.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Regelingen" }).click();
  await page.getByRole("link", { name: "Nieuwe regeling" }).click();
  await checkA11y();
  await page.getByLabel("Naam").fill("Werkfit-training");
  await page.getByRole("button", { name: "Regeling toevoegen" }).click();
  await expect(page.getByRole("alert")).toContainText("Schrijf kort wat de regeling is.");
  await checkA11y();
  await page.getByLabel("Wat is het?").fill("Een korte training voor een nieuwe medewerker.");
  await page.getByLabel("Voor wie?").fill("Voor nieuwe medewerkers die moeilijk aan werk komen.");
  await page.getByLabel("Aanbieder").fill("Werkgeversservicepunt");
  await page.getByLabel("Soort regeling").selectOption({ label: "Scholing" });
  await page.getByLabel("Standaardbedrag in euro (niet verplicht)").fill("1.250");
  await page.getByRole("group", { name: /via het portaal bij het WSP aanvragen/ }).getByLabel("Ja").check();
  await page.getByRole("button", { name: "Regeling toevoegen" }).click();
  await expect(page.getByRole("status")).toHaveText("De regeling Werkfit-training is opgeslagen.");
  await expect(page.getByRole("row", { name: /Werkfit-training/ })).toContainText(/€\s1\.250,00/);
  await checkA11y();
  await page.goto("/beheer/budgetten");
  await checkA11y();
  await page.getByLabel("Arbeidsmarktregio").selectOption({ label: "Rijnmond" });
  await page.getByRole("button", { name: "Budgetten tonen" }).click();
  await expect(page.getByRole("table", { name: /^Budget, toegekend en nog over per regeling in Rijnmond/ })).toBeVisible();
  await checkA11y();
});

test("the administrator invites a colleague, who sets a password from the e-mail and is signed in", async ({ page, checkA11y }) => {
  test.setTimeout(120_000);
  const email = `nieuw.${Date.now()}@wsp-rijnmond.demo.example`;
  await signInStaff(page, admin.email, checkA11y);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Gebruikers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gebruikers");
  await checkA11y();
  await page.getByRole("link", { name: "Medewerker uitnodigen" }).click();
  // Rendered in the browser after a client-side navigation: the link's lifetime is there too.
  await expect(page.getByText("De link werkt 7 dagen en één keer.")).toBeVisible();
  await checkA11y();

  // The role needs a region.
  await page.getByLabel("Naam").fill("Nieuwe Collega");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("group", { name: "Rol" }).getByLabel("Accountmanager").check();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("alert")).toContainText("Kies de arbeidsmarktregio van deze medewerker.");
  await checkA11y();
  await page.getByLabel("Arbeidsmarktregio").selectOption({ label: "Rijnmond" });
  const since = new Date();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("status")).toHaveText("De uitnodiging is verstuurd.");
  await expect(page.getByText("Uitgenodigd, heeft nog geen wachtwoord gekozen")).toBeVisible();
  await checkA11y();

  // The mail arrives at the SMTP peer; the link opens the password page.
  const link = linkFrom(await waitForMail(email, since), /http:\/\/\S+\/inloggen\/uitnodiging\?token=[A-Za-z0-9_-]+/);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kies uw wachtwoord");
  await checkA11y();
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("te kort");
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill("te kort");
  await page.getByRole("button", { name: "Wachtwoord opslaan en inloggen" }).click();
  await expect(page.getByRole("alert")).toContainText("Kies een wachtwoord van minstens 12 tekens.");
  await checkA11y();
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("mijn eigen lange zin");
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill("mijn eigen lange zin");
  await page.getByRole("button", { name: "Wachtwoord opslaan en inloggen" }).click();
  await expect(page).toHaveURL(/\/wsp$/);
  await expect(page.locator(".user-chip")).toContainText("Nieuwe Collega");
  await checkA11y();

  // The link works once.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze uitnodiging is al gebruikt");
  await checkA11y();
});

test("the administrator pages switch to English and back to Dutch", async ({ page, checkA11y }) => {
  test.setTimeout(120_000);
  await signInStaff(page, admin.email, checkA11y);
  await page.goto("/beheer");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/\/beheer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
  await expect(page.getByRole("table", { name: /labour market regions$/ })).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Municipalities", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Municipalities and labour market regions");
  await expect(page.getByLabel("CSV file with the municipality table")).toBeVisible();
  await checkA11y();
  // The audit log names its actions in English too.
  await page.goto("/beheer/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await expect(page.getByLabel("Action")).toContainText("All actions");
  await checkA11y();
  await page.getByRole("button", { name: "Naar het Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Auditlog");
  await checkA11y();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the upload and the invitation work as plain forms", async ({ page, checkA11y }) => {
    test.setTimeout(120_000);
    await signInStaff(page, admin.email, checkA11y);
    await page.goto("/beheer/gemeenten");
    await checkA11y();
    await page.getByLabel("CSV-bestand met de gemeentetabel").setInputFiles(csv(["GM9201;Zonderjsdorp;Onbekende regio"]));
    await page.getByRole("button", { name: "Bestand controleren en inlezen" }).click();
    await expect(page.getByRole("table", { name: "Fouten per regel" }).getByRole("rowheader")).toHaveText(["2"]);
    await checkA11y();
    await page.getByLabel("CSV-bestand met de gemeentetabel").setInputFiles(csv(["GM9201;Zonderjsdorp;Rijnmond"]));
    await page.getByRole("button", { name: "Bestand controleren en inlezen" }).click();
    await expect(page.getByRole("status")).toContainText("1 gemeente toegevoegd");
    await checkA11y();

    // Both lists are there without JavaScript; the server keeps the one the role needs.
    await page.goto("/beheer/gebruikers/nieuw");
    await checkA11y();
    await page.getByLabel("Naam").fill("Zonder Script");
    await page.getByLabel("E-mailadres").fill(`zonderjs.${Date.now()}@ondernemers-rijnmond.demo.example`);
    await page.getByRole("group", { name: "Rol" }).getByLabel("Werkgeversorganisatie").check();
    await page.getByLabel("Arbeidsmarktregio").selectOption({ label: "Rijnmond" });
    await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
    await expect(page.getByRole("alert")).toContainText("Kies de werkgeversorganisatie van deze medewerker.");
    await expect(page.getByLabel("Naam")).toHaveValue("Zonder Script");
    await checkA11y();
    await page.getByRole("combobox", { name: "Werkgeversorganisatie" }).selectOption({ index: 1 });
    await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
    await expect(page.getByRole("status")).toHaveText("De uitnodiging is verstuurd.");
    await checkA11y();

    // A region's current details are in the form.
    await page.goto("/beheer");
    await page.getByRole("link", { name: "Zuid-Limburg", exact: true }).click();
    await expect(page.getByLabel("Naam van het WSP")).not.toHaveValue("");
    await expect(page.getByLabel("Servicenorm in werkdagen")).toHaveValue(/^\d+$/);
    await checkA11y();
  });
});
