import fc from "fast-check";
import { meetingKinds, outcomeKinds, participationRoles } from "@/lib/model/vocabulary";
import { meetingIdOf, participationIdOf, topicOf } from "./bundledRecords";

// Synthetic meetings and participations for the years bundle's property tests: records of
// data/'s contract, every optional field now present and now absent, keys in any order,
// ids and labels that follow data/'s rules or do not, and fields the contract does not
// know (a field data/ may gain), with odd names among them.

const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("", "S/PV.4739", "Côte d’Ivoire — 2003", "state:FRA", "sources/un-meetings-tables/scact1986_table_en.html"));
const nonEmptyText = text.filter((value) => value.length > 0);
const texts = fc.array(text, { maxLength: 3 });
const count = fc.oneof(fc.nat(40), fc.nat());

/** Keys no codec knows, some chosen to trip a naive decoder. */
const unknownKey = fc.oneof(fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "futureField", "a.b", "x[]", "#shape", "!note", "=id", ".kind", ""), fc.string({ maxLength: 6 }));

/** The record with some unknown fields added (never one of its own keys) and its keys in another order. */
function withStrangers(record: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(record, fc.array(fc.tuple(unknownKey, fc.jsonValue({ maxDepth: 2 })), { maxLength: 2 }), fc.nat()).map(([fields, extra, turn]) => {
    const entries = [...Object.entries(fields), ...extra.filter(([key]) => !Object.hasOwn(fields, key))];
    const rotated = entries.map((_, i) => entries[(i + turn) % entries.length]!);
    // Object.fromEntries makes "__proto__" an own key, as JSON.parse does.
    return Object.fromEntries(turn % 3 === 0 ? entries : rotated);
  });
}

const optionalKeys = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T, required: Array<keyof T & string>) => fc.record(model, { requiredKeys: required });

const evidence = withStrangers(
  optionalKeys(
    { source: fc.constantFrom("un-meetings-table", "repertoire", "inferred", "imported"), file: text, line: count, row: count, item: count, footnote: count, page: count, importId: text, importedAt: text, start: count, end: count, note: text },
    ["source"],
  ),
);

const outcome = optionalKeys(
  {
    kind: fc.constantFrom(...outcomeKinds),
    symbol: text,
    symbols: texts,
    vote: fc.record({ for: count, against: count, abstain: count }),
    vetoedBy: texts,
    notParticipating: texts,
    note: text,
    topic: text,
    vetoAccounts: fc.array(optionalKeys({ source: text, vetoedBy: texts, draft: text, date: text, meetingNumber: count, evidence }, ["source", "vetoedBy", "evidence"]), { maxLength: 2 }),
  },
  ["kind", "vetoedBy", "notParticipating"],
);

/** A real day of the year, as data/ writes dates. */
const dayOf = (year: number) => fc.date({ min: new Date(Date.UTC(year, 0, 1)), max: new Date(Date.UTC(year, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

/** A meeting of the given year; its id and topic follow data/'s rules more often than not. */
export function meetingOf(year: number): fc.Arbitrary<Record<string, unknown>> {
  const fields = optionalKeys(
    {
      id: nonEmptyText,
      kind: fc.constantFrom(...meetingKinds),
      number: count,
      resumption: count,
      part: count,
      date: dayOf(year),
      endDate: text,
      topic: text,
      topics: texts,
      agendaItem: text,
      agendaItemNumber: count,
      closed: fc.boolean(),
      subjectArea: text,
      records: optionalKeys({ verbatim: text, corrigenda: texts, pressReleases: texts, letters: texts }, []),
      outcomes: fc.array(outcome, { maxLength: 3 }),
      presidency: text,
      corrections: fc.array(optionalKeys({ id: text, field: text, sourceText: text, corrected: text, reason: text, reference: text }, ["id"]), { maxLength: 1 }),
      sources: fc.array(evidence, { minLength: 1, maxLength: 2 }),
    },
    ["id", "kind", "date", "topic", "topics", "closed", "subjectArea", "records", "outcomes", "sources"],
  );
  return withStrangers(
    fc.tuple(fields, fc.boolean(), fc.boolean()).map(([meeting, ruledId, ruledTopic]) => ({
      ...meeting,
      ...(ruledId && meetingIdOf(meeting) ? { id: meetingIdOf(meeting) } : {}),
      ...(ruledTopic ? { topic: topicOf(meeting) } : {}),
    })),
  );
}

/** A participation; its id follows data/'s rule more often than not. */
export const participation: fc.Arbitrary<Record<string, unknown>> = withStrangers(
  fc
    .tuple(
      optionalKeys(
        { id: text, meetingId: nonEmptyText, entityId: nonEmptyText, role: fc.constantFrom(...participationRoles), onBehalfOf: text, capacity: text, note: text, evidence, certainty: fc.constantFrom("stated", "inferred") },
        ["id", "meetingId", "entityId", "role", "evidence", "certainty"],
      ),
      fc.boolean(),
    )
    .map(([record, ruledId]) => (ruledId ? { ...record, id: participationIdOf(record) } : record)),
);

/** Paths into a record (of its own keys, or one level down) and the odd values to put there. */
const strayValue = fc.oneof(fc.constantFrom(null, "", "1990-02-30", "2003-04-11", "oracle", 7, -1, 2.5, true, [], {}, ["x"], { source: 1 }), fc.jsonValue({ maxDepth: 1 }));

/** The record with one field, or one field of a field, replaced by an odd value or removed. */
export function spoiled(record: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(record, fc.nat(), fc.nat(), fc.boolean(), strayValue).map(([original, at, deeper, remove, value]) => {
    const spoilt = structuredClone(original);
    const keys = Object.keys(spoilt);
    if (keys.length === 0) return spoilt;
    const key = keys[at % keys.length]!;
    const inner = spoilt[key];
    // One level down: into the field's object, or the first item of its list.
    const target = Array.isArray(inner) && typeof inner[0] === "object" && inner[0] !== null ? inner[0] : inner;
    if (deeper % 2 === 0 && typeof target === "object" && target !== null && !Array.isArray(target) && Object.keys(target).length > 0) {
      const innerKeys = Object.keys(target);
      const innerKey = innerKeys[deeper % innerKeys.length]!;
      if (remove) delete (target as Record<string, unknown>)[innerKey];
      else (target as Record<string, unknown>)[innerKey] = value;
    } else if (remove) delete spoilt[key];
    else spoilt[key] = value;
    return spoilt;
  });
}
