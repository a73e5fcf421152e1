import { describe, expect, it } from "vitest";
import { negotiateEncoding, parseAcceptEncoding } from "./negotiateEncoding.mjs";

const both = new Set(["br", "gzip"] as const);

describe("negotiateEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0.5, gzip;q=0.8", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["*", "br"],
    ["*;q=0, gzip", "gzip"],
    ["identity", undefined],
    ["br;q=2", undefined],
    ["br;q=abc", undefined],
    ["x-gzip", "gzip"],
  ])("answers %j with %s", (header, coding) => {
    expect(negotiateEncoding(header, both)).toBe(coding);
  });

  it("sends the identity file to a client that sends no Accept-Encoding", () => {
    expect(negotiateEncoding(undefined, both)).toBeUndefined();
  });

  it("never picks a coding the site has no copy for", () => {
    expect(negotiateEncoding("br", new Set(["gzip"] as const))).toBeUndefined();
    expect(negotiateEncoding("br, gzip", new Set(["gzip"] as const))).toBe("gzip");
  });

  it("reads quality values case-insensitively, with spaces", () => {
    expect(parseAcceptEncoding("BR ; Q=0.3 , gzip")).toEqual(new Map([["br", 0.3], ["gzip", 1]]));
  });
});
