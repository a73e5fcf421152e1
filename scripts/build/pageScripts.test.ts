import { describe, expect, it } from "vitest";
import { scriptTagsOf } from "./pageScripts.mjs";

describe("scriptTagsOf", () => {
  it("lists each script with a src once, marking the noModule ones, and skips inline scripts", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      "<script>self.__next_f=self.__next_f||[]</script>",
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<SCRIPT SRC="/_next/static/chunks/b.js"></SCRIPT>',
    ].join("");
    expect(scriptTagsOf(html)).toEqual([
      { src: "/_next/static/chunks/a.js", noModule: false },
      { src: "/_next/static/chunks/polyfills.js", noModule: true },
      { src: "/_next/static/chunks/b.js", noModule: false },
    ]);
  });
});
