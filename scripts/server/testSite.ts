// A tiny fake export for the server's integration test, beside a private sibling folder
// whose name starts like the site's, and the real server started on it as a child process.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
export const SECRET = "out-private: the answers to the exam";

/** The inline scripts of the fake pages, so the test can hash them itself. */
export const INDEX_SCRIPT = 'self.__next_f=self.__next_f||[];self.__next_f.push([0,"4739"])';
export const NOT_FOUND_SCRIPT = 'self.__next_f.push([1,"not found"])';
export const LARGE_BYTES = 32 * 1024 * 1024;

const meetings = JSON.stringify(Array.from({ length: 60 }, (_, index) => ({ id: `S/PV.${4700 + index}`, date: "2003-04-01", topic: "The situation between Iraq and Kuwait" })));

/** Writes the site under dir/out and its sibling dir/out-private; returns the site folder. */
export function writeTestSite(dir: string): string {
  const site = path.join(dir, "out");
  const files: Record<string, string> = {
    "index.html": `<!DOCTYPE html><html><head><script src="/_next/static/chunks/app-1a2b3c.js" async></script></head><body><p style="color:#0b4f8a">The Security Council in 2003</p><script>${INDEX_SCRIPT}</script>${"<!-- padding so the page is worth compressing -->".repeat(40)}</body></html>`,
    "404.html": `<!DOCTYPE html><html><body><h1>This page could not be found.</h1><script>${NOT_FOUND_SCRIPT}</script></body></html>`,
    "404/index.html": "<!DOCTYPE html><html><body><h1>This page could not be found.</h1></body></html>",
    "bench/graph/index.html": "<!DOCTYPE html><html><body>bench</body></html>",
    "evil.example/index.html": "<!DOCTYPE html><html><body>a folder named like a host</body></html>",
    "_next/static/chunks/app-1a2b3c.js": `console.log("app");${"/* chunk */".repeat(200)}`,
    "_next/static/chunks/app-1a2b3c.js.map": '{"version":3,"sources":["app.ts"]}',
    "_next/static/media/layerWorker.abc123.ts": "/// <reference lib=\"webworker\" />\nexport {};\n",
    "data/meetings/2003.json": meetings,
    "vanishing.txt": "deleted between stat and read",
    "unreadable.txt": "read fails after open",
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
    writeFileSync(path.join(site, name), text);
  }
  writeFileSync(path.join(site, "large.bin"), "");
  truncateSync(path.join(site, "large.bin"), LARGE_BYTES); // sparse: fast to make, slow to download
  mkdirSync(path.join(dir, "out-private"));
  writeFileSync(path.join(dir, "out-private/secret.txt"), SECRET);
  symlinkSync(path.join(dir, "out-private/secret.txt"), path.join(site, "outside.txt"));
  symlinkSync(path.join(dir, "out-private"), path.join(site, "private-folder"));
  symlinkSync("index.html", path.join(site, "inside-link.html"));
  return site;
}

/** Preloaded into the server: makes two files fail the way a rebuild or a bad disk would,
 * at the moment `send` opens them (after it has stat()ed them). */
export function writeFaultHook(dir: string): string {
  const hook = path.join(dir, "faults.mjs");
  writeFileSync(hook, `import fs from "node:fs";
import path from "node:path";
const createReadStream = fs.createReadStream;
fs.createReadStream = function (file, options) {
  const name = String(file);
  if (name.endsWith("vanishing.txt")) fs.rmSync(name, { force: true });
  // A directory opens but cannot be read: an error after open, as from a failing disk.
  if (name.endsWith("unreadable.txt")) return createReadStream.call(this, path.dirname(name), options);
  return createReadStream.call(this, file, options);
};
`);
  return hook;
}

export type RunningServer = { child: ChildProcess; port: number; output: () => string };

export function runNode(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
}

/** Starts scripts/serve.mjs on a free port (port 0) and waits for the line naming it. */
export function startServer(site: string, hook: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const child = runNode(["--import", hook, path.join(root, "scripts/serve.mjs"), "0"], { SITE_DIR: site, ...env });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ child, port: Number(port), output: () => output });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

export type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** One request with the path sent exactly as given (no normalising of "..", no escaping). */
export function send(port: number, rawPath: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: rawPath, method: options.method ?? "GET", headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** Starts a download and hangs up after its first bytes, as a closed tab does. */
export function abortDownload(port: number, rawPath: string): Promise<void> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: rawPath, agent: false }, (res) => {
      res.once("data", () => {
        req.destroy();
        resolve();
      });
    });
    req.on("error", () => resolve());
    req.end();
  });
}
