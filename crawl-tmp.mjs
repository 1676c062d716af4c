import { chromium } from "@playwright/test";
const base = "http://localhost:3900";
const DUTCH = /\b(de|het|een|uw|van|en|niet|voor|met|naar|aanvraag|bekijk|opslaan|werkgever|gegevens|wijzigen|terug|nog|geen|alle|dit|deze|wordt|zijn|heeft|kies)\b/gi;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
async function crawl(label, signIn, start, max = 25) {
  const ctx = await b.newContext();
  await ctx.addCookies([{ name: "taal", value: "ImVuIg%3D%3D", url: base }]);
  const p = await ctx.newPage();
  if (signIn) await signIn(p);
  const seen = new Set(); const queue = [...start];
  while (queue.length && seen.size < max) {
    const path = queue.shift(); if (seen.has(path)) continue; seen.add(path);
    const r = await p.goto(base + path).catch(() => null);
    if (!r || !(r.headers()["content-type"] ?? "").includes("html")) continue;
    const text = await p.locator("body").innerText();
    const hits = [...new Set((text.match(DUTCH) ?? []).map((w) => w.toLowerCase()))];
    if (hits.length) {
      const lines = text.split("\n").filter((l) => new RegExp(DUTCH.source, "i").test(l)).slice(0, 6);
      console.log(`[${label}] ${path}: ${hits.join(",")}\n   ` + lines.map((l) => l.slice(0, 110)).join("\n   "));
    }
    for (const href of await p.locator("main a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      if (!href.includes("uitloggen") && !href.includes(".csv") && !href.includes("/pdf") && !href.includes(".json") && !href.includes("qr.svg")) queue.push(href.split("#")[0]);
    }
  }
  await ctx.close();
}
const staff = (email) => async (p) => {
  await p.goto(base + "/inloggen");
  await p.locator("#medewerker-email").fill(email);
  await p.locator("#medewerker-password").fill("Demo-portaal-2026");
  await p.locator("#medewerker-password").press("Enter");
  await p.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
};
await crawl("anon", null, ["/", "/scan", "/scan/bedrijf", "/privacy", "/toegankelijkheid", "/inloggen"]);
await crawl("am", staff("fatima.elamrani@wsp-rijnmond.demo.example"), ["/wsp"], 20);
await crawl("org", staff("lotte.bakker@ondernemers-rijnmond.demo.example"), ["/organisatie", "/organisatie/inzicht", "/organisatie/campagnes/nieuw"], 12);
await b.close();
