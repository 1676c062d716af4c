// The portal's HTTP layer on node:http: static files, security headers, the same-origin check for
// posts, compression, and the Remix request handler. Express with @remix-run/express did the same
// and took about a fifth of a worker's time per scan save (docs/decisions/0018-http-layer-and-write-lock.md).
import { once } from "node:events";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { createReadableStreamFromReadable, createRequestHandler } from "@remix-run/node";
import compression from "compression";
import serveStatic from "serve-static";

/** A body up to this size is read before the Remix handler gets the request; a larger one (an upload) is streamed. */
const BUFFERED_BODY_BYTES = 64 * 1024;

/**
 * Returns the request listener for `http.createServer`.
 * `trustProxy`: the client's address, scheme and host come from X-Forwarded-* (behind a reverse proxy).
 * `hsts`: send Strict-Transport-Security (the portal runs behind HTTPS).
 */
export function createPortalListener({ build, mode, publicDir, trustProxy, hsts }) {
  const handleRequest = createRequestHandler(build, mode);
  const compress = compression();
  const buildFiles = serveStatic(join(publicDir, "build"), { immutable: true, maxAge: "1y", index: false, redirect: false });
  const publicFiles = serveStatic(publicDir, { maxAge: "1h", index: false, redirect: false });
  // The top-level names in public/ (favicon.svg, build): only those paths are looked up on disk.
  const publicNames = new Set(readdirSync(publicDir));

  return function listener(req, res) {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if (hsts) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");

    const proto = (trustProxy && firstValue(req.headers["x-forwarded-proto"])) || "http";
    const host = (trustProxy && firstValue(req.headers["x-forwarded-host"])) || req.headers.host || "localhost";

    // No cross-site form posts: a non-GET request must come from our own origin.
    const method = req.method ?? "GET";
    const reads = method === "GET" || method === "HEAD";
    if (!reads && method !== "OPTIONS" && !sameOrigin(req, proto)) {
      return sendText(res, 403, "Verzoek geweigerd: onbekende herkomst.");
    }

    // Compressed only for a client that accepts it; otherwise compression() would only add this header.
    if (req.headers["accept-encoding"]) compress(req, res, () => {});
    else res.setHeader("Vary", "Accept-Encoding");

    const remix = () =>
      toRemix(req, res, { proto, host, method, clientIp: clientIp(req, trustProxy) }).catch((error) => {
        if (res.destroyed) return; // the client went away (for instance while sending its body)
        console.error(JSON.stringify({ time: new Date().toISOString(), level: "error", msg: "request failed", error: String(error?.stack ?? error) }));
        if (!res.headersSent) sendText(res, 500, "Er ging iets mis.");
        else res.destroy();
      });
    const firstSegment = (req.url ?? "/").split(/[/?]/, 2)[1];
    if (reads && firstSegment === "build") {
      req.url = req.url.slice("/build".length);
      return buildFiles(req, res, () => {
        req.url = "/build" + req.url;
        void remix();
      });
    }
    if (reads && firstSegment && publicNames.has(firstSegment)) return publicFiles(req, res, () => void remix());
    void remix();
  };

  async function toRemix(req, res, { proto, host, method, clientIp }) {
    const headers = new Headers();
    const raw = req.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
    const init = { method, headers };
    if (method !== "GET" && method !== "HEAD") {
      const length = Number(req.headers["content-length"]);
      if (length <= BUFFERED_BODY_BYTES) {
        init.body = await readBody(req);
      } else {
        init.body = createReadableStreamFromReadable(req);
        init.duplex = "half";
      }
    }
    let request;
    try {
      request = new Request(`${proto}://${host}${req.url}`, init);
    } catch {
      return sendText(res, 400, "Ongeldig verzoek.");
    }
    const response = await handleRequest(request, { clientIp });

    res.statusCode = response.status;
    if (response.statusText) res.statusMessage = response.statusText;
    const cookies = response.headers.getSetCookie();
    for (const [key, value] of response.headers) if (key !== "set-cookie") res.setHeader(key, value);
    if (cookies.length) res.setHeader("Set-Cookie", cookies);
    if (!response.body) return void res.end();
    for await (const chunk of response.body) {
      // The client went away: leaving the loop cancels the body.
      if (res.destroyed) return;
      if (!res.write(chunk) && !res.destroyed) await Promise.race([once(res, "drain"), once(res, "close")]);
    }
    if (!res.destroyed) res.end();
  }
}

function firstValue(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(",")[0]?.trim() || undefined;
}

/** The client's address for the rate limits: behind a proxy (trustProxy) the first X-Forwarded-For entry. */
function clientIp(req, trustProxy) {
  return (trustProxy && firstValue(req.headers["x-forwarded-for"])) || req.socket.remoteAddress || "";
}

function sameOrigin(req, proto) {
  const origin = req.headers.origin;
  if (!origin || origin === "null") return true;
  if (origin === `${proto}://${req.headers.host}`) return true;
  const forwardedHost = firstValue(req.headers["x-forwarded-host"]);
  return Boolean(forwardedHost) && origin === `${firstValue(req.headers["x-forwarded-proto"]) ?? "https"}://${forwardedHost}`;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

function sendText(res, status, text) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}
