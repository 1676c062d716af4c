import { describe, expect, it } from "vitest";
import { isPostgresUrl, openDatabase, postgresLocation } from "~db/connection";

describe("database URLs", () => {
  it("send postgres:// and postgresql:// to PostgreSQL, everything else to SQLite", () => {
    expect(isPostgresUrl("postgres://h/db")).toBe(true);
    expect(isPostgresUrl("postgresql://h/db")).toBe(true);
    expect(isPostgresUrl("file:./data/portal.db")).toBe(false);
  });

  it("name a PostgreSQL database without user or password, safe to log", async () => {
    expect(postgresLocation("postgres://portaal:geheim@db.example:5432/portaal?sslmode=require")).toBe("postgres://db.example:5432/portaal");
    // Opening does not connect yet: the pool connects on the first query.
    const handle = openDatabase("postgresql://portaal:geheim@db.example:5432/portaal");
    expect({ kind: handle.kind, location: handle.location }).toEqual({ kind: "postgres", location: "postgres://db.example:5432/portaal" });
    await handle.close();
  });
});
