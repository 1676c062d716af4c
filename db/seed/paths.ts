import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (the folder with package.json), from the source tree or the build. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "db"))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export const demoMunicipalitiesCsv = () => join(projectRoot(), "db/seed/reference/municipalities-demo.csv");
