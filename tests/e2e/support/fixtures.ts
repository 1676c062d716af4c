/**
 * Every page an end-to-end test visits is checked with axe (WCAG 2.x A/AA,
 * including 2.2 rules). Tests call `checkA11y(page)` after each navigation; the
 * fixture fails a test that visited a page without checking it.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

const normalise = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

type A11y = { checkA11y: (page?: Page) => Promise<void> };

export const test = base.extend<A11y>({
  checkA11y: async ({ page }, use, testInfo) => {
    const visited = new Set<string>();
    const checked = new Set<string>();
    const track = (p: Page) =>
      p.on("framenavigated", (frame) => {
        if (frame === p.mainFrame() && frame.url().startsWith("http")) visited.add(normalise(frame.url()));
      });
    track(page);
    page.context().on("page", track);
    await use(async (target = page) => {
      await target.waitForLoadState("load");
      const results = await new AxeBuilder({ page: target })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(summary, `axe violations on ${target.url()}`).toEqual([]);
      checked.add(normalise(target.url()));
    });
    const unchecked = [...visited].filter((u) => !checked.has(u));
    if (testInfo.status === testInfo.expectedStatus) {
      expect(unchecked, "pages visited without an axe check").toEqual([]);
    }
  },
});

export { expect };
