// @ts-check
// Serves the static export in out/ on one port: what `npm start` runs after the build, and
// what the e2e tests and benchmarks load. `node scripts/serve.mjs [PORT]` (or PORT=N);
// port 0 takes any free port and prints it. SITE_DIR serves another copy of a build (a
// benchmark does, while out/ is rebuilt); FRAME_ANCESTORS sets who may embed the explorer;
// COMPRESSION=off sends every file uncompressed, ignoring the build's .br/.gz copies (the
// benchmark compares the explorer over such a server with `npm start`).
// How it behaves, and what a CDN must add to match: README, "Serving the site".
import { existsSync } from "node:fs";
import path from "node:path";
import { createSiteServer } from "./server/createSiteServer.mjs";
import { parseFrameAncestors } from "./server/siteHeaders.mjs";

const root = path.resolve(process.env.SITE_DIR ?? path.join(import.meta.dirname, "../out"));
const portText = process.env.PORT ?? process.argv[2] ?? "3000";
const port = Number(portText);
const frameAncestors = parseFrameAncestors(process.env.FRAME_ANCESTORS);
const compression = process.env.COMPRESSION ?? "on";

if (!/^\d+$/.test(portText) || port > 65535) {
  console.error(`serve: "${portText}" is not a port number (0–65535)`);
  process.exit(2);
}
if (!frameAncestors.ok) {
  console.error(`serve: ${frameAncestors.reason}`);
  process.exit(2);
}
if (compression !== "on" && compression !== "off") {
  console.error(`serve: COMPRESSION="${compression}" is neither on nor off`);
  process.exit(2);
}
if (!existsSync(root)) {
  console.error(`serve: ${root} does not exist; run npm run build first`);
  process.exit(2);
}

const server = await createSiteServer({ root, frameAncestors: frameAncestors.sources, precompressed: compression === "on" });
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  console.log(`Council Explorer: http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`);
});
