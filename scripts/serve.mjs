// Serves the static export in out/ on one port: what `npm start` runs after the build,
// and what the e2e tests and benchmarks load. A CDN or any static host does the same job.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

// SITE_DIR lets a benchmark serve a copy of a build while out/ is rebuilt.
const root = path.resolve(process.env.SITE_DIR ?? path.join(import.meta.dirname, "../out"));
const port = Number(process.env.PORT ?? process.argv[2] ?? 3000);
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml",
  ".png": "image/png", ".ico": "image/x-icon", ".woff2": "font/woff2", ".map": "application/json",
};

if (!existsSync(root)) {
  console.error(`serve: ${root} does not exist; run npm run build first`);
  process.exit(2);
}

function resolveFile(urlPath) {
  const decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  const candidate = path.normalize(path.join(root, decoded));
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, path.join(candidate, "index.html"), `${candidate}.html`]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

createServer((request, response) => {
  const file = resolveFile(request.url ?? "/");
  if (!file) {
    const notFound = path.join(root, "404.html");
    response.writeHead(404, { "content-type": types[".html"] });
    if (existsSync(notFound)) createReadStream(notFound).pipe(response);
    else response.end("Not found");
    return;
  }
  response.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
  createReadStream(file).pipe(response);
}).listen(port, "127.0.0.1", () => console.log(`Council Explorer: http://127.0.0.1:${port}/`));
