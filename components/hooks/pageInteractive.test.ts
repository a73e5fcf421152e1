import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The signal is the page's one: each test reads a fresh copy of the module.
async function freshModule() {
  vi.resetModules();
  return import("./pageInteractive");
}

describe("afterPageInteractive", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("waits for the page's word, not for the fallback", async () => {
    const { afterPageInteractive, announcePageInteractive } = await freshModule();
    let done = false;
    void afterPageInteractive(10_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(done).toBe(false);
    announcePageInteractive();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it("resolves at once for a page that said so before, and after the fallback for one that never does", async () => {
    const first = await freshModule();
    first.announcePageInteractive();
    first.announcePageInteractive();
    let early = false;
    void first.afterPageInteractive(10_000).then(() => (early = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(early).toBe(true);

    const silent = await freshModule();
    let late = false;
    void silent.afterPageInteractive(10_000).then(() => (late = true));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(late).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(late).toBe(true);
  });
});
