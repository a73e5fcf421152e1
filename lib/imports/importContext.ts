import { entityCatalogue } from "@/lib/ingest/entityCatalogue";
import { presidencyMonths } from "@/lib/ingest/presidency";
import { parseReference, type Reference } from "@/lib/ingest/reference";
import type { EntityResolver } from "@/lib/ingest/resolver";
import type { PresidencyMonth } from "@/lib/model/dataset";
import type { Entity } from "@/lib/model/schema";

// What an import resolves names against: the same reference facts and entity catalogue as
// the ingest (data/reference.json is the ingest's copy), so an imported "the Czech
// Republic" is the shipped data's state:CZE.

export interface ImportContext {
  reference: Reference;
  resolver: EntityResolver;
  presidencies: PresidencyMonth[];
  /** Every entity the catalogue defines, by id. */
  knownEntities: Map<string, Entity>;
}

export function importContext(referenceJson: unknown): ImportContext {
  const reference = parseReference(referenceJson);
  const catalogue = entityCatalogue(reference);
  return {
    reference,
    resolver: catalogue.resolver,
    presidencies: presidencyMonths(reference),
    knownEntities: new Map(catalogue.entities.map((entity) => [entity.id, entity])),
  };
}
