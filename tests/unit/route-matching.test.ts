// The patches in scripts/patches keep what route matching computes per route tree
// and per path pattern (docs/decisions/0017-worker-processes.md). Kept results must
// never leak from one tree or pattern to another.
import { matchPath, matchRoutes, type AgnosticRouteObject as RouteObject } from "@remix-run/router";
import { describe, expect, it } from "vitest";

const ids = (routes: RouteObject[], path: string) => matchRoutes(routes, path)?.map((m) => m.route.id) ?? null;

const portal: RouteObject[] = [
  {
    id: "root",
    path: "",
    children: [
      { id: "home", index: true },
      { id: "report", path: "rapport/:scanId" },
      { id: "report-pdf", path: "rapport/:scanId/pdf" },
      { id: "scan-page", path: "scan/:scanId/:pillarId" },
      { id: "scan-check", path: "scan/:scanId/controleren" },
      { id: "catch-all", path: "*" },
    ],
  },
];

describe("route matching with kept branches and patterns", () => {
  it("matches the same way the first time and every time after", () => {
    for (let round = 0; round < 3; round++) {
      expect(ids(portal, "/")).toEqual(["root", "home"]);
      expect(ids(portal, "/rapport/abc")).toEqual(["root", "report"]);
      expect(ids(portal, "/rapport/abc/pdf")).toEqual(["root", "report-pdf"]);
      // A static segment ranks above a parameter.
      expect(ids(portal, "/scan/abc/controleren")).toEqual(["root", "scan-check"]);
      expect(ids(portal, "/scan/abc/werk")).toEqual(["root", "scan-page"]);
      expect(ids(portal, "/bestaat/niet")).toEqual(["root", "catch-all"]);
    }
    expect(matchRoutes(portal, "/rapport/abc")?.[1]?.params).toEqual({ scanId: "abc" });
  });

  it("tries only the branches that can match the first segment, without losing a match", () => {
    const tree: RouteObject[] = [
      { id: "upper", path: "WSP/:id" },
      { id: "optional", path: "taal?/over" },
      { id: "param-first", path: ":lang/rapport" },
      { id: "splat-in-segment", path: "bestanden/*" },
      { id: "index", index: true },
    ];
    // Routes match without case by default, so the first segment is compared without case too.
    expect(ids(tree, "/wsp/1")).toEqual(["upper"]);
    expect(ids(tree, "/Wsp/1")).toEqual(["upper"]);
    expect(ids(tree, "/over")).toEqual(["optional"]);
    expect(ids(tree, "/taal/over")).toEqual(["optional"]);
    expect(ids(tree, "/en/rapport")).toEqual(["param-first"]);
    expect(ids(tree, "/bestanden/a/b")).toEqual(["splat-in-segment"]);
    expect(ids(tree, "/")).toEqual(["index"]);
    // An encoded first segment is compared decoded.
    expect(ids(tree, "/%77sp/1")).toEqual(["upper"]);
    expect(ids(tree, "/onbekend")).toBeNull();
  });

  it("ranks each route tree on its own", () => {
    expect(ids(portal, "/rapport/abc")).toEqual(["root", "report"]);
    const other: RouteObject[] = [{ id: "other-report", path: "rapport/:id" }];
    expect(ids(other, "/rapport/abc")).toEqual(["other-report"]);
    expect(ids(other, "/")).toBeNull();
    expect(ids(portal, "/")).toEqual(["root", "home"]);
  });

  it("keeps a compiled pattern per case sensitivity and end", () => {
    expect(matchPath({ path: "/Rapport/:id", caseSensitive: false }, "/rapport/1")?.params).toEqual({ id: "1" });
    expect(matchPath({ path: "/Rapport/:id", caseSensitive: true }, "/rapport/1")).toBeNull();
    expect(matchPath({ path: "/Rapport/:id", caseSensitive: true }, "/Rapport/1")?.params).toEqual({ id: "1" });
    expect(matchPath({ path: "/rapport", end: true }, "/rapport/1")).toBeNull();
    expect(matchPath({ path: "/rapport", end: false }, "/rapport/1")?.pathnameBase).toBe("/rapport");
  });
});
