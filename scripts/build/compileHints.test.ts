import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, hintStartupScripts, startupScriptKeys, withCompileHint, withoutCompileHint } from "./compileHints.mjs";

const page = (...tags: string[]) => `<!DOCTYPE html><html><head>${tags.join("")}</head><body></body></html>`;

describe("withCompileHint and withoutCompileHint", () => {
  it("puts the hint on a line of its own at the very start, once, and takes it off again", () => {
    const code = '(globalThis.TURBOPACK||[]).push(["x",1]);\n//# sourceMappingURL=x.js.map';
    const hinted = withCompileHint(code);
    expect(hinted.split("\n")[0]).toBe("//# allFunctionsCalledOnLoad");
    expect(withCompileHint(hinted)).toBe(hinted);
    expect(withoutCompileHint(hinted)).toBe(code);
    expect(withoutCompileHint(code)).toBe(code);
  });
});

describe("startupScriptKeys", () => {
  it("takes every page's own module scripts once, leaving out noModule, inline and other sites' scripts", () => {
    const pages = [
      { key: "index.html", html: page('<script src="/_next/static/chunks/a.js" async=""></script>', '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>', "<script>self.__next_f=[]</script>", '<script src="https://cdn.example/x.js"></script>') },
      { key: "bench/graph/index.html", html: page('<script src="/_next/static/chunks/a.js?dpl=1"></script>', '<script src="/_next/static/chunks/b.js"></script>', '<script src="//cdn.example/y.js"></script>') },
    ];
    expect(startupScriptKeys(pages)).toEqual(["_next/static/chunks/a.js", "_next/static/chunks/b.js"]);
  });

  it("never names a file outside the site", () => {
    expect(startupScriptKeys([{ key: "index.html", html: page('<script src="/_next/../../etc/x.js"></script>') }])).toEqual([]);
  });
});

describe("hintStartupScripts", () => {
  let root = "";
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("hints the scripts the pages load and leaves lazily loaded chunks and missing files alone", async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "compile-hints-"));
    await mkdir(path.join(root, "_next/static/chunks"), { recursive: true });
    await writeFile(path.join(root, "index.html"), page('<script src="/_next/static/chunks/startup.js"></script>', '<script src="/_next/static/chunks/gone.js"></script>'));
    await writeFile(path.join(root, "_next/static/chunks/startup.js"), "startup();");
    await writeFile(path.join(root, "_next/static/chunks/lazy.js"), "lazy();");

    expect(await hintStartupScripts(root, ["index.html"])).toEqual(["_next/static/chunks/startup.js"]);
    expect(await readFile(path.join(root, "_next/static/chunks/startup.js"), "utf8")).toBe(`${COMPILE_HINT}\nstartup();`);
    expect(await readFile(path.join(root, "_next/static/chunks/lazy.js"), "utf8")).toBe("lazy();");
    // A second postbuild over the same site changes nothing.
    expect(await hintStartupScripts(root, ["index.html"])).toEqual([]);
  });
});
