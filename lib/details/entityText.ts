import type { Entity } from "@/lib/model/schema";
import { entityKindLabels } from "@/lib/model/vocabularyLabels";

/**
 * The name as it reads after "on behalf of": organizations and groups take the article
 * ("the European Union", "the EU acceding countries"), states and people do not.
 */
export function nameInSentence(entity: Pick<Entity, "kind" | "name"> | undefined, fallback: string): string {
  if (!entity) return fallback;
  if ((entity.kind === "organization" || entity.kind === "group") && !/^the\s/i.test(entity.name)) return `the ${entity.name}`;
  return entity.name;
}

/** The accessible name of an entity in a list of choices: "African Union — organization". */
export function entityOptionLabel(entity: Pick<Entity, "kind" | "name">): string {
  return `${entity.name} — ${entityKindLabels[entity.kind].one}`;
}

/** The organizations and groups that list `entityId` among their members, by name. */
export function membershipsOf(entityId: string, entities: readonly Entity[]): Entity[] {
  return entities
    .filter((candidate) => candidate.members?.includes(entityId))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}
