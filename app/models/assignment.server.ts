import { db } from "~/utils/db.server";
import { nowIso } from "~/utils/ids.server";
import { audit } from "./audit.server";

/** Assigns a lead (of a scan still shared) or request of the region to an active colleague of the same region. */
export async function assignWorkItem(input: {
  regionId: string;
  actor: { id: string; role: string };
  kind: "lead" | "request";
  id: string;
  userId: string;
}): Promise<boolean> {
  const colleague = await db()
    .selectFrom("users")
    .select("id")
    .where("id", "=", input.userId)
    .where("region_id", "=", input.regionId)
    .where("role", "in", ["accountmanager", "coordinator"])
    .where("active", "=", 1)
    .executeTakeFirst();
  if (!colleague) return false;
  const at = nowIso();
  const result =
    input.kind === "lead"
      ? await db()
          .updateTable("leads")
          .set({ assigned_to: colleague.id, updated_at: at })
          .where("scan_id", "=", input.id)
          .where("region_id", "=", input.regionId)
          .where("shared", "=", 1)
          .executeTakeFirst()
      : await db()
          .updateTable("requests")
          .set({ assigned_to: colleague.id, updated_at: at })
          .where("id", "=", input.id)
          .where("region_id", "=", input.regionId)
          .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await audit(db(), {
    actor: input.actor,
    action: "assign",
    subjectType: input.kind,
    subjectId: input.id,
    regionId: input.regionId,
    details: { to: colleague.id },
  });
  return true;
}
