import type { Entity, EntityKind, Evidence } from "@/lib/model/schema";
import type { Problem } from "@/lib/sources/problem";
import { slug } from "./names";

const organizationWords = /\b(organization|organisation|union|community|league|commission|agency|programme|fund|office|court|tribunal|bank|council|committee|mission|conference|movement|forum|group)\b/i;
const personWords = /^(the )?(secretary|under-secretary|assistant secretary|special|deputy|president|prime minister|minister|director|high commissioner|chair|chairman|chairperson|executive|prosecutor|head|representative|mr\.?|ms\.?|mrs\.?)\b/i;

/** What a name the reference does not know most likely is, so the graph can draw it. */
export function guessEntityKind(name: string): EntityKind {
  if (personWords.test(name)) return "person";
  if (organizationWords.test(name)) return "organization";
  return "state";
}

/**
 * Names the sources use that the reference data does not know. Each becomes an entity of
 * its own, flagged `unresolved`, and a problem in the ingest report: never dropped.
 */
export class UnresolvedRegistry {
  private readonly entities = new Map<string, Entity>();
  readonly problems: Problem[] = [];

  register(name: string, evidence: Evidence, where: { file: string; line: number }, kind = guessEntityKind(name)): string {
    const display = name.replace(/^the\s+/i, "").trim();
    const id = `unresolved:${slug(display) || "unnamed"}`;
    const existing = this.entities.get(id);
    if (existing) {
      if (existing.sources.length < 20) existing.sources.push(evidence);
    } else {
      this.entities.set(id, { id, kind, name: display, aliases: display === name ? [] : [name], unresolved: true, sources: [evidence] });
      this.problems.push({ ...where, code: "unresolved-name", message: `resolveName: "${name}" is not in the reference data; kept as ${id} (${kind})`, excerpt: name });
    }
    return id;
  }

  all(): Entity[] {
    return [...this.entities.values()];
  }
}
