import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/**
 * The pages of the app (route files with a default export, i.e. a UI), each
 * with a pattern for its URLs, derived from Remix's flat-route file names.
 */
export function pageRoutes(): { file: string; pattern: RegExp }[] {
  const dir = resolve("app/routes");
  return readdirSync(dir)
    .filter((f) => /\.tsx$/.test(f) && /export default function/.test(readFileSync(resolve(dir, f), "utf8")))
    .map((file) => ({ file, pattern: routePattern(file.replace(/\.tsx$/, "")) }));
}

export function routePattern(name: string): RegExp {
  if (name === "$") return /^\/.+$/;
  const segments = name
    // A dot inside [brackets] is literal ("qr[.svg]"), not a path separator.
    .split(/\.(?![^[]*\])/)
    .map((s) => s.replace(/\[(.*?)\]/g, "$1"))
    .filter((s) => s !== "_index" && !s.startsWith("_"))
    .map((s) => s.replace(/_$/, ""))
    .map((s) => (s === "$" ? ".+" : s.startsWith("$") ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  return new RegExp(`^/${segments.join("/")}/?$`);
}
