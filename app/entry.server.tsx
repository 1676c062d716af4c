import type { ActionFunctionArgs, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { newToken } from "~/utils/ids.server";
import { log } from "~/utils/log.server";
import { NonceContext } from "~/utils/nonce";
import { contentSecurityPolicy } from "~/utils/security-headers.server";

// The start script (scripts/start.mjs) calls these through the server build.
export { prepareDatabase, startBackgroundWork, startCheckpoints, shutdown } from "~/utils/startup.server";

export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return;
  const url = new URL(request.url);
  log.error("unhandled error", {
    method: request.method,
    path: url.pathname,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
}

/**
 * Renders the whole page to one string. No page suspends (no `defer`, no Suspense), so a
 * stream would send the same bytes at the same moment, and cost a fifth more CPU per page
 * through the stream adapters (docs/decisions/0017-worker-processes.md). A page that starts
 * to stream data needs renderToPipeableStream here again.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const nonce = newToken();
  responseHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  const html = renderToString(
    <NonceContext.Provider value={nonce}>
      <RemixServer context={remixContext} url={request.url} nonce={nonce} />
    </NonceContext.Provider>,
  );
  return new Response(`<!DOCTYPE html>${html}`, { headers: responseHeaders, status: responseStatusCode });
}
