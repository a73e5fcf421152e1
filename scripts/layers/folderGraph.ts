// The project's import graph at the level of folders: a module in lib/store that imports
// one in components/explorer is an edge lib/store -> components/explorer. Folders, not
// files, are the units the architecture speaks of (DESIGN.md's pipeline), so a cycle
// between two folders is a tangle even when no two files import each other.

export interface ModuleImports {
  /** Project-relative path with forward slashes: "components/graph/GraphView.tsx". */
  file: string;
  /** Project-relative paths of the project files it imports (resolved; packages left out). */
  imports: readonly string[];
}

export type FolderGraph = Map<string, Map<string, string[]>>;

export function folderOf(file: string): string {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "." : file.slice(0, slash);
}

/** Folder -> folder it imports -> the file-level imports that make that edge (for the message). */
export function buildFolderGraph(modules: readonly ModuleImports[]): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const { file, imports } of modules) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Map<string, string[]>();
    graph.set(from, edges);
    for (const target of imports) {
      const to = folderOf(target);
      if (to === from) continue;
      const because = edges.get(to) ?? [];
      because.push(`${file} -> ${target}`);
      edges.set(to, because);
    }
  }
  return graph;
}

/** Strongly connected groups of two or more folders (Tarjan), each sorted, in a stable order. */
export function folderCycles(graph: FolderGraph): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;

  const visit = (folder: string) => {
    order.set(folder, counter);
    low.set(folder, counter);
    counter++;
    stack.push(folder);
    onStack.add(folder);
    for (const next of graph.get(folder)?.keys() ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(folder, Math.min(low.get(folder)!, order.get(next)!));
      }
    }
    if (low.get(folder) !== order.get(folder)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== folder);
    if (group.length > 1) cycles.push(group.sort());
  };

  for (const folder of [...graph.keys()].sort()) if (!order.has(folder)) visit(folder);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
