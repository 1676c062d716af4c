/**
 * Moving through a page with the keyboard only, the way a keyboard user does:
 * Tab until the wanted control has the focus. At every stop the focus must be
 * visible (a :focus-visible outline) and not hidden behind anything else on
 * the page (WCAG 2.4.7 and 2.4.11).
 */
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";

/** What is wrong with the focus right now, or null when it is visible and not obscured. */
async function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "nothing has the focus";
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    // A date field has the focus inside (day, month, year), where :focus-visible does not match the field itself.
    if (!el.matches(':focus-visible, input[type="date"]:focus-within')) return `${name} has no visible focus style (:focus-visible)`;
    const style = getComputedStyle(el);
    if ((style.outlineStyle === "none" || parseFloat(style.outlineWidth) < 2) && style.boxShadow === "none") {
      return `${name} has no focus outline`;
    }
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return `${name} is not on screen`;
    if (r.bottom < 0 || r.top > window.innerHeight || r.right < 0 || r.left > window.innerWidth) return `${name} is outside the window`;
    // Not hidden: the middle of the control is the control itself (or its own content).
    const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(hit === el || el.contains(hit))) {
      return `${name} is covered by ${hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join(".")}` : "nothing"}`;
    }
    return null;
  });
}

/** Presses Tab (at most `max` times) until `target` has the focus; checks the focus at every stop. */
export async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    expect(await focusProblem(page), `focus after ${i + 1} × Tab`).toBeNull();
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${target.toString()} not reached with ${max} × Tab`);
}

/** Types into the focused field, replacing what is there. */
export async function typeText(page: Page, text: string) {
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}
