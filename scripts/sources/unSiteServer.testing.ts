import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in for the UN library's web server in sources:fetch's tests: serves files by
// their path on the site, answers with scripted faults first where a test asks, and
// records every request (path, User-Agent, how many were in flight at once).

export interface ScriptedReply {
  status: number;
  headers?: Record<string, string>;
}

export interface UnSiteServer {
  baseUrl: string;
  requests: Array<{ path: string; userAgent: string | undefined; inFlight: number }>;
  /** Replies given, in order, to the next requests for a path, before its file is served. */
  fail(path: string, ...replies: ScriptedReply[]): void;
  close(): Promise<void>;
}

export async function startUnSiteServer(files: ReadonlyMap<string, Uint8Array>, folder = "/depts/dhl/resguide/"): Promise<UnSiteServer> {
  const faults = new Map<string, ScriptedReply[]>();
  const requests: UnSiteServer["requests"] = [];
  let inFlight = 0;
  const server: Server = createServer((request: IncomingMessage, response) => {
    inFlight++;
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    requests.push({ path: urlPath, userAgent: request.headers["user-agent"], inFlight });
    // Answer on the next turn, so two requests sent at once would overlap and be seen.
    setTimeout(() => {
      const fault = faults.get(urlPath)?.shift();
      const body = urlPath.startsWith(folder) ? files.get(urlPath.slice(folder.length)) : undefined;
      if (fault) response.writeHead(fault.status, fault.headers ?? {}).end(`scripted ${fault.status}`);
      else if (body) response.writeHead(200, { "content-type": "text/html" }).end(body);
      else response.writeHead(404).end("not found");
      inFlight--;
    }, 5);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${folder}`,
    requests,
    fail: (path, ...replies) => faults.set(`${folder}${path}`, replies),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
