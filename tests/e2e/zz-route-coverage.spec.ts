/**
 * Runs last (files run in name order on one worker): every page of the app
 * must have been visited and checked with axe by the suite. A new page without
 * an end-to-end visit fails here. Only meaningful for a full run (npm test).
 */
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { e2e } from "./support/env";
import { pageRoutes } from "./support/routes";

test("every page of the app was visited and checked with axe", () => {
  test.skip(process.env.E2E_FULL_RUN !== "1", "only in a full run of the suite (npm test)");
  const visited = existsSync(e2e.visitedFile) ? [...new Set(readFileSync(e2e.visitedFile, "utf8").split("\n").filter(Boolean))] : [];
  const routes = pageRoutes();
  // A path counts for the route Remix would pick: the matching one with the fewest dynamic segments
  // (the catch-all 404 page only for a path nothing else matches).
  const dynamic = (r: { file: string; pattern: RegExp }) => (r.file === "$.tsx" ? 99 : r.pattern.source.split("[^/]+").length);
  const hit = new Set<string>();
  for (const path of visited) {
    const best = routes.filter((r) => r.pattern.test(path)).sort((a, b) => dynamic(a) - dynamic(b))[0];
    if (best) hit.add(best.file);
  }
  const unvisited = routes.map((r) => r.file).filter((f) => !hit.has(f));
  console.log(`route coverage: ${routes.length - unvisited.length} of ${routes.length} pages visited and checked with axe`);
  expect(unvisited, "pages no end-to-end test visited").toEqual([]);
});
