import { describe, expect, it } from "vitest";
import { networkAnswers, REACHABILITY_URL } from "./networkAnswers";

describe("whether the network answers", () => {
  it("asks the server for headers only, past every cache", async () => {
    const asked: Array<[string, RequestInit | undefined]> = [];
    const answers = await networkAnswers(async (url, init) => {
      asked.push([String(url), init]);
      return new Response(null, { status: 200 });
    });
    expect(answers).toBe(true);
    expect(asked).toHaveLength(1);
    expect(asked[0]![0]).toBe(REACHABILITY_URL);
    expect(asked[0]![1]).toMatchObject({ method: "HEAD", cache: "no-store" });
  });

  it("counts any HTTP answer, an error status too, as the network being there", async () => {
    expect(await networkAnswers(async () => new Response(null, { status: 503 }))).toBe(true);
  });

  it("takes a request that fails as no network", async () => {
    expect(await networkAnswers(async () => Promise.reject(new TypeError("Failed to fetch")))).toBe(false);
  });

  it("takes a request that does not answer in time as no network", async () => {
    const hangs: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)));
    expect(await networkAnswers(hangs, REACHABILITY_URL, 20)).toBe(false);
  });
});
