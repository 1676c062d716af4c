/**
 * Rate-limit rules and fixed windows. Pure: the model counts hits per window
 * in the database so limits hold across app instances.
 */
export interface RateRule {
  name: string;
  limit: number;
  windowSeconds: number;
}

export const rateRules = {
  /** Password attempts for one staff e-mail address. */
  signInPerEmail: { name: "inloggen-e-mail", limit: 10, windowSeconds: 15 * 60 },
  signInPerIp: { name: "inloggen-ip", limit: 60, windowSeconds: 15 * 60 },
  /** Second-factor codes (app or recovery code) for one staff member, and from one address. */
  secondFactorPerUser: { name: "tweede-stap-gebruiker", limit: 10, windowSeconds: 15 * 60 },
  secondFactorPerIp: { name: "tweede-stap-ip", limit: 60, windowSeconds: 15 * 60 },
  /** Sign-in and resume links mailed to one address. */
  magicLinkPerEmail: { name: "link-e-mail", limit: 5, windowSeconds: 60 * 60 },
  magicLinkPerIp: { name: "link-ip", limit: 40, windowSeconds: 60 * 60 },
  /** Every other POST a visitor can make without signing in. */
  publicPostPerIp: { name: "post-ip", limit: 120, windowSeconds: 10 * 60 },
} as const satisfies Record<string, RateRule>;

/** The start of the window `now` falls in (ISO, UTC). */
export function windowStart(now: Date, windowSeconds: number): string {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms).toISOString();
}

/** Whole minutes until the window ends (at least 1). */
export function minutesUntilNextWindow(now: Date, windowSeconds: number): number {
  const ms = windowSeconds * 1000;
  const end = (Math.floor(now.getTime() / ms) + 1) * ms;
  return Math.max(1, Math.ceil((end - now.getTime()) / 60_000));
}

/** The limit after scaling (RATE_LIMIT_SCALE), never below 1. */
export const scaledLimit = (rule: RateRule, scale: number) => Math.max(1, Math.floor(rule.limit * scale));
