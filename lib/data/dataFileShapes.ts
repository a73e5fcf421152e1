import type { Meeting } from "@/lib/model/schema";
import { entityKinds, meetingKinds, outcomeKinds, participationRoles } from "@/lib/model/vocabulary";
import { arrayOf, checkShape, isBoolean, isCount, isNonEmptyString, isRealDate, isString, objectWith, oneOf, optional, refined, type ShapeCheck } from "./shapeChecks";

// The shape of each file of data/ as the browser reads it: the fields the views rely on,
// checked before a year joins the dataset, so a wrong file is refused by name instead of
// failing somewhere in a view ("… is not iterable"). The ingest's zod schemas
// (lib/model/schema.ts) are the full contract; these mirror the parts a view would trip on.

/** A file of data/ that could not be used: fetched but not JSON, or not the shape its name promises. */
export class DataShapeError extends Error {
  readonly code = "data-wrong-shape";
  constructor(readonly file: string, readonly detail: string) {
    super(`${file}: ${detail}`);
  }
}

const ids = arrayOf(isString);

const outcome = objectWith({
  kind: oneOf(outcomeKinds),
  symbol: optional(isString),
  vote: optional(objectWith({ for: isCount, against: isCount, abstain: isCount })),
  vetoedBy: ids,
  notParticipating: ids,
});

const meetingFields = {
  id: isNonEmptyString,
  kind: oneOf(meetingKinds),
  number: optional(isCount),
  date: isRealDate,
  topic: isString,
  topics: arrayOf(isString),
  closed: isBoolean,
  subjectArea: isString,
  records: objectWith({ verbatim: optional(isString), corrigenda: optional(ids), pressReleases: optional(ids) }),
  outcomes: arrayOf(outcome),
  presidency: optional(isString),
  sources: arrayOf(objectWith({ source: isString })),
};

/** A year's meetings: every record of the contract's shape, dated in that year. */
export function meetingsOfYear(year: number): ShapeCheck {
  return arrayOf(
    refined(objectWith(meetingFields), (meeting: Meeting, path) =>
      meeting.date.startsWith(`${year}-`) ? null : `${path}.date: ${meeting.date} is not in ${year}`),
  );
}

export const participationsFile = arrayOf(
  objectWith({
    id: isString,
    meetingId: isNonEmptyString,
    entityId: isNonEmptyString,
    role: oneOf(participationRoles),
    onBehalfOf: optional(isString),
    evidence: objectWith({ source: isString }),
    certainty: oneOf(["stated", "inferred"]),
  }),
);

export const entitiesFile = arrayOf(
  objectWith({ id: isNonEmptyString, kind: oneOf(entityKinds), name: isNonEmptyString, aliases: optional(ids), members: optional(ids) }),
);

export const presidenciesFile = arrayOf(
  objectWith({ month: refined(isString, (month: string, path) => (/^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? null : `${path}: expected a month (YYYY-MM), got ${JSON.stringify(month)}`)), entityId: isNonEmptyString }),
);

export const subjectAreasFile = arrayOf(objectWith({ id: isNonEmptyString, label: isString, color: isString }));

/** The value, typed, when it has the shape; a DataShapeError naming the file and the first wrong field otherwise. */
export function checkedFile<T>(file: string, value: unknown, check: ShapeCheck): T {
  const problem = checkShape(check, value);
  if (problem) throw new DataShapeError(file, problem);
  return value as T;
}

