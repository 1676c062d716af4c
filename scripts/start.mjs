// Production server: prepares the database (migrations, reference data, demo
// data into an empty database), then serves the Remix build with Express.
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

process.env.NODE_ENV ??= "production";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const build = await import(new URL("../build/index.js", import.meta.url).href);
const entry = build.entry.module;

const ready = await entry.prepareDatabase();

const app = express();
app.disable("x-powered-by");

// Responses in progress, so that a shutdown can let them finish and then close their connections.
let closing = false;
const inProgress = new Set();
app.use((req, res, next) => {
  inProgress.add(res);
  res.once("close", () => inProgress.delete(res));
  if (closing) res.setHeader("Connection", "close");
  next();
});
app.use(compression());

// Security headers that do not depend on the page (the CSP with its nonce is set per page by the app,
// app/entry.server.tsx). HSTS only where the portal runs behind HTTPS (production with secure cookies).
const hsts = process.env.NODE_ENV === "production" && process.env.SECURE_COOKIES !== "0";
app.use((req, res, next) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  if (hsts) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
});

// No cross-site form posts: a non-GET request must come from our own origin.
app.use((req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  const origin = req.get("origin");
  if (origin && origin !== "null") {
    const expected = `${req.protocol}://${req.get("host")}`;
    const forwardedHost = req.get("x-forwarded-host");
    const forwardedProto = req.get("x-forwarded-proto");
    const viaProxy = forwardedHost ? `${forwardedProto ?? "https"}://${forwardedHost}` : null;
    if (origin !== expected && origin !== viaProxy) {
      res.status(403).type("text/plain; charset=utf-8").send("Verzoek geweigerd: onbekende herkomst.");
      return;
    }
  }
  next();
});

app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
// The client's address for the rate limits (behind a proxy only with TRUST_PROXY=1, from X-Forwarded-For).
if (process.env.TRUST_PROXY === "1") app.set("trust proxy", true);
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV, getLoadContext: (req) => ({ clientIp: req.ip ?? "" }) }));

const server = app.listen(port, host, () => {
  const url = `http://localhost:${port}`;
  const lines = [
    "",
    `Werkgeversportaal draait op ${url}`,
    `Database: ${ready.location}${ready.demoSeeded ? " (demodata geladen)" : ""}`,
  ];
  if (ready.demoSignIns.length) {
    lines.push("", "Demo-inloggegevens (alles fictief):");
    for (const s of ready.demoSignIns) lines.push(`  - ${s.role}: ${s.email} — ${s.how}`);
  }
  console.log(lines.join("\n") + "\n");
  entry.startBackgroundWork();
});

// SIGTERM/SIGINT: stop accepting connections, let the requests in progress
// finish (their connections are not kept alive), then stop the background work
// and close the database (SQLite checkpoints and removes its WAL file).
function close(signal) {
  if (closing) return;
  closing = true;
  const timer = setTimeout(() => process.exit(1), 10_000);
  timer.unref();
  server.close(async () => {
    await entry.shutdown();
    process.exit(0);
  });
  for (const res of inProgress) {
    if (!res.headersSent) res.setHeader("Connection", "close");
    else res.once("finish", () => server.closeIdleConnections());
  }
  server.closeIdleConnections();
  console.log(
    JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "shutting down", signal, inProgress: inProgress.size }),
  );
}
process.on("SIGTERM", () => close("SIGTERM"));
process.on("SIGINT", () => close("SIGINT"));
