/**
 * The instrument catalogue as administrators keep it. Budgets per region and
 * year are in dashboard.server.ts (regionBudgets, changeBudget), shared with
 * the coordinators' dashboard.
 */
import { instrumentIdFor } from "~/domain/instrument-id";
import { db } from "~/utils/db.server";
import { nowIso } from "~/utils/ids.server";
import { audit } from "./audit.server";

export type InstrumentInput = {
  name: string;
  description: string;
  conditions: string;
  provider: string;
  kind: string;
  amountCents: number | null;
  requestable: boolean;
};

export async function listInstruments() {
  return db().selectFrom("instruments").selectAll().orderBy("sort_order").orderBy("name").execute();
}

export async function getInstrument(id: string) {
  return db().selectFrom("instruments").selectAll().where("id", "=", id).executeTakeFirst();
}

const columns = (input: InstrumentInput) => ({
  name: input.name,
  description: input.description,
  conditions: input.conditions,
  provider: input.provider,
  kind: input.kind,
  amount_cents: input.amountCents,
  requestable: input.requestable ? 1 : 0,
  updated_at: nowIso(),
});

export type SaveInstrumentResult = { ok: true; id: string } | { ok: false; reason: "not-found" | "name-taken" };

/** Creates an instrument (id undefined) or changes one; names are unique (case-insensitive). */
export async function saveInstrument(
  id: string | undefined,
  input: InstrumentInput,
  actor: { id: string; role: string },
): Promise<SaveInstrumentResult> {
  return db()
    .transaction()
    .execute(async (trx): Promise<SaveInstrumentResult> => {
      const all = await trx.selectFrom("instruments").select(["id", "name", "sort_order"]).execute();
      if (id !== undefined && !all.some((i) => i.id === id)) return { ok: false, reason: "not-found" };
      const lower = input.name.toLowerCase();
      if (all.some((i) => i.id !== id && i.name.toLowerCase() === lower)) return { ok: false, reason: "name-taken" };
      if (id === undefined) {
        // "nieuw" is the address of the create page.
        const newId = instrumentIdFor(input.name, [...all.map((i) => i.id), "nieuw"]);
        const sortOrder = Math.max(0, ...all.map((i) => i.sort_order)) + 1;
        await trx
          .insertInto("instruments")
          .values({ id: newId, ...columns(input), sort_order: sortOrder })
          .execute();
        await audit(trx, { actor, action: "instrument-create", subjectType: "instrument", subjectId: newId });
        return { ok: true, id: newId };
      }
      await trx.updateTable("instruments").set(columns(input)).where("id", "=", id).execute();
      await audit(trx, { actor, action: "instrument-change", subjectType: "instrument", subjectId: id });
      return { ok: true, id };
    });
}
