// The real server (scripts/serve.mjs, as a child process so a crash shows) on a fake export,
// after the real postbuild step, answering the requests of issue 8 that used to crash it,
// leak from it or serve what must not ship. After all of them it must still answer /.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { abortDownload, INDEX_SCRIPT, NOT_FOUND_SCRIPT, runNode, SECRET, send, startServer, writeFaultHook, writeTestSite, type RunningServer } from "./testSite";

const root = path.resolve(import.meta.dirname, "../..");
let dir: string;
let site: string;
let server: RunningServer;
const hashOf = (script: string) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
const get = (rawPath: string, headers: Record<string, string> = {}) => send(server.port, rawPath, { headers });
const openDescriptors = () => readdirSync(`/proc/${server.child.pid}/fd`).length;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "site-server-"));
  site = writeTestSite(dir);
  execFileSync(process.execPath, [path.join(root, "scripts/postbuild.mjs")], { env: { ...process.env, SITE_DIR: site }, stdio: "pipe" });
  server = await startServer(site, writeFaultHook(dir));
}, 60_000);

afterAll(() => {
  server?.child.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe("the postbuild step", () => {
  it("removes source maps and .ts worker sources from the export", () => {
    expect(existsSync(path.join(site, "_next/static/chunks/app-1a2b3c.js.map"))).toBe(false);
    expect(existsSync(path.join(site, "_next/static/media/layerWorker.abc123.ts"))).toBe(false);
  });

  it("writes brotli and gzip copies of text files and the CSP hashes of each page", () => {
    expect(brotliDecompressSync(readFileSync(path.join(site, "index.html.br")))).toEqual(readFileSync(path.join(site, "index.html")));
    expect(gunzipSync(readFileSync(path.join(site, "data/meetings/2003.json.gz")))).toEqual(readFileSync(path.join(site, "data/meetings/2003.json")));
    const manifest = JSON.parse(readFileSync(path.join(site, ".csp-hashes.json"), "utf8"));
    expect(manifest["index.html"]["script-src"]).toEqual([hashOf(INDEX_SCRIPT)]);
  });
});

describe("the static server", { timeout: 120_000 }, () => {
  it("serves the page with its CSP hashes, security headers and validators", async () => {
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain("The Security Council in 2003");
    const policy = String(page.headers["content-security-policy"]);
    expect(policy).toContain(`script-src 'self' ${hashOf(INDEX_SCRIPT)};`);
    expect(policy).toContain(`style-src 'self' 'unsafe-hashes' ${hashOf("color:#0b4f8a")};`);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).toContain("frame-ancestors 'self' https:");
    expect(page.headers).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "no-referrer", "cache-control": "no-cache", vary: "Accept-Encoding" });
    expect(page.headers["permissions-policy"]).toContain("camera=()");
    expect(page.headers.etag).toBeTruthy();
    expect(page.headers["last-modified"]).toBeTruthy();
  });

  it("answers conditional requests with 304", async () => {
    const page = await get("/");
    expect((await get("/", { "If-None-Match": String(page.headers.etag) })).status).toBe(304);
    expect((await get("/", { "If-Modified-Since": String(page.headers["last-modified"]) })).status).toBe(304);
    expect((await get("/", { "If-None-Match": '"something-else"' })).status).toBe(200);
  });

  it("sends the brotli or gzip copy by Accept-Encoding, each with its own ETag", async () => {
    const identity = await get("/data/meetings/2003.json");
    const brotli = await get("/data/meetings/2003.json", { "Accept-Encoding": "gzip, deflate, br" });
    const gzip = await get("/data/meetings/2003.json", { "Accept-Encoding": "gzip" });
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(brotli.headers).toMatchObject({ "content-encoding": "br", "content-type": "application/json; charset=utf-8", vary: "Accept-Encoding" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(brotliDecompressSync(brotli.body)).toEqual(identity.body);
    expect(gunzipSync(gzip.body)).toEqual(identity.body);
    expect(brotli.body.length).toBeLessThan(identity.body.length / 3);
    expect(new Set([identity.headers.etag, brotli.headers.etag, gzip.headers.etag]).size).toBe(3);
    expect((await get("/data/meetings/2003.json", { "Accept-Encoding": "br", "If-None-Match": String(brotli.headers.etag) })).status).toBe(304);
  });

  it("caches hashed assets for a year and revalidates data", async () => {
    expect((await get("/_next/static/chunks/app-1a2b3c.js")).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await get("/data/meetings/2003.json")).headers["cache-control"]).toBe("no-cache");
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const head = await send(server.port, "/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(String((await get("/")).body.length));
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])("answers %s with 405 and Allow", async (method) => {
    const answer = await send(server.port, "/", { method });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe("GET, HEAD");
    expect(answer.body.toString()).not.toContain("Security Council");
  });

  it("answers a missing page with the site's 404 page and status 404, with that page's CSP", async () => {
    const missing = await get("/no/such/page/");
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain("This page could not be found.");
    expect(String(missing.headers["content-security-policy"])).toContain(hashOf(NOT_FOUND_SCRIPT));
    for (const name of ["/404", "/404/", "/404.html", "/_not-found/"]) expect((await get(name)).status).toBe(404);
  });

  it("redirects a folder to its trailing slash, keeping the query, and never to another host", async () => {
    expect(await get("/bench/graph?n=100")).toMatchObject({ status: 301, headers: { location: "/bench/graph/?n=100" } });
    expect(await get("//evil.example")).toMatchObject({ status: 301, headers: { location: "/evil.example/" } });
  });

  it.each(["/%", "/%zz", "/%ff", "/%c0%ae", "/%E0%80%AF"])("answers the malformed escape %s with 400", async (rawPath) => {
    expect((await get(rawPath)).status).toBe(400);
  });

  it.each(["/../out-private/secret.txt", "/%2e%2e/out-private/secret.txt", "/..%2fout-private/secret.txt", "/x/../../out-private/secret.txt"])("never serves the sibling folder through %s", async (rawPath) => {
    const answer = await get(rawPath);
    expect(answer.status).toBe(400);
    expect(answer.body.toString()).not.toContain(SECRET);
  });

  it("does not follow symlinks out of the site, and does follow one inside it", async () => {
    for (const link of ["/outside.txt", "/private-folder/secret.txt"]) {
      const answer = await get(link);
      expect(answer.status).toBe(404);
      expect(answer.body.toString()).not.toContain(SECRET);
    }
    expect((await get("/inside-link.html")).status).toBe(200);
  });

  it("serves no source map, .ts source, precompressed copy or manifest by name", async () => {
    execFileSync("cp", [path.join(site, "index.html"), path.join(site, "_next/static/chunks/app-1a2b3c.js.map")]);
    execFileSync("cp", [path.join(site, "index.html"), path.join(site, "_next/static/media/layerWorker.abc123.ts")]);
    for (const name of ["/_next/static/chunks/app-1a2b3c.js.map", "/_next/static/media/layerWorker.abc123.ts", "/index.html.br", "/index.html.gz", "/.csp-hashes.json"]) {
      expect((await get(name)).status, name).toBe(404);
    }
  });

  it("answers a file deleted between stat and read with 404, and a read error with 500", async () => {
    expect((await get("/vanishing.txt")).status).toBe(404);
    expect((await get("/unreadable.txt")).status).toBe(500);
    expect(server.child.exitCode).toBeNull();
  });

  it("releases the file descriptors of 300 aborted downloads", async () => {
    await abortDownload(server.port, "/large.bin");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = openDescriptors();
    for (let round = 0; round < 30; round++) await Promise.all(Array.from({ length: 10 }, () => abortDownload(server.port, "/large.bin")));
    await expect.poll(openDescriptors, { timeout: 10_000 }).toBeLessThanOrEqual(before + 2);
    expect((await get("/")).status).toBe(200);
  });

  it("still answers / after all of the above", async () => {
    expect((await get("/")).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    expect(server.child.signalCode).toBeNull();
  });
});

describe("the server with COMPRESSION=off", { timeout: 60_000 }, () => {
  it("sends the file itself to a client that accepts brotli and gzip, though the copies exist", async () => {
    const plain = await startServer(site, writeFaultHook(dir), { COMPRESSION: "off" });
    try {
      const asked = await send(plain.port, "/data/meetings/2003.json", { headers: { "Accept-Encoding": "gzip, deflate, br" } });
      expect(existsSync(path.join(site, "data/meetings/2003.json.br"))).toBe(true);
      expect(asked.status).toBe(200);
      expect(asked.headers["content-encoding"]).toBeUndefined();
      expect(asked.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(asked.body).toEqual(readFileSync(path.join(site, "data/meetings/2003.json")));
      expect((await send(plain.port, "/", { headers: { "Accept-Encoding": "br" } })).headers["content-encoding"]).toBeUndefined();
    } finally {
      plain.child.kill();
    }
  });
});

describe("the server's configuration", () => {
  it("refuses a COMPRESSION value other than on or off, and names it", async () => {
    const child = runNode([path.join(root, "scripts/serve.mjs"), "0"], { SITE_DIR: site, COMPRESSION: "maybe" });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toContain(`COMPRESSION="maybe" is neither on nor off`);
  }, 30_000);


  it("refuses a FRAME_ANCESTORS value that is not a source list, and names it", async () => {
    const child = runNode([path.join(root, "scripts/serve.mjs"), "0"], { SITE_DIR: site, FRAME_ANCESTORS: "'self'; script-src *" });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toContain(`FRAME_ANCESTORS: "'self';" is not a CSP source`);
  }, 30_000);
});
