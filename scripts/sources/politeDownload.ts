// Downloads one file the way a library's web server should be asked: with a User-Agent
// that says who is asking, one request at a time (the caller waits for each), backing
// off when the server is busy, and waiting as long as it says in Retry-After.

export const userAgent = "council-explorer sources:fetch (one request at a time; see the project's README)";

export interface DownloadOptions {
  /** Tries in all, the first included. */
  attempts: number;
  /** The first back-off; doubled after each failed try unless the server says how long to wait. */
  backoffMs: number;
  /** The longest wait honoured, so a server asking for an hour does not hang the script. */
  maxWaitMs: number;
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Told before each wait: why and for how long. */
  onRetry?: (message: string) => void;
}

export const defaultDownloadOptions: DownloadOptions = {
  attempts: 5,
  backoffMs: 2_000,
  maxWaitMs: 120_000,
  timeoutMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class DownloadError extends Error {
  readonly code = "download-failed";
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`download ${url}: ${reason}`);
  }
}

/** Busy or briefly broken: worth asking again. A 404 or 403 will not change by waiting. */
const retryableStatus = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Retry-After in seconds ("120") or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export async function politeDownload(url: string, options: DownloadOptions = defaultDownloadOptions): Promise<Uint8Array> {
  let lastReason = "no attempt made";
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    let wait: number | undefined;
    try {
      const response = await fetch(url, { headers: { "user-agent": userAgent }, redirect: "follow", signal: AbortSignal.timeout(options.timeoutMs) });
      if (response.ok) return new Uint8Array(await response.arrayBuffer());
      await response.body?.cancel();
      lastReason = `HTTP ${response.status}`;
      if (!retryableStatus.has(response.status)) break;
      wait = retryAfterMs(response.headers.get("retry-after"));
    } catch (error) {
      lastReason = (error as Error).cause instanceof Error ? `${(error as Error).message}: ${((error as Error).cause as Error).message}` : (error as Error).message;
    }
    if (attempt === options.attempts) break;
    const delay = Math.min(wait ?? options.backoffMs * 2 ** (attempt - 1), options.maxWaitMs);
    options.onRetry?.(`${url}: ${lastReason}; waiting ${Math.round(delay / 1000)} s before try ${attempt + 1} of ${options.attempts}`);
    await options.sleep(delay);
  }
  throw new DownloadError(url, lastReason);
}
