import type { Entity } from "@/lib/model/schema";
import { eraEntities } from "./eraEntities";
import { referenceEntities, type Reference } from "./reference";
import { EntityResolver } from "./resolver";

export interface EntityCatalogue {
  resolver: EntityResolver;
  /** Every entity resolution can land on. */
  entities: Entity[];
  /** Ids outside the reference file: data/ holds them only when an edge names them. */
  optional: ReadonlySet<string>;
}

/** The reference's entities with their eras, the other eras' entities, and a resolver over all of them. */
export function entityCatalogue(reference: Reference): EntityCatalogue {
  const { entities, optional } = eraEntities(referenceEntities(reference));
  return { resolver: new EntityResolver(reference, entities, optional), entities, optional };
}
