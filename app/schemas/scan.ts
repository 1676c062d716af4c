import { z } from "zod";
import { err } from "~/i18n/errors";
import type { Pillar } from "~/content/questionnaire/schema";

/** One schema per pillar page, built from the published definition; used on client and server. */
export function pillarAnswersSchema(pillar: Pillar) {
  let schema = pillarSchemas.get(pillar);
  if (!schema) {
    schema = buildPillarSchema(pillar);
    pillarSchemas.set(pillar, schema);
  }
  return schema;
}

/** Made once per pillar (the questionnaire's pillars are kept; a translated copy gets its own). */
const pillarSchemas = new WeakMap<Pillar, ReturnType<typeof buildPillarSchema>>();

function buildPillarSchema(pillar: Pillar) {
  const shape: Record<string, z.ZodTypeAny> = {};
  for (const q of pillar.questions) {
    const ids = q.options.map((o) => o.id) as [string, ...string[]];
    shape[q.id] = z.enum(ids, { errorMap: () => ({ message: err("scan", "chooseAnswer") }) });
  }
  return z.object(shape);
}

/** For "save and continue later": keep the valid answers that were given. */
export function validPartialAnswers(pillar: Pillar, values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of pillar.questions) {
    const v = values[q.id];
    if (v && q.options.some((o) => o.id === v)) out[q.id] = v;
  }
  return out;
}
