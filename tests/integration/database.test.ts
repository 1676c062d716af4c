import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "~db/migrate";
import { seedDemo, seedReference } from "~db/seed/index";
import { importMunicipalities } from "~/models/municipality.server";
import { db } from "~/utils/db.server";
import { countRows, setupDatabase, teardownDatabase } from "../support/db";

beforeAll(async () => {
  await setupDatabase();
});
afterAll(teardownDatabase);

describe("migrations", () => {
  it("create every table on an empty database and are idempotent", async () => {
    const names = (await db().introspection.getTables()).map((t) => t.name);
    for (const t of ["regions", "sectors", "municipalities", "employers", "users", "sessions", "login_tokens", "mail_outbox"]) {
      expect(names).toContain(t);
    }
    expect(await migrateToLatest(db())).toEqual([]);
  });

  it("turn foreign keys on", async () => {
    await expect(
      db()
        .insertInto("municipalities")
        .values({ code: "GM9999", name: "Nergensdorp", region_id: "bestaat-niet" })
        .execute(),
    ).rejects.toThrow(/foreign key/i);
  });
});

describe("seeding", () => {
  it("inserts 35 regions, sectors, demo municipalities and demo users, and a second run duplicates nothing", async () => {
    await seedReference(db());
    expect(await seedDemo(db())).toBe(true);
    const before = {
      regions: await countRows("regions"),
      sectors: await countRows("sectors"),
      municipalities: await countRows("municipalities"),
      users: await countRows("users"),
      employers: await countRows("employers"),
      organisations: await countRows("organisations"),
    };
    expect(before.regions).toBe(35);
    expect(before.sectors).toBeGreaterThanOrEqual(7);
    expect(before.municipalities).toBeGreaterThan(20);
    expect(before.employers).toBeGreaterThanOrEqual(3);

    await seedReference(db());
    expect(await seedDemo(db())).toBe(false);
    expect({
      regions: await countRows("regions"),
      sectors: await countRows("sectors"),
      municipalities: await countRows("municipalities"),
      users: await countRows("users"),
      employers: await countRows("employers"),
      organisations: await countRows("organisations"),
    }).toEqual(before);
  });

  it("has staff in at least two regions, an organisation and an administrator, all marked demo", async () => {
    const staff = await db().selectFrom("users").select(["role", "region_id", "is_demo"]).execute();
    const regionsWithAm = new Set(staff.filter((s) => s.role === "accountmanager").map((s) => s.region_id));
    expect(regionsWithAm.size).toBeGreaterThanOrEqual(2);
    expect(staff.some((s) => s.role === "organisation")).toBe(true);
    expect(staff.some((s) => s.role === "admin")).toBe(true);
    expect(staff.every((s) => s.is_demo === 1)).toBe(true);
  });

  it("does not overwrite a region an administrator changed", async () => {
    const region = await db().selectFrom("regions").select(["id"]).where("name", "=", "Rijnmond").executeTakeFirstOrThrow();
    await db().updateTable("regions").set({ service_norm_days: 1 }).where("id", "=", region.id).execute();
    await seedReference(db());
    const after = await db().selectFrom("regions").select("service_norm_days").where("id", "=", region.id).executeTakeFirstOrThrow();
    expect(after.service_norm_days).toBe(1);
  });
});

describe("municipality import", () => {
  it("rejects a file with a bad row atomically and reports its line", async () => {
    const before = await db().selectFrom("municipalities").selectAll().orderBy("code").execute();
    const csv = [
      "gemeentecode;gemeentenaam;arbeidsmarktregio",
      "GM0599;Rotterdam (nieuw);Zuid-Limburg",
      "GM9001;Testdorp;Rijnmond",
      "GM12;Fout;Rijnmond",
    ].join("\n");
    const result = await importMunicipalities(db(), csv);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.line).toBe(4);
    }
    expect(await db().selectFrom("municipalities").selectAll().orderBy("code").execute()).toEqual(before);
  });

  it("applies a good file: new rows inserted, identical rows counted as unchanged", async () => {
    const before = await countRows("municipalities");
    const csv = ["gemeentecode;gemeentenaam;arbeidsmarktregio", "GM9001;Testdorp;Rijnmond", "GM0599;Rotterdam;Rijnmond"].join("\n");
    const result = await importMunicipalities(db(), csv);
    expect(result).toEqual({ ok: true, added: 1, changed: 0, unchanged: 1 });
    expect(await countRows("municipalities")).toBe(before + 1);
    const testdorp = await db()
      .selectFrom("municipalities")
      .innerJoin("regions", "regions.id", "municipalities.region_id")
      .select("regions.name")
      .where("code", "=", "GM9001")
      .executeTakeFirstOrThrow();
    expect(testdorp.name).toBe("Rijnmond");
  });
});
