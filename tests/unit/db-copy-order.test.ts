import { describe, expect, it } from "vitest";
import { foreignKeyOrder, parentsFirst } from "~db/copy";

describe("db:copy order", () => {
  it("puts every table after the tables it refers to, whatever order they come in", () => {
    const tables = [
      { table: "requests", primaryKey: ["id"], foreignKeys: [{ column: "employer_id", references: "employers" }, { column: "parent_request_id", references: "requests" }] },
      { table: "employers", primaryKey: ["id"], foreignKeys: [{ column: "region_id", references: "regions" }] },
      { table: "regions", primaryKey: ["id"], foreignKeys: [] },
    ];
    expect(foreignKeyOrder(tables).map((t) => t.table)).toEqual(["regions", "employers", "requests"]);
    expect(() => foreignKeyOrder([{ table: "a", primaryKey: ["id"], foreignKeys: [{ column: "b_id", references: "b" }] }])).toThrow(/volgorde/);
  });

  it("writes a row that refers to its own table after the row it refers to", () => {
    const rows = [
      { id: "c", parent_request_id: "b" },
      { id: "b", parent_request_id: "a" },
      { id: "a", parent_request_id: null },
    ];
    expect(parentsFirst(rows, "id", ["parent_request_id"]).map((r) => r.id)).toEqual(["a", "b", "c"]);
  });
});
