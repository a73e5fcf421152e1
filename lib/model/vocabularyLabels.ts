// What the app calls each value of the data contract's closed vocabularies: one table
// per vocabulary, each entry with the forms the views need. Zod-free (type imports
// only), like vocabulary.ts, so the browser bundle does not carry the schemas.
import type { OutcomeClass } from "./outcomeClass";
import type { Entity, Participation } from "./schema";
import type { EntityKind, outcomeKinds, ParticipationRole } from "./vocabulary";

type OutcomeKind = (typeof outcomeKinds)[number];

/** `one`: in a sentence or after a name ("African Union — organization"); `many`: a filter's choice. */
export const entityKindLabels: Record<EntityKind, { one: string; many: string }> = {
  state: { one: "state", many: "states" },
  organization: { one: "organization", many: "organizations" },
  person: { one: "person", many: "people" },
  group: { one: "group", many: "groups" },
  territory: { one: "territory", many: "territories" },
};

export const orgKindLabels: Record<NonNullable<Entity["orgKind"]>, string> = {
  regional: "Regional organization",
  subregional: "Subregional organization",
  union: "Political and economic union",
  "un-organ": "United Nations organ",
  group: "Group of states",
};

/**
 * `label`: a legend, a filter, a badge; `document`: the document an outcome is ("Vetoed
 * draft resolution S/2003/…"); `phrase`: the outcome inside a sentence.
 */
export const outcomeKindLabels: Record<OutcomeKind, { label: string; document: string; phrase: string }> = {
  "vetoed-draft": { label: "Vetoed draft", document: "Vetoed draft resolution", phrase: "vetoed draft resolution" },
  resolution: { label: "Resolution", document: "Resolution", phrase: "resolution" },
  "presidential-statement": { label: "Presidential statement", document: "Presidential statement", phrase: "presidential statement" },
  communique: { label: "Communiqué (closed meeting)", document: "Communiqué", phrase: "communiqué" },
  "draft-not-adopted": { label: "Draft not adopted", document: "Draft resolution (not adopted)", phrase: "draft resolution not adopted" },
  other: { label: "Other outcome", document: "Document", phrase: "other outcome" },
};

/** The one outcome a meeting mark shows (outcomeClassOf), as the legend and filters name it. */
export const outcomeClassLabels: Record<OutcomeClass, string> = {
  "vetoed-draft": outcomeKindLabels["vetoed-draft"].label,
  resolution: outcomeKindLabels.resolution.label,
  "presidential-statement": outcomeKindLabels["presidential-statement"].label,
  communique: outcomeKindLabels.communique.label,
  "draft-not-adopted": outcomeKindLabels["draft-not-adopted"].label,
  other: outcomeKindLabels.other.label,
  none: "No outcome",
};

/** `one`: beside a meeting in an entity's list; `group`: the heading of a meeting's participants in that role. */
export const participationRoleLabels: Record<ParticipationRole, { one: string; group: string }> = {
  president: { one: "President", group: "President" },
  "council-member": { one: "Council member", group: "Council members" },
  invited: { one: "Invited", group: "Invited" },
  briefer: { one: "Briefer", group: "Briefers" },
  "speaker-on-behalf": { one: "Spoke", group: "Speaking on behalf of others" },
  aligned: { one: "Aligned", group: "Aligned with a statement" },
  "represented-by": { one: "Representative", group: "Representing others" },
  subject: { one: "Subject", group: "Subject of the meeting" },
  "non-speaking": { one: "Present, did not speak", group: "Present, did not speak" },
  vetoed: { one: "Vetoed", group: "Vetoed (negative vote of a permanent member)" },
  "voted-against": { one: "Voted against", group: "Voted against" },
  abstained: { one: "Abstained", group: "Abstained" },
  "not-participating": { one: "Did not participate in the vote", group: "Did not participate in the vote" },
  absent: { one: "Absent from the vote", group: "Absent from the vote" },
  sponsor: { one: "Sponsor of the draft", group: "Sponsors of the draft" },
  "raised-by": { one: "Raised the matter", group: "Raised the matter (letter to the Council)" },
};

/** `tag`: the short mark beside an edge; `explained`: what it means, for a tooltip. */
export const certaintyLabels: Record<Participation["certainty"], { tag: string; explained: string }> = {
  stated: { tag: "stated", explained: "Stated in a source" },
  inferred: { tag: "inferred", explained: "Inferred by the app, not stated in a source" },
};
