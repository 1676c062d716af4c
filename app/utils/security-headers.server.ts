import { isProduction } from "./env.server";

/**
 * The Content-Security-Policy of every HTML page: scripts only from our own
 * origin or inline with this request's nonce; no plug-ins, no framing, forms
 * only to ourselves. Inline style attributes (progress bars) are allowed,
 * <style> elements are not.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    isProduction() ? "connect-src 'self'" : "connect-src 'self' ws://localhost:*",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}
