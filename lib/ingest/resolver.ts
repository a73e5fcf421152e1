import { stateId } from "@/lib/model/ids";
import type { Entity } from "@/lib/model/schema";
import { nameKey, splitAcronym } from "./names";
import type { Reference } from "./reference";

export interface Candidate {
  id: string;
  from?: string;
  until?: string;
  /** True when the name itself is dated ("Zaire" 1971–1997): more specific than a name the entity always bore. */
  dated: boolean;
  /** Reference entities win over the other eras' when both claim a name undated. */
  rank: number;
}

/** Offices the Repertoire names instead of people, and who held them when. */
interface OfficeHolder {
  office: string;
  id: string;
  from?: string;
  until?: string;
}

const within = (date: string | undefined, candidate: { from?: string; until?: string }) =>
  !date || ((!candidate.from || date >= candidate.from) && (!candidate.until || date <= candidate.until));

const later = (a?: string, b?: string) => (a && b ? (a > b ? a : b) : (a ?? b));
const earlier = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : (a ?? b));

/**
 * Maps the names the sources use ("the Czech Republic", "USA", "Organization for
 * Security and Cooperation in Europe (OSCE)", "the Secretary-General") to canonical ids.
 * Built once from the entities (the reference's, given their eras by lib/ingest/stateEras.ts);
 * lookups are by folded name key and by date: a name resolves to the entity that bore it
 * on the meeting's date, and an entity only while it existed.
 */
export class EntityResolver {
  private readonly byKey = new Map<string, Candidate[]>();
  private readonly offices: OfficeHolder[] = [];
  private readonly lifetimes = new Map<string, { from?: string; until?: string }>();

  constructor(
    private readonly reference: Reference,
    entities: readonly Entity[],
    /** Ids of entities outside the reference file: they lose ties to the reference's. */
    secondary: ReadonlySet<string> = new Set(),
  ) {
    for (const entity of entities) {
      const rank = secondary.has(entity.id) ? 1 : 0;
      this.lifetimes.set(entity.id, { from: entity.validFrom, until: entity.validUntil });
      const bounds = { from: entity.validFrom, until: entity.validUntil };
      const datedKeys = new Set((entity.names ?? []).map((dated) => nameKey(dated.name)));
      for (const name of [entity.name, ...entity.aliases]) {
        if (!datedKeys.has(nameKey(name))) this.add(name, { id: entity.id, ...bounds, dated: false, rank });
      }
      for (const dated of entity.names ?? []) {
        this.add(dated.name, { id: entity.id, from: later(dated.from, bounds.from), until: earlier(dated.until, bounds.until), dated: true, rank });
      }
    }
    this.offices = officeHolders(reference);
  }

  private add(name: string, candidate: Candidate): void {
    const key = nameKey(name);
    if (!key) return;
    const list = this.byKey.get(key) ?? [];
    if (!list.some((existing) => existing.id === candidate.id && existing.from === candidate.from && existing.until === candidate.until)) list.push(candidate);
    this.byKey.set(key, list);
  }

  /** All names the resolver knows with their candidates, for scanning free text. */
  knownNames(): Array<{ key: string; ids: Candidate[] }> {
    return [...this.byKey.entries()].map(([key, ids]) => ({ key, ids }));
  }

  resolveName(name: string, date?: string): string | undefined {
    const { name: bare, acronym } = splitAcronym(name);
    for (const candidateName of [bare, acronym, name]) {
      if (!candidateName) continue;
      const found = this.pick(this.byKey.get(nameKey(candidateName)), date);
      if (found) return found;
    }
    return this.resolveOffice(name, date);
  }

  /** Whether an entity existed on a date (an id the resolver does not know did not). */
  existsOn(entityId: string, date: string): boolean {
    const lifetime = this.lifetimes.get(entityId);
    return lifetime !== undefined && within(date, lifetime);
  }

  /** The entity a name meant on a date: a name dated to the period first, then the reference's. */
  pick(candidates: readonly Candidate[] | undefined, date?: string): string | undefined {
    if (!candidates) return undefined;
    const valid = candidates.filter((candidate) => within(date, candidate)).sort((a, b) => Number(b.dated) - Number(a.dated) || a.rank - b.rank);
    return valid[0]?.id;
  }

  /** "the Secretary-General", "the President of the General Assembly" on a date. */
  resolveOffice(office: string, date?: string): string | undefined {
    const key = nameKey(office);
    return this.offices.find((holder) => holder.office === key && within(date, holder))?.id;
  }

  /**
   * The person who represented someone "in the capacity of" an office of a state:
   * the reference lists people by role ("Minister for Foreign Affairs of Mexico; …").
   */
  resolveRepresentative(capacity: string, capacityOfStateId: string | undefined): string | undefined {
    const stateName = capacityOfStateId ? this.reference.states.find((state) => stateId(state.iso3) === capacityOfStateId)?.name : undefined;
    const wanted = nameKey(stateName ? `${capacity} of ${stateName}` : capacity);
    const person = this.reference.people.find((candidate) => nameKey(candidate.role).startsWith(wanted));
    return person ? `person:${person.id}` : undefined;
  }
}

function officeHolders(reference: Reference): OfficeHolder[] {
  const holders: OfficeHolder[] = [];
  for (const person of reference.people) {
    const role = nameKey(person.role);
    if (role.startsWith("secretary-general of the united nations")) {
      // Kofi Annan held the office from 1997 to 2006.
      holders.push({ office: nameKey("Secretary-General"), id: `person:${person.id}`, from: "1997-01-01", until: "2006-12-31" });
    }
    const gaSession = /president of the general assembly, (\d+)th session/.exec(role);
    if (gaSession) {
      // Sessions turn over in mid-September: the 57th ran to 15 September 2003, the 58th opened the next day.
      const session = Number(gaSession[1]);
      const openingYear = 1945 + session;
      holders.push({
        office: nameKey("President of the General Assembly"),
        id: `person:${person.id}`,
        from: `${openingYear}-09-16`,
        until: `${openingYear + 1}-09-15`,
      });
    }
  }
  return holders;
}
