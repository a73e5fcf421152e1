import type { Entity } from "@/lib/model/schema";

/** Names up to this long are drawn in full. */
const longerThan = 24;
const minLength = 4;

/** "UK", "OSCE", "FYROM": no lower-case letter. */
const isAcronym = (alias: string) => !/\p{Ll}/u.test(alias);

/**
 * What the canvas writes beside a node with a long name: the first alias the reference
 * data lists that is a real short name (at least four characters, not an acronym, not
 * the name again in other capitals, shorter than the name), else the name itself. The
 * reference data lists the usual short name first ("United Kingdom" before "Britain";
 * "Congo-Kinshasa" before "Zaire", a name the country had given up by 2003), so the
 * first such alias, not the shortest, is the one a reader expects. The full name stays
 * in the accessible list and the hover caption.
 */
export function shortLabelFor(entity: Pick<Entity, "name" | "aliases"> & { kind?: Entity["kind"] }): string {
  const { name } = entity;
  // A state or territory has one display name, used everywhere (the data chooses it); an alias would be a second.
  if (name.length <= longerThan || entity.kind === "state" || entity.kind === "territory") return name;
  const aliases = entity.aliases ?? [];
  const alias = aliases.find(
    (candidate) => candidate.length >= minLength && candidate.length < name.length && !isAcronym(candidate) && candidate.toLocaleLowerCase() !== name.toLocaleLowerCase(),
  );
  // Organizations are known by their acronyms ("OAS", "OSCE", "ECOWAS"); states are not ("FYROM").
  const acronym = entity.kind === "organization" ? aliases.find((candidate) => candidate.length >= 2 && isAcronym(candidate)) : undefined;
  return alias ?? acronym ?? name;
}
