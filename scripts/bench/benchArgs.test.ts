import { describe, expect, it } from "vitest";
import { DEFAULT_PORT, parseBenchArgs } from "./benchArgs";

describe("parseBenchArgs", () => {
  it("defaults to 3 runs with a build on the default port, every case", () => {
    expect(parseBenchArgs([])).toEqual({ runs: 3, build: true, siteDir: undefined, port: DEFAULT_PORT, only: undefined });
  });

  it("reads every option; --site skips the build", () => {
    expect(parseBenchArgs(["--runs", "5", "--site", "/tmp/copy", "--port", "3221", "--only", "graph 5000"])).toEqual({ runs: 5, build: false, siteDir: "/tmp/copy", port: 3221, only: "graph 5000" });
    expect(parseBenchArgs(["--no-build"]).build).toBe(false);
  });

  it("names the argument at fault", () => {
    expect(() => parseBenchArgs(["--runs", "three"])).toThrow('--runs "three" is not a whole number from 1 to 100');
    expect(() => parseBenchArgs(["--runs", "0"])).toThrow('--runs "0"');
    expect(() => parseBenchArgs(["--port", "65535"])).toThrow('--port "65535" is not a whole number from 1024 to 65533');
    expect(() => parseBenchArgs(["--only"])).toThrow("--only needs a value");
    expect(() => parseBenchArgs(["--only", "--runs", "2"])).toThrow("--only needs a value");
    expect(() => parseBenchArgs(["--run", "2"])).toThrow('unknown argument "--run"');
  });
});
