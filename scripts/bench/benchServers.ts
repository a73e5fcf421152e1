// The static servers a benchmark run measures through, each scripts/serve.mjs as a child
// process: the app (as `npm start` serves it), the same build without compression, and the
// anchor pages. A port that already answers is refused: the run would measure someone
// else's server.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { waitForServer } from "./waitForServer";

const serveScript = path.resolve(import.meta.dirname, "../serve.mjs");

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

export interface BenchServer {
  baseUrl: string;
  stop(): void;
}

/** Serves siteDir on port; readyPath is a page the site has (the anchor site has no /). */
export async function startBenchServer(siteDir: string, port: number, options: { compression?: "on" | "off"; readyPath?: string; who: string }): Promise<BenchServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  if (await answers(baseUrl)) throw new Error(`bench: port ${port} is in use (another benchmark?); choose others with --port`);
  const child: ChildProcess = spawn(process.execPath, [serveScript, String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, SITE_DIR: siteDir, COMPRESSION: options.compression ?? "on" },
  });
  try {
    await waitForServer(`${baseUrl}${options.readyPath ?? "/"}`, options.who);
  } catch (error) {
    child.kill();
    throw error;
  }
  return { baseUrl, stop: () => child.kill() };
}
