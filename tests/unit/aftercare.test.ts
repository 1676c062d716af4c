import { describe, expect, it } from "vitest";
import { aftercareDate } from "~/domain/aftercare";

describe("aftercare check-in", () => {
  it("is two months after the start, at the end of a shorter month when needed", () => {
    expect(aftercareDate("2026-01-15")).toBe("2026-03-15");
    expect(aftercareDate("2026-12-31")).toBe("2027-02-28");
    expect(aftercareDate("2027-12-31")).toBe("2028-02-29");
  });
});
