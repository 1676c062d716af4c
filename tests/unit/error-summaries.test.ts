/**
 * WCAG 3.3.1 / issue 10: every form that checks its fields shows an error
 * summary at the top, linking to each field. A form is validated through
 * `useValidatedForm`; the file that uses it must render `<ErrorSummary`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../..");
const files = ["app/routes", "app/components"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".tsx"))
    .map((f) => join(dir, f)),
);

describe("error summaries", () => {
  it("every form validated with useValidatedForm renders an ErrorSummary", () => {
    const validated = files.filter((f) => readFileSync(join(root, f), "utf8").includes("useValidatedForm("));
    expect(validated.length).toBeGreaterThan(15);
    const missing = validated.filter((f) => f !== "app/components/forms.tsx" && !readFileSync(join(root, f), "utf8").includes("<ErrorSummary"));
    expect(missing).toEqual([]);
  });
});
