import { describe, expect, it } from "vitest";
import { cacheControlFor, contentSecurityPolicy, DEFAULT_FRAME_ANCESTORS, IMMUTABLE, parseFrameAncestors, REVALIDATE, securityHeaders } from "./siteHeaders.mjs";

describe("contentSecurityPolicy", () => {
  const inline = { "script-src": ["'sha256-AAA='"], "style-src": ["'sha256-BBB='"] };

  it("allows the page's hashed inline scripts and nothing else inline", () => {
    const policy = contentSecurityPolicy({ frameAncestors: "'self'", inline });
    expect(policy).toContain("script-src 'self' 'sha256-AAA=';");
    expect(policy).toContain("style-src 'self' 'unsafe-hashes' 'sha256-BBB=';");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/frame-ancestors 'self'$/);
  });

  it("allows no inline style at all when the page has none", () => {
    expect(contentSecurityPolicy({ frameAncestors: "'none'" })).toContain("style-src 'self';");
  });
});

describe("parseFrameAncestors", () => {
  it("defaults to the site itself and any HTTPS page", () => {
    expect(parseFrameAncestors(undefined)).toEqual({ ok: true, sources: DEFAULT_FRAME_ANCESTORS });
    expect(DEFAULT_FRAME_ANCESTORS).toBe("'self' https:");
  });

  it.each(["'none'", "'self'", "'self' https://moodle.example.edu", "https://*.example.edu:8443", "*"])("accepts %s", (value) => {
    expect(parseFrameAncestors(value)).toEqual({ ok: true, sources: value });
  });

  it.each(["'self'; script-src *", "https://a.example,https://b.example", "'unsafe-inline'", "'none' 'self'", "https://a.example\r\nSet-Cookie: x=1"])("refuses %j", (value) => {
    expect(parseFrameAncestors(value)).toMatchObject({ ok: false });
  });
});

describe("securityHeaders", () => {
  it("sends nosniff, a referrer policy and a permissions policy with the CSP", () => {
    expect(Object.keys(securityHeaders({ frameAncestors: "'self'" })).sort()).toEqual(["Content-Security-Policy", "Permissions-Policy", "Referrer-Policy", "X-Content-Type-Options"]);
    expect(securityHeaders({ frameAncestors: "'self'" })["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("cacheControlFor", () => {
  it("caches Next.js's hashed assets for a year, immutable", () => {
    expect(cacheControlFor(["_next", "static", "chunks", "055napohobqkf.js"])).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe("public, max-age=31536000, immutable");
  });

  it("has pages and data revalidated on every use", () => {
    for (const file of ["index.html", "data/meetings/2003.json", "index.txt", "_next/app-build-manifest.json"]) expect(cacheControlFor(file.split("/"))).toBe(REVALIDATE);
  });
});
