import { CouncilMembership } from "@/lib/ingest/councilMembership";
import { entityCatalogue } from "@/lib/ingest/entityCatalogue";
import { presidencyMonths } from "@/lib/ingest/presidency";
import { parseReference, type Reference } from "@/lib/ingest/reference";
import type { EntityResolver } from "@/lib/ingest/resolver";
import type { PresidencyMonth } from "@/lib/model/dataset";
import type { Entity } from "@/lib/model/schema";

// What an import resolves names against: the same reference facts and entity catalogue as
// the ingest (data/reference.json is the ingest's copy), so an imported "the Czech
// Republic" is the shipped data's state:CZE; and the same membership of every year
// (data/council-members.json), so "all members of the Council" in a 1992 item is 1992's
// fifteen.

export interface ImportContext {
  reference: Reference;
  resolver: EntityResolver;
  presidencies: PresidencyMonth[];
  membership: CouncilMembership;
  /** Every entity the catalogue defines, by id. */
  knownEntities: Map<string, Entity>;
}

export function importContext(referenceJson: unknown, councilMembersJson: unknown): ImportContext {
  const reference = parseReference(referenceJson);
  const membership = CouncilMembership.fromData(councilMembersJson);
  const catalogue = entityCatalogue(reference);
  return {
    reference,
    resolver: catalogue.resolver,
    presidencies: presidencyMonths(reference),
    membership,
    knownEntities: new Map(catalogue.entities.map((entity) => [entity.id, entity])),
  };
}
