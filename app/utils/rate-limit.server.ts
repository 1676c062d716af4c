import type { AppLoadContext } from "@remix-run/node";
import { json } from "@remix-run/node";
import { rateRules } from "~/domain/rate-limit";
import { err } from "~/i18n/errors";
import { hitRateLimits, type RateCheck } from "~/models/rate-limit.server";

/** The client's address as the HTTP layer saw it (scripts/http.mjs passes it in the load context). */
export function clientIp(context: AppLoadContext | undefined): string {
  const ip = (context as { clientIp?: unknown } | undefined)?.clientIp;
  return typeof ip === "string" && ip ? ip : "onbekend";
}

/** The field error of a refused attempt: a key, shown in the user's language where the form shows it. */
export const tooManyMessage = (minutes: number) =>
  minutes === 1 ? err("auth", "tooManyOneMinute") : err("auth", "tooMany", { minutes });

/**
 * Applies the rate limits of a public POST: always the per-IP limit for
 * public posts, plus any extra checks. Returns a 429 response to send, or null.
 */
export async function limitPublicPost(
  context: AppLoadContext | undefined,
  extra: readonly RateCheck[] = [],
  field = "form",
  body: Record<string, unknown> = {},
): Promise<Response | null> {
  const result = await hitRateLimits([{ rule: rateRules.publicPostPerIp, subject: clientIp(context) }, ...extra]);
  if (result.allowed) return null;
  return json(
    { ...body, errors: { [field]: tooManyMessage(result.minutes) } },
    { status: 429, headers: { "Retry-After": String(result.minutes * 60) } },
  );
}
