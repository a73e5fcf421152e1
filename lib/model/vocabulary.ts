// The closed vocabularies of the data contract. Kept apart from the zod schemas so the
// browser can use them without shipping zod: only the ingest validates.

export const outcomeKinds = ["resolution", "presidential-statement", "communique", "vetoed-draft", "draft-not-adopted", "other"] as const;
export const meetingKinds = ["meeting", "videoconference"] as const;
export const entityKinds = ["state", "organization", "person", "group"] as const;
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
] as const;
export type ParticipationRole = (typeof participationRoles)[number];
