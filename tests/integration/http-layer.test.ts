// The portal's HTTP layer (scripts/http.mjs, docs/decisions/0018-http-layer-and-write-lock.md),
// through the real production server (node scripts/start.mjs on the remix build, one process):
// headers, compression, static files, the same-origin check for posts, bodies read at once and
// streamed. Pages and sign-in through it are covered by the e2e suite. Needs `npx remix build`.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgresUrl } from "~db/connection";
import { createDatabase, dropDatabase } from "../support/postgres";
import { freePort } from "../support/net";

const databaseUrl = process.env.DATABASE_URL!;
let server: ChildProcess;
let base = "";
const output: string[] = [];

/** A raw request (fetch would decompress and could not send a malformed path). */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

beforeAll(async () => {
  if (!existsSync("build/index.js")) throw new Error("No production build: run `npx remix build` first.");
  if (isPostgresUrl(databaseUrl)) await createDatabase(databaseUrl);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), WEB_CONCURRENCY: "1", DEMO_MODE: "0", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (c: Buffer) => output.push(c.toString()));
  server.stderr?.on("data", (c: Buffer) => output.push(c.toString()));
  const deadline = Date.now() + 60_000;
  while (!(await fetch(`${base}/ping`).then((r) => r.ok, () => false))) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output.join("")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 90_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  if (isPostgresUrl(databaseUrl)) await dropDatabase(databaseUrl);
});

describe("the HTTP layer of the production server", () => {
  it("sends the security headers on every response, and no compression to a client that did not ask for it", async () => {
    for (const path of ["/ping", "/", "/favicon.svg", "/bestaat-niet"]) {
      const res = await raw("GET", path);
      expect(res.headers["x-content-type-options"], path).toBe("nosniff");
      expect(res.headers["x-frame-options"], path).toBe("DENY");
      expect(res.headers["referrer-policy"], path).toBe("same-origin");
      expect(res.headers["permissions-policy"], path).toContain("camera=()");
      expect(res.headers["content-encoding"], path).toBeUndefined();
    }
    expect((await raw("GET", "/bestaat-niet")).status).toBe(404);
  });

  it("compresses a page for a client that accepts gzip", async () => {
    const res = await raw("GET", "/", { "accept-encoding": "gzip" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    const { gunzipSync } = await import("node:zlib");
    expect(gunzipSync(res.body).toString()).toMatch(/^<!DOCTYPE html>/i);
  });

  it("serves files from public/: the build's files for a year, others for an hour; HEAD without a body", async () => {
    const asset = readdirSync("public/build").find((f) => f.startsWith("entry.client") && f.endsWith(".js"));
    expect(asset).toBeDefined();
    const built = await raw("GET", `/build/${asset}`);
    expect(built.status).toBe(200);
    expect(built.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const favicon = await raw("GET", "/favicon.svg");
    expect(favicon.status).toBe(200);
    expect(favicon.headers["cache-control"]).toBe("public, max-age=3600");
    expect((await raw("GET", "/build/bestaat-niet.js")).status).toBe(404);
    // A folder is not listed, and not redirected to an address outside /build/.
    const folder = await raw("GET", "/build/_shared");
    expect(folder.status).toBe(404);
    expect(folder.headers.location).toBeUndefined();
    const head = await raw("HEAD", "/");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it("refuses a post from another site with 403, and lets our own origin (also behind a proxy) through to the page", async () => {
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const foreign = await raw("POST", "/inloggen", { ...form, origin: "https://kwaadwillend.example" }, "email=a%40b.nl");
    expect(foreign.status).toBe(403);
    expect(foreign.body.toString()).toContain("onbekende herkomst");
    const own = await raw("POST", "/inloggen", { ...form, origin: base }, "email=a%40b.nl");
    expect(own.status).toBe(400);
    const proxied = await raw("POST", "/inloggen", { ...form, origin: "https://portaal.example", "x-forwarded-host": "portaal.example" }, "email=a%40b.nl");
    expect(proxied.status).toBe(400);
  });

  it("handles a small body read at once and a large one streamed alike: a clear 400, never a 500", async () => {
    const form = { "content-type": "application/x-www-form-urlencoded", origin: base };
    const small = await raw("POST", "/inloggen", form, "email=geen-adres");
    const large = await raw("POST", "/inloggen", form, `email=geen-adres&opvulling=${"x".repeat(200_000)}`);
    expect(small.status).toBe(400);
    expect(large.status).toBe(400);
    expect(large.body.toString()).toContain("<html");
  });

  it("shrugs off a client that goes away while sending its body or while reading the page", async () => {
    const { connect } = await import("node:net");
    const port = Number(new URL(base).port);
    const gone = (lines: string) =>
      new Promise<void>((resolve) => {
        const socket = connect(port, "127.0.0.1", () => {
          socket.write(lines);
          socket.once("data", () => socket.destroy());
          setTimeout(() => socket.destroy(), 100);
        });
        socket.on("close", () => resolve());
        socket.on("error", () => resolve());
      });
    // Half a body, then gone; and a page request whose answer is not read.
    await gone(`POST /inloggen HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${base}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=half`);
    await gone(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    await new Promise((r) => setTimeout(r, 200));
    expect((await raw("GET", "/ping")).status).toBe(200);
    expect(output.join("")).not.toMatch(/request failed/);
  });

  it("answers a malformed address without a server error", async () => {
    for (const path of ["/%E0%A4%A", "/rapport/%E0%A4%A"]) {
      const res = await raw("GET", path);
      expect(res.status, path).toBeLessThan(500);
    }
    expect(output.join("")).not.toMatch(/request failed/);
  });
});
