import { describe, expect, it } from "vitest";
import { instrumentIdFor } from "~/domain/instrument-id";
import { canRetire, versionForNewScans, versionOverview, type StoredVersion } from "~/domain/questionnaire-versions";
import { inviteSchema, regionSchema, setPasswordSchema, userEditSchema } from "~/schemas/admin";

const v = (version: number, retiredAt: string | null = null): StoredVersion => ({
  version,
  title: `Versie ${version}`,
  publishedAt: "2026-01-01T00:00:00.000Z",
  retiredAt,
});

describe("questionnaire versions", () => {
  it("new scans use the newest version that is not retired", () => {
    expect(versionForNewScans([v(1), v(2)])).toBe(2);
    expect(versionForNewScans([v(1), v(2, "2026-02-01T00:00:00.000Z")])).toBe(1);
    expect(versionForNewScans([v(1, "2026-02-01T00:00:00.000Z")])).toBeNull();
  });

  it("refuses to retire the last active version, an unknown one or a retired one", () => {
    expect(canRetire([v(1)], 1)).toEqual({ ok: false, reason: "only-active" });
    expect(canRetire([v(1), v(2, "x")], 1)).toEqual({ ok: false, reason: "only-active" });
    expect(canRetire([v(1), v(2)], 1)).toEqual({ ok: true });
    expect(canRetire([v(1), v(2)], 2)).toEqual({ ok: true });
    expect(canRetire([v(1), v(2, "x")], 2)).toEqual({ ok: false, reason: "already-retired" });
    expect(canRetire([v(1)], 3)).toEqual({ ok: false, reason: "not-found" });
  });

  it("lists stored and not yet published versions, newest first, with scan counts", () => {
    const rows = versionOverview([v(1, "2026-02-01T00:00:00.000Z"), v(2)], [{ version: 1, title: "Versie 1" }, { version: 2, title: "Versie 2" }, { version: 3, title: "Versie 3" }], new Map([[1, 40], [2, 5]]));
    expect(rows.map((r) => [r.version, r.status, r.current, r.scans])).toEqual([
      [3, "niet-gepubliceerd", false, 0],
      [2, "gepubliceerd", true, 5],
      [1, "uit-gebruik", false, 40],
    ]);
  });
});

describe("instrumentIdFor", () => {
  it("makes a readable slug and never reuses an id", () => {
    expect(instrumentIdFor("Werkplek-aanpassing (UWV)", [])).toBe("werkplek-aanpassing-uwv");
    expect(instrumentIdFor("Scholing één", ["scholing-een"])).toBe("scholing-een-2");
    expect(instrumentIdFor("Nieuw", ["nieuw", "nieuw-2"])).toBe("nieuw-3");
    expect(instrumentIdFor("€€€", [])).toBe("regeling");
  });
});

describe("admin form schemas", () => {
  it("a WSP's service norm is 1 to 10 whole working days", () => {
    const base = { wspName: "WSP", wspEmail: "a@b.nl", wspPhone: "010 123 45 67" };
    expect(regionSchema.safeParse({ ...base, serviceNormDays: "0" }).success).toBe(false);
    expect(regionSchema.safeParse({ ...base, serviceNormDays: "2,5" }).success).toBe(false);
    expect(regionSchema.safeParse({ ...base, serviceNormDays: "10" }).success).toBe(true);
  });

  it("a role needs its region or organisation; an administrator needs neither", () => {
    const base = { name: "A", email: "a@b.nl" };
    const issues = (value: Record<string, string>) => {
      const r = inviteSchema.safeParse({ ...base, ...value });
      return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
    };
    expect(issues({ role: "coordinator" })).toEqual(["regionId"]);
    expect(issues({ role: "organisation", regionId: "AM01" })).toEqual(["organisationId"]);
    expect(issues({ role: "admin" })).toEqual([]);
    expect(userEditSchema.safeParse({ intent: "opslaan", role: "accountmanager", regionId: "AM01", backupUserId: "geen-id" }).success).toBe(false);
  });

  it("a password has at least 12 characters and is typed twice the same", () => {
    const token = "a".repeat(43);
    expect(setPasswordSchema.safeParse({ token, password: "elf tekens!", passwordRepeat: "elf tekens!" }).success).toBe(false);
    expect(setPasswordSchema.safeParse({ token, password: "twaalf tekens", passwordRepeat: "twaalf tekenz" }).success).toBe(false);
    expect(setPasswordSchema.safeParse({ token, password: "twaalf tekens", passwordRepeat: "twaalf tekens" }).success).toBe(true);
  });
});
