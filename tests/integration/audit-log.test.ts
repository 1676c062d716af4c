import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStaff } from "~db/seed/demo";
import { amsterdamDate } from "~/domain/working-days";
import { loader as auditLoader } from "~/routes/beheer.audit";
import { loader as reportLoader } from "~/routes/rapport.$scanId";
import { db } from "~/utils/db.server";
import { staffCookie } from "../support/auth";
import { setupDatabase, teardownDatabase } from "../support/db";
import { args, getRequest, settle } from "../support/requests";

beforeAll(async () => {
  await setupDatabase({ demo: true });
});
afterAll(teardownDatabase);

const email = (role: string, region?: string) => demoStaff.find((s) => s.role === role && (!region || s.regionName === region))!.email;

describe("the audit log", () => {
  it("shows administrators who viewed a report, filterable by person, action and date", async () => {
    const am = email("accountmanager", "Rijnmond");
    const scan = await db()
      .selectFrom("scans")
      .select("id")
      .where("shared_with_wsp", "=", 1)
      .where("status", "=", "completed")
      .where("region_id", "=", (await db().selectFrom("users").select("region_id").where("email", "=", am).executeTakeFirstOrThrow()).region_id!)
      .executeTakeFirstOrThrow();
    const amCookie = await staffCookie(am);
    expect((await settle(() => reportLoader(args(getRequest(`/rapport/${scan.id}`, { Cookie: amCookie }), { scanId: scan.id })))).status).toBe(200);

    const admin = await staffCookie(email("admin"));
    // The filter takes days in Amsterdam time, as the administrator reads them.
    const today = amsterdamDate(new Date());
    const res = await settle(() => auditLoader(args(getRequest(`/beheer/audit?actor=${encodeURIComponent(am)}&action=view-report&from=${today}&to=${today}`, { Cookie: admin }))));
    const data = (await res.json()) as { total: number; rows: { actor_email: string; action: string; subject_id: string }[] };
    expect(data.total).toBe(1);
    expect(data.rows[0]).toMatchObject({ actor_email: am, action: "view-report", subject_id: scan.id });

    const yesterday = amsterdamDate(new Date(Date.now() - 2 * 24 * 3600_000));
    const none = await settle(() => auditLoader(args(getRequest(`/beheer/audit?actor=${encodeURIComponent(am)}&to=${yesterday}`, { Cookie: admin }))));
    expect(((await none.json()) as { total: number }).total).toBe(0);
  });

  it("ignores malformed filters instead of failing", async () => {
    const admin = await staffCookie(email("admin"));
    const res = await settle(() => auditLoader(args(getRequest("/beheer/audit?from=gisteren&page=-3&actor=" + "x".repeat(500), { Cookie: admin }))));
    expect(res.status).toBe(200);
  });
});
