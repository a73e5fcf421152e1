import type { Entity, Evidence } from "@/lib/model/schema";
import { nameKey } from "./names";
import { eraEntityId, stateEras, type StateEra } from "./stateEras";

// The reference's entities of 2003, given their eras (lib/ingest/stateEras.ts), plus the
// states, territories and organizations of other periods the record names.

const eraEvidence = (note: string): Evidence => ({ source: "reference", file: "lib/ingest/stateEras.ts", note });

/** Organizations that are no states, though a state's old alias list once folded them in. */
const historicOrganizations: Entity[] = [
  {
    id: "org:PLO", kind: "organization", name: "Palestine Liberation Organization", aliases: ["PLO"], validFrom: "1964-05-28",
    sources: [eraEvidence("founded 28 May 1964; UN General Assembly observer from 1974 (resolution 3237 (XXIX)); an organization, never a state alias")],
  },
];

function overlay(entity: Entity, era: StateEra): Entity {
  // A dated name that is also a plain alias would mean the state at any date: the dated form wins.
  const dropped = new Set([...(era.notAliases ?? []), ...(era.names ?? []).map((dated) => dated.name)].map(nameKey));
  const renamed = era.displayName && era.displayName !== entity.name ? era.displayName : undefined;
  const aliases = [...new Set([...(renamed ? [entity.name] : []), ...entity.aliases, ...(era.aliases ?? [])])].filter((alias) => !dropped.has(nameKey(alias)) && alias !== renamed);
  return {
    ...entity,
    ...(renamed ? { name: renamed } : {}),
    aliases,
    ...(era.from ? { validFrom: era.from } : {}),
    ...(era.until ? { validUntil: era.until } : {}),
    ...(era.names?.length ? { names: era.names.map((dated) => ({ ...dated })) } : {}),
    ...(era.successors ? { successors: era.successors } : {}),
    sources: [...entity.sources, eraEvidence(`era of ${entity.name}`)],
  };
}

function fromEra(era: StateEra): Entity {
  return {
    id: eraEntityId(era),
    kind: era.kind ?? "state",
    name: era.name,
    aliases: era.aliases ?? [],
    ...(era.kind !== "territory" && /^[A-Z]{3}$/.test(era.key) ? { iso3: era.key } : {}),
    ...(era.from ? { validFrom: era.from } : {}),
    ...(era.until ? { validUntil: era.until } : {}),
    ...(era.names?.length ? { names: era.names.map((dated) => ({ ...dated })) } : {}),
    ...(era.successors ? { successors: era.successors } : {}),
    sources: [eraEvidence(era.kind === "territory" ? "territory the Council discussed, not a state" : "ISO 3166 name and code, outside the 2003 reference file")],
  };
}

/**
 * Every entity resolution can land on: the reference's (always written to data/) and the
 * others (written only when an edge names them, see `optional`). Predecessors are filled
 * in from the successors' side so both ends of a succession know it.
 */
export function eraEntities(reference: readonly Entity[]): { entities: Entity[]; optional: Set<string> } {
  const eras = new Map(stateEras.map((era) => [eraEntityId(era), era]));
  const entities = reference.map((entity) => {
    const era = eras.get(entity.id);
    return era ? overlay(entity, era) : entity;
  });
  const referenceIds = new Set(reference.map((entity) => entity.id));
  const extra = [...stateEras.filter((era) => !referenceIds.has(eraEntityId(era))).map(fromEra), ...historicOrganizations];
  const all = [...entities, ...extra];
  const predecessors = new Map<string, string[]>();
  for (const entity of all) for (const successor of entity.successors ?? []) predecessors.set(successor, [...(predecessors.get(successor) ?? []), entity.id]);
  return {
    entities: all.map((entity) => (predecessors.has(entity.id) ? { ...entity, predecessors: predecessors.get(entity.id)!.sort() } : entity)),
    optional: new Set(extra.map((entity) => entity.id)),
  };
}
