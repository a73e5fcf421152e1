// The closed vocabularies of the data contract. Kept apart from the zod schemas so the
// browser can use them without shipping zod: only the ingest validates.

export const outcomeKinds = ["resolution", "presidential-statement", "communique", "vetoed-draft", "draft-not-adopted", "other"] as const;
export const meetingKinds = ["meeting", "videoconference"] as const;
// A territory is a place the Council discusses that is no state (Western Sahara).
export const entityKinds = ["state", "organization", "person", "group", "territory"] as const;
export type EntityKind = (typeof entityKinds)[number];
export const participationRoles = [
  "president",
  "council-member",
  "invited",
  "briefer",
  "speaker-on-behalf",
  "aligned",
  "represented-by",
  "subject",
  "non-speaking",
  // Votes on an outcome (the meetings table, the veto list, the Repertoire): each state's
  // vote is an edge of its own, with the outcome's evidence.
  "vetoed",
  "voted-against",
  "abstained",
  "not-participating",
  "absent",
  // A draft "submitted by" the states the source names.
  "sponsor",
  // A letter "from A concerning B" brought B before the Council: A raised it, B is the subject.
  "raised-by",
] as const;

/** The roles that record a state's vote on an outcome rather than a part in the debate. */
export const voteRoles = ["vetoed", "voted-against", "abstained", "not-participating", "absent"] as const satisfies readonly ParticipationRole[];
export type VoteRole = (typeof voteRoles)[number];
export type ParticipationRole = (typeof participationRoles)[number];

/** Where a record came from; "imported" is a file a user brought into their own browser. */
export const evidenceSources = ["un-meetings-table", "un-veto-table", "repertoire", "reference", "inferred", "correction", "imported"] as const;
export type EvidenceSource = (typeof evidenceSources)[number];
