/**
 * Configuration from the environment, validated once. Every variable is
 * documented in README.md ("Configuratie").
 */
import { z } from "zod";
import { defaultDatabaseUrl } from "~db/connection";
import { DEFAULT_RETENTION, type RetentionSettings } from "~/domain/retention";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().min(1).default(defaultDatabaseUrl),
  /** Public base URL used in e-mailed links, e.g. https://werkgeversportaal.example */
  APP_URL: z.string().url().optional(),
  /** smtp://user:pass@host:port or smtps://…; without it mail stays in the outbox. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Werkgeversportaal <noreply@werkgeversportaal.example>"),
  /** "1" seeds demo data into an empty database and shows the demo banner and mail page. */
  DEMO_MODE: z.enum(["0", "1"]).default("1"),
  /** "0" sends cookies without the Secure flag in production (only for plain-HTTP test set-ups). */
  SECURE_COOKIES: z.enum(["0", "1"]).optional(),
  /** Milliseconds between outbox delivery runs. */
  MAIL_POLL_MS: z.coerce.number().int().min(100).default(2000),
  /** Campaign invitations leave the outbox at most this many per minute. */
  INVITE_MAILS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  /** Multiplies every rate limit (e.g. 10 for a test run that signs in very often from one address). */
  RATE_LIMIT_SCALE: z.coerce.number().positive().max(1000).default(1),
  /** "1" when the portal runs behind a reverse proxy that sets X-Forwarded-For (for the client's IP address). */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** Hour (Europe/Amsterdam, 0–23) from which the daily job runs. */
  DAILY_JOB_FROM_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** 64 hex characters (32 bytes, e.g. `openssl rand -hex 32`): encrypts the staff TOTP secrets at rest. */
  TOTP_ENCRYPTION_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "64 hexadecimale tekens (32 bytes), bijvoorbeeld uit `openssl rand -hex 32`")
    .optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Days after the last save before an unfinished scan is deleted (daily job). */
  RETENTION_UNFINISHED_SCAN_DAYS: z.coerce.number().int().min(1).max(3650).default(DEFAULT_RETENTION.unfinishedScanDays),
  /** Days after closing before a request is anonymised (daily job). */
  RETENTION_CLOSED_REQUEST_DAYS: z.coerce.number().int().min(1).max(3650).default(DEFAULT_RETENTION.closedRequestDays),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Ongeldige configuratie: ${detail}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export const isProduction = () => env().NODE_ENV === "production";
export const isDemo = () => env().DEMO_MODE === "1";
/** The dev/demo outbox page is only there when mail cannot leave the machine. */
export const outboxPageEnabled = () => !env().SMTP_URL && (isDemo() || !isProduction());
export const secureCookies = () =>
  env().SECURE_COOKIES ? env().SECURE_COOKIES === "1" : isProduction();

export const retentionSettings = (): RetentionSettings => ({
  unfinishedScanDays: env().RETENTION_UNFINISHED_SCAN_DAYS,
  closedRequestDays: env().RETENTION_CLOSED_REQUEST_DAYS,
});

export function appUrl(request?: Request): string {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/$/, "");
  if (request) return new URL(request.url).origin;
  return `http://localhost:${env().PORT}`;
}
