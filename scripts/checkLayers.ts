// npm run check:layers — fails when folders import each other in a cycle, or an import
// breaks the layering of ../shared/DESIGN.md (scripts/layers/layerRules.ts). Tests and
// fixtures are left out: they may reach across layers to set up what they check.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { buildFolderGraph, folderCycles, type ModuleImports } from "./layers/folderGraph";
import { layerBreaches } from "./layers/layerRules";

const root = path.resolve(import.meta.dirname, "..");
const scanned = ["app", "components", "lib", "scripts"];
const isSource = (name: string) => /\.(ts|tsx|mts|mjs)$/.test(name) && !/\.(test|testing)\.tsx?$/.test(name) && !name.endsWith(".d.ts");
// Workers are imported by URL, which TypeScript's pre-processor does not see.
const workerUrl = /new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" || entry.name === "node_modules" ? [] : sourceFiles(full);
    return isSource(entry.name) ? [full] : [];
  });
}

function main(): number {
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile).config, ts.sys, root);
  const relative = (file: string) => path.relative(root, file).split(path.sep).join("/");
  const modules: ModuleImports[] = scanned.flatMap((folder) => sourceFiles(path.join(root, folder))).map((file) => {
    const text = readFileSync(file, "utf8");
    const specifiers = [...ts.preProcessFile(text, true, true).importedFiles.map((entry) => entry.fileName), ...[...text.matchAll(workerUrl)].map((match) => match[1]!)];
    const imports = specifiers.flatMap((specifier) => {
      const resolved = ts.resolveModuleName(specifier, file, config.options, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved && !resolved.includes("/node_modules/")) return [relative(resolved)];
      const local = specifier.startsWith(".") ? path.resolve(path.dirname(file), specifier) : undefined;
      return local && ts.sys.fileExists(local) ? [relative(local)] : [];
    });
    return { file: relative(file), imports };
  });
  const graph = buildFolderGraph(modules);
  const cycles = folderCycles(graph);
  const breaches = layerBreaches(graph);
  for (const cycle of cycles) {
    console.error(`check:layers: folders import each other: ${cycle.join(" <-> ")}`);
    for (const from of cycle) for (const to of cycle) {
      const because = graph.get(from)?.get(to);
      if (because) console.error(`  ${because[0]}`);
    }
  }
  for (const breach of breaches) console.error(`check:layers: ${breach}`);
  if (cycles.length + breaches.length > 0) return 1;
  console.log(`check:layers: ${modules.length} modules in ${graph.size} folders, no cycle between folders, layering holds.`);
  return 0;
}

process.exitCode = main();
