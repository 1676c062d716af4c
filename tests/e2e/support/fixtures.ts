/**
 * Every page an end-to-end test visits is checked with axe (WCAG 2.x A/AA,
 * including 2.2 rules such as target-size, 2.5.8). Tests call `checkA11y(page)`
 * after each navigation; the fixture fails a test that visited a page without
 * checking it. The same check fails on anything the Content-Security-Policy
 * blocked on the page, and on a page that scrolls sideways at 320 CSS pixels
 * wide (1.4.10 reflow; 1280 px at 400% zoom) or at 640 (200% zoom); a
 * screenshot at 320 px is attached to the test for review.
 */
import { appendFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { e2e } from "./env";

const normalise = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

type A11y = { checkA11y: (page?: Page) => Promise<void> };

const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/**
 * axe needs JavaScript in the page. For a page rendered without JavaScript, the
 * same HTML (scripts removed) is served at the same URL in a scripting context.
 */
async function axeViolationsWithoutScripts(browser: Browser, url: string, document: string): Promise<string[]> {
  const html = document.replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(
      (u) => u.href === url,
      (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await copy.goto(url);
    return await axeViolations(copy);
  } finally {
    await context.close();
  }
}

/**
 * Elements that stick out of the page at the current width (a table in its own
 * scroll box is fine: 1.4.10 allows two-dimensional content to scroll).
 */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const inScrollBox = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if (x === "auto" || x === "scroll" || x === "hidden") return true;
      }
      return false;
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""}`;
    const culprits = [...document.body.querySelectorAll("*")].filter(
      (el) => el.getBoundingClientRect().right + window.scrollX > width + 1 && !inScrollBox(el),
    );
    // The innermost culprits say most; their ancestors stick out because of them.
    const innermost = culprits.filter((el) => !culprits.some((c) => c !== el && el.contains(c)));
    // A long word sticks out of its element without making the element wider.
    const words: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && words.length < 3; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().right + window.scrollX > width + 1 && node.parentElement && !inScrollBox(node.parentElement)) {
        words.push(`text "${(node.textContent ?? "").trim().slice(0, 40)}" in ${name(node.parentElement)}`);
      }
    }
    return [`page is ${document.documentElement.scrollWidth}px wide at ${width}px`, ...innermost.slice(0, 5).map(name), ...words];
  });
}

async function reflowProblems(page: Page, attach: (name: string, body: Buffer) => Promise<void>): Promise<string[]> {
  const original = page.viewportSize() ?? { width: 1280, height: 720 };
  const problems: string[] = [];
  try {
    for (const width of [640, 320]) {
      await page.setViewportSize({ width, height: 720 });
      const overflow = await sidewaysOverflow(page);
      if (overflow.length) problems.push(`${width}px: ${overflow.join(", ")}`);
      if (width === 320) await attach("320px", await page.screenshot({ fullPage: true }));
    }
  } finally {
    await page.setViewportSize(original);
  }
  return problems;
}

export const test = base.extend<A11y>({
  checkA11y: async ({ page, browser, javaScriptEnabled }, use, testInfo) => {
    const visited = new Set<string>();
    const checked = new Set<string>();
    // The HTML of the last document each page received (pages without JavaScript cannot be evaluated).
    const documents = new Map<Page, Promise<string>>();
    const track = (p: Page) => {
      p.on("framenavigated", (frame) => {
        if (frame === p.mainFrame() && frame.url().startsWith("http")) visited.add(normalise(frame.url()));
      });
      p.on("response", (response) => {
        const request = response.request();
        if (request.isNavigationRequest() && request.frame() === p.mainFrame() && (response.status() < 300 || response.status() >= 400)) {
          documents.set(p, response.text());
        }
      });
    };
    track(page);
    page.context().on("page", track);
    await page.context().addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const attach = (url: string) => async (name: string, body: Buffer) => {
      await testInfo.attach(`${new URL(url).pathname} at ${name}`, { body, contentType: "image/png" });
    };
    await use(async (target = page) => {
      await target.waitForLoadState("load");
      const scripted = target === page ? javaScriptEnabled !== false : true;
      expect(await reflowProblems(target, attach(target.url())), `sideways scrolling on ${target.url()}`).toEqual([]);
      const summary = scripted
        ? await axeViolations(target)
        : await axeViolationsWithoutScripts(browser, target.url(), (await documents.get(target)) ?? "");
      expect(summary, `axe violations on ${target.url()}`).toEqual([]);
      if (scripted && target.context() === page.context()) {
        const blocked = await target.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
        expect(blocked, `blocked by the Content-Security-Policy on ${target.url()}`).toEqual([]);
      }
      checked.add(normalise(target.url()));
      // For the route coverage check (zz-route-coverage.spec.ts): every path checked, over the whole run.
      appendFileSync(e2e.visitedFile, `${new URL(target.url()).pathname}\n`);
    });
    const unchecked = [...visited].filter((u) => !checked.has(u));
    if (testInfo.status === testInfo.expectedStatus) {
      expect(unchecked, "pages visited without an axe check").toEqual([]);
    }
  },
});

export { expect };
