import { describe, expect, it } from "vitest";
import { hashSource, inlineHashesOf } from "./inlineHashes.mjs";

describe("inlineHashesOf", () => {
  it("hashes an inline script as browsers do (MDN's example for `var inline = 1;`)", () => {
    expect(hashSource("var inline = 1;")).toBe("'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8='");
  });

  it("takes every inline script and leaves out scripts with a src", () => {
    const html = `<head><script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f=self.__next_f||[]</script></head><body><script>self.__next_f.push([1,"x"])</script></body>`;
    expect(inlineHashesOf(html)["script-src"]).toEqual([hashSource("self.__next_f=self.__next_f||[]"), hashSource('self.__next_f.push([1,"x"])')].sort());
  });

  it("hashes CR LF line ends as the LF the HTML parser turns them into", () => {
    expect(inlineHashesOf("<script>a()\r\nb()</script>")["script-src"]).toEqual([hashSource("a()\nb()")]);
  });

  it("hashes style attributes after their character references, and style elements", () => {
    const html = `<div style="font-family:system-ui,&quot;Segoe UI&quot;;height:100vh"></div><span class="x" style='display:inline-block'></span><style>body{margin:0}</style>`;
    expect(inlineHashesOf(html)["style-src"]).toEqual([hashSource('font-family:system-ui,"Segoe UI";height:100vh'), hashSource("display:inline-block"), hashSource("body{margin:0}")].sort());
  });

  it("does not take text inside a script for a style attribute, nor data-style for style", () => {
    const html = `<script>document.body.innerHTML = '<b style="color:red">'</script><p data-style="x" style="color:blue"></p>`;
    expect(inlineHashesOf(html)["style-src"]).toEqual([hashSource("color:blue")]);
  });

  it("lists each hash once", () => {
    expect(inlineHashesOf(`<i style="a:b"></i><i style="a:b"></i>`)["style-src"]).toHaveLength(1);
  });
});
