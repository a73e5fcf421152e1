import { z } from "zod";
import { stateId } from "@/lib/model/ids";
import type { Entity, Evidence } from "@/lib/model/schema";
import { parseSource } from "./sourceErrors";

// The shape of ../shared/data/reference-2003.json: verified facts for 2003. Parsed
// strictly on the keys the app uses; extra keys in the file are allowed.

const referenceStateSchema = z.object({ iso3: z.string().length(3), name: z.string(), aliases: z.array(z.string()), note: z.string().nullable() });
const referenceOrganizationSchema = z.object({
  id: z.string(),
  acronym: z.string().nullable(),
  name: z.string(),
  kind: z.string(),
  parent: z.string().nullable(),
  members: z.array(z.string()),
  notes: z.string().nullable(),
});
const referencePersonSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  role: z.string(),
  organization: z.string().nullable(),
  state: z.string().nullable(),
  note: z.string().nullable(),
});

export const referenceSchema = z.object({
  councilMembers: z.array(z.object({ iso3: z.string().length(3), name: z.string(), permanent: z.boolean(), term: z.string().nullable() })),
  presidencies: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), iso3: z.string().length(3), name: z.string(), president: z.string().nullable() })),
  organizations: z.array(referenceOrganizationSchema),
  states: z.array(referenceStateSchema),
  people: z.array(referencePersonSchema),
});
export type Reference = z.infer<typeof referenceSchema>;
export type ReferencePerson = Reference["people"][number];

export const referenceFile = "data/reference-2003.json";

export function parseReference(json: unknown): Reference {
  return parseSource(referenceSchema, json, referenceFile, "the reference facts");
}

/**
 * The year the reference facts are about, read from its monthly presidencies: a file of
 * verified facts covers one calendar year, and one that mixes years is a mistake to stop on.
 */
export function referenceYear(reference: Reference): number {
  const years = [...new Set(reference.presidencies.map((presidency) => Number(presidency.month.slice(0, 4))))];
  if (years.length !== 1) throw new Error(`referenceYear: ${referenceFile} should give the presidencies of one year; it gives ${years.length > 0 ? years.join(", ") : "none"}`);
  return years[0]!;
}

const referenceEvidence = (note: string): Evidence => ({ source: "reference", file: referenceFile, note });


function orgKindOf(kind: string): Entity["orgKind"] {
  if (kind === "regional" || kind === "subregional") return kind;
  if (kind === "group") return "group";
  if (/union/i.test(kind)) return "union";
  return undefined;
}

export function orgId(organization: { id: string; kind: string }): string {
  return organization.kind === "group" ? `group:${organization.id}` : `org:${organization.id}`;
}

/** A person's display name: the name where verified, else the office the sources name. */
export function personDisplayName(person: ReferencePerson): string {
  if (person.name) return person.name;
  return person.role.split(",")[0]!.trim();
}

/** Every entity the reference file knows, in file order. */
export function referenceEntities(reference: Reference): Entity[] {
  const states: Entity[] = reference.states.map((state) => ({
    id: stateId(state.iso3),
    kind: "state",
    name: state.name,
    aliases: state.aliases,
    iso3: state.iso3,
    sources: [referenceEvidence(`states: ${state.iso3}`)],
  }));
  const organizations: Entity[] = reference.organizations.map((organization) => ({
    id: orgId(organization),
    kind: organization.kind === "group" ? "group" : "organization",
    name: organization.name,
    aliases: organization.acronym ? [organization.acronym] : [],
    orgKind: orgKindOf(organization.kind),
    members: organization.members.map(stateId),
    sources: [referenceEvidence(`organizations: ${organization.id}`)],
  }));
  const people: Entity[] = reference.people.map((person) => ({
    id: `person:${person.id}`,
    kind: "person",
    name: personDisplayName(person),
    aliases: [],
    title: person.role,
    sources: [referenceEvidence(`people: ${person.id}`)],
  }));
  return [...states, ...organizations, ...people];
}
