import { describe, expect, it } from "vitest";
import { AB_DEFAULT_PORT, parseAbArgs } from "./abArgs";

describe("parseAbArgs", () => {
  it("takes the builds in order and defaults to the explorer's mark at / over 10 runs", () => {
    expect(parseAbArgs(["/tmp/a", "/tmp/b"])).toEqual({ sites: ["/tmp/a", "/tmp/b"], runs: 10, path: "/", mark: "explorer:interactive", port: AB_DEFAULT_PORT });
  });

  it("reads the path, mark, runs and port wherever they stand", () => {
    expect(parseAbArgs(["--path", "/bench/graph/?n=5000", "a", "--mark", "bench:first-render", "b", "c", "--runs", "20", "--port", "4100"])).toEqual({
      sites: ["a", "b", "c"], runs: 20, path: "/bench/graph/?n=5000", mark: "bench:first-render", port: 4100,
    });
  });

  it("refuses fewer than two builds, a flag without its value, a bad number, a path that is not one and an unknown flag, naming each", () => {
    expect(() => parseAbArgs(["only-one"])).toThrow("bench:ab: name at least two builds");
    expect(() => parseAbArgs(["a", "b", "--mark"])).toThrow("bench:ab: --mark needs a value");
    expect(() => parseAbArgs(["a", "b", "--runs", "0"])).toThrow('bench:ab: --runs "0" is not a whole number from 1 to 200');
    expect(() => parseAbArgs(["a", "b", "--path", "//evil.example/"])).toThrow('--path "//evil.example/" must start with one "/"');
    expect(() => parseAbArgs(["a", "b", "--path", "bench"])).toThrow('--path "bench" must start with one "/"');
    expect(() => parseAbArgs(["a", "b", "--fast"])).toThrow('bench:ab: unknown argument "--fast"');
  });
});
