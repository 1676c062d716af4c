import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questionnaireDefinitions } from "~/content/questionnaire";
import { currentVersion, publishInitialVersions } from "~/models/questionnaire.server";
import { action as versionsAction, loader as versionsLoader } from "~/routes/beheer.vragenlijsten";
import { db } from "~/utils/db.server";
import { createUserSession } from "~/utils/session.server";
import { setupDatabase, teardownDatabase } from "../support/db";
import { args, cookieFrom, formRequest, getRequest, settle } from "../support/requests";

// A database made by the migrations only: no version is published yet.
beforeAll(async () => {
  await setupDatabase();
});
afterAll(teardownDatabase);

async function adminCookie() {
  const at = new Date().toISOString();
  const id = crypto.randomUUID();
  await db()
    .insertInto("users")
    .values({
      id, email: "beheer@test.example", name: "Beheerder", phone: null, role: "admin", region_id: null, organisation_id: null,
      employer_id: null, backup_user_id: null, password_hash: null, active: 1, is_demo: 0, created_at: at, updated_at: at,
      last_login_at: null, absent_until: null,
    })
    .execute();
  // Administrators must have their second factor set up before any /beheer page opens (totp.test.ts covers that).
  await db().updateTable("users").set({ totp_enabled_at: at }).where("id", "=", id).execute();
  return cookieFrom(await createUserSession(getRequest("/"), { id, role: "admin" }, "/beheer"));
}

describe("publishing questionnaire versions", () => {
  it("shows an unpublished definition as ready, publishes it once, and start-up then leaves the versions alone", async () => {
    const cookie = await adminCookie();
    const list = async () =>
      ((await (await settle(() => versionsLoader(args(getRequest("/beheer/vragenlijsten", { Cookie: cookie }))))).json()) as {
        versions: { version: number; status: string }[];
      }).versions;
    expect((await list()).every((v) => v.status === "niet-gepubliceerd")).toBe(true);
    const publish = () =>
      settle(() => versionsAction(args(formRequest("/beheer/vragenlijsten", { intent: "publiceren", version: "1" }, { Cookie: cookie }))));
    expect((await publish()).status).toBe(302);
    expect((await list()).find((v) => v.version === 1)?.status).toBe("gepubliceerd");
    expect(await currentVersion()).toBe(1);
    expect((await publish()).status).toBe(400);
    const unknown = await settle(() =>
      versionsAction(args(formRequest("/beheer/vragenlijsten", { intent: "publiceren", version: "999" }, { Cookie: cookie }))),
    );
    expect(unknown.status).toBe(400);
    expect(await publishInitialVersions(db())).toEqual([]);
  });

  it("a fresh install gets every content definition at start-up, so the scan works", async () => {
    await db().deleteFrom("questionnaire_versions").execute();
    expect(await publishInitialVersions(db())).toEqual(questionnaireDefinitions.map((d) => d.version));
    expect(await currentVersion()).toBe(questionnaireDefinitions.at(-1)!.version);
  });
});
