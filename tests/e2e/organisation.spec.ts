import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { demoStaff } from "../../db/seed/demo";
import { expect, test } from "./support/fixtures";
import { linkFrom, waitForMail } from "./support/mail";
import { answerPillar, fillProfile, newCompany, pillars } from "./support/scan";
import { signInStaff } from "./support/session";

const organisationStaff = demoStaff.find((s) => s.role === "organisation")!;

/** Creates a campaign through the form; first the browser refuses a too-short name (the same zod schema runs there). */
async function createCampaign(
  page: Page,
  checkA11y: (p?: Page) => Promise<void>,
  name: string,
  texts: { link: string; label: string; button: string; tooShort: string },
) {
  await page.getByRole("link", { name: texts.link }).click();
  await checkA11y();
  await page.getByLabel(texts.label).fill("x");
  await page.getByRole("button", { name: texts.button }).click();
  await expect(page.getByRole("alert")).toContainText(texts.tooShort);
  await checkA11y();
  await page.getByLabel(texts.label).fill(name);
  await page.getByRole("button", { name: texts.button }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await checkA11y();
}

test("an organisation invites members from a CSV; a member completes the scan and shares it; the organisation sees that member", async ({
  page,
  browser,
  checkA11y,
}) => {
  test.setTimeout(150_000);
  const n = randomInt(100_000, 999_999);
  const members = [1, 2, 3].map((i) => `lid${i}.${n}@vereniging.example`);
  const campaignName = `Ledenavond ${n}`;

  await signInStaff(page, organisationStaff.email, checkA11y);
  await expect(page).toHaveURL(/\/organisatie$/);
  await createCampaign(page, checkA11y, campaignName, {
    link: "Nieuwe campagne",
    label: "Naam van de campagne",
    button: "Campagne maken",
    tooShort: "minstens 3 tekens",
  });
  const link = (await page.locator(".campaign-link").textContent())!.trim();
  expect(link).toMatch(/\/scan\?c=[A-Z2-9]{6}$/);
  await expect(page.getByRole("img", { name: /QR-code met de link/ })).toBeVisible();

  // Three members and one bad line, as a CSV file.
  const csv = ["naam;e-mail", `Bakkerij;${members[0]}`, `Kapper;${members[1]}`, "Slager;slager-zonder-apenstaartje", `Garage;${members[2]}`].join("\n");
  const since = new Date();
  await page.getByLabel("Of kies een CSV-bestand").setInputFiles({ name: "leden.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByLabel(/Ik bevestig dat dit adressen van onze leden zijn/).check();
  await page.getByRole("button", { name: "Uitnodigingen versturen" }).click();
  const result = page.getByRole("status").filter({ hasText: "klaargezet" });
  await expect(result).toContainText("3 uitnodigingen klaargezet");
  await expect(result).toContainText("Regel 4: Geen geldig e-mailadres");
  await checkA11y();

  // The first member follows the link in the invitation, in a browser of their own.
  const mail = await waitForMail(members[0]!, since);
  expect(mail.text).toContain("/afmelden/");
  const invitationLink = linkFrom(mail, /http:\/\/\S+\/scan\?c=[A-Z2-9]{6}/);
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto(invitationLink);
  await expect(member.getByText("Aangeboden door Ondernemersvereniging Rijnmond (demo)")).toBeVisible();
  await checkA11y(member);
  await member.getByRole("link", { name: "Start de scan" }).click();
  const company = { ...newCompany("lid"), email: members[0]! };
  await fillProfile(member, company);
  await member.getByRole("button", { name: "Opslaan en verder" }).click();
  for (let p = 0; p < pillars.length; p++) {
    await answerPillar(member, p, () => 1);
    await member.getByRole("button", { name: "Opslaan en verder" }).click();
  }
  await checkA11y(member);
  await member.getByLabel(/Nee, ik houd mijn uitslag voor mezelf/).check();
  await member.getByLabel("Ja, deel mijn uitslag met Ondernemersvereniging Rijnmond (demo)").check();
  await member.getByRole("button", { name: "Scan versturen en uitslag bekijken" }).click();
  await expect(member.getByRole("heading", { level: 1 })).toHaveText("Uw uitslag van de Toekomstscan");
  await expect(member.locator("#delen")).toContainText("Ondernemersvereniging Rijnmond (demo) kan uw uitslag nu zien");
  await checkA11y(member);
  await memberContext.close();

  // The second member does not want invitations: the link in the mail opens a page; only the button acts.
  const unsubscribeLink = linkFrom(await waitForMail(members[1]!, since), /http:\/\/\S+\/afmelden\/[A-Za-z0-9_-]{43}/);
  const secondContext = await browser.newContext();
  const second = await secondContext.newPage();
  await second.goto(unsubscribeLink);
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Afmelden voor uitnodigingen");
  await checkA11y(second);
  await second.getByRole("button", { name: "Ja, meld mij af" }).click();
  await expect(second.getByRole("status")).toContainText("U bent afgemeld");
  await checkA11y(second);
  await secondContext.close();

  // The organisation sees the member in the funnel and in the list of companies that share.
  await page.goto("/organisatie");
  const row = page.getByRole("row", { name: new RegExp(campaignName) });
  await expect(row.getByRole("cell")).toHaveText(["Tot en met", "Loopt", "3", "1", "1", "1", "0"].map((t, i) => (i === 0 ? new RegExp("tot en met") : t)));
  await checkA11y();
  await page.getByRole("link", { name: "Uitkomsten per branche" }).click();
  await expect(page.getByRole("table", { name: /bedrijf deelt|bedrijven delen/ })).toContainText(company.name);
  await checkA11y();
  await page.getByRole("link", { name: company.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Uitslag Toekomstscan: ${company.name}`);
  await checkA11y();
});

test("an organisation switches to English on its campaign page, creates a campaign and invites a member in English", async ({ page, checkA11y }) => {
  const n = randomInt(100_000, 999_999);
  const campaignName = `Members' evening ${n}`;
  const member = `member.${n}@vereniging.example`;

  await signInStaff(page, organisationStaff.email, checkA11y);
  await expect(page).toHaveURL(/\/organisatie$/);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/\/organisatie$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 2, name: "Your campaigns" })).toBeVisible();
  await checkA11y();

  // The schema's messages show in English, in the browser too.
  await createCampaign(page, checkA11y, campaignName, {
    link: "New campaign",
    label: "Name of the campaign",
    button: "Create campaign",
    tooShort: "Name of the campaign: Give the campaign a name of at least 3 characters.",
  });
  await expect(page.locator(".lead")).toContainText("This campaign is running.");
  await expect(page.getByRole("img", { name: /QR code with the link/ })).toBeVisible();
  await expect(page.getByRole("table", { name: `From invitation to follow-up: ${campaignName}` })).toContainText("Scan completed");
  await checkA11y();
  await page.getByLabel("E-mail addresses of members").fill(`${member}\nnot-an-address`);
  await page.getByLabel(/I confirm that these are addresses of our members/).check();
  await page.getByRole("button", { name: "Send invitations" }).click();
  const result = page.getByRole("status").filter({ hasText: "ready to send" });
  await expect(result).toContainText("1 invitation ready to send");
  await expect(result).toContainText("Line 2: Not a valid e-mail address (‘not-an-address’)");
  await checkA11y();

  // Back to Dutch: the same page, in Dutch again.
  await page.getByRole("button", { name: "Naar het Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 2, name: "Leden uitnodigen" })).toBeVisible();
});
