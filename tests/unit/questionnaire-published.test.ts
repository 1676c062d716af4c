import { describe, expect, it } from "vitest";
import { questionnaireDefinitions } from "~/content/questionnaire";
import { publishedChecksums } from "~/content/questionnaire/published";
import { definitionChecksum } from "~/models/questionnaire.server";

describe("published questionnaire versions", () => {
  it("are unchanged: each definition still has the checksum it was published with", () => {
    for (const definition of questionnaireDefinitions) {
      expect(
        definitionChecksum(definition),
        `version ${definition.version} changed; publish the change as a new version instead`,
      ).toBe(publishedChecksums[definition.version]);
    }
  });

  it("detects a one-word change", () => {
    const v1 = questionnaireDefinitions[0]!;
    const changed = structuredClone(v1);
    changed.pillars[0]!.questions[0]!.text += " Echt?";
    expect(definitionChecksum(changed)).not.toBe(definitionChecksum(v1));
  });
});
