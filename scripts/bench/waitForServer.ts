/** Resolves once the site answers at baseUrl; the benchmark's server takes a moment to start. */
export async function waitForServer(baseUrl: string, who: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(baseUrl)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${who}: the server on ${baseUrl} did not start`);
}
