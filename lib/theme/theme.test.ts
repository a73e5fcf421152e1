import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cssTokens, cssVariableOf, type CssToken } from "./theme";

/** The custom properties declared in the first `:root { … }` rule of a stylesheet. */
function rootProperties(css: string): Map<string, string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const body = /:root\s*\{([^}]*)\}/.exec(withoutComments)?.[1];
  if (body === undefined) throw new Error("globals.css has no :root rule");
  const properties = new Map<string, string>();
  for (const declaration of body.split(";")) {
    const match = /^\s*(--[\w-]+)\s*:\s*([\s\S]+?)\s*$/.exec(declaration);
    if (match) properties.set(match[1]!, match[2]!);
  }
  return properties;
}

const globals = rootProperties(readFileSync(join(import.meta.dirname, "../../app/globals.css"), "utf8"));

describe("the theme module and globals.css", () => {
  it("reads the custom properties of a :root rule", () => {
    const parsed = rootProperties(":root { color-scheme: light; /* a note; with a semicolon */ --a: #fff; --font: x, \"Y Z\", sans-serif; } .b { --c: 1px; }");
    expect([...parsed]).toEqual([["--a", "#fff"], ["--font", 'x, "Y Z", sans-serif']]);
  });

  it("gives every token the value globals.css declares for it", () => {
    for (const token of Object.keys(cssTokens) as CssToken[]) {
      expect(globals.get(cssVariableOf(token))?.toLowerCase(), cssVariableOf(token)).toBe(cssTokens[token].toLowerCase());
    }
  });

  it("mirrors every custom property of globals.css, so none is changed in one place only", () => {
    const mirrored = new Set((Object.keys(cssTokens) as CssToken[]).map(cssVariableOf));
    expect([...globals.keys()].filter((name) => !mirrored.has(name))).toEqual([]);
  });
});
