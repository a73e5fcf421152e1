import { outcomeClassOf } from "@/lib/model/outcomeClass";
import { outcomeClassLabels } from "@/lib/model/vocabularyLabels";
import type { Meeting, Outcome, Vote } from "@/lib/model/schema";
import { formatDate } from "@/lib/text/calendar";

type NamedMeeting = Pick<Meeting, "id" | "kind" | "number" | "resumption" | "part" | "date" | "topic">;

/** "Meeting 4877 (Resumption 1)", "Videoconference": how a meeting is called, without date or topic. */
export function meetingTitle(meeting: NamedMeeting): string {
  if (meeting.kind === "videoconference") return "Videoconference";
  let title = `Meeting ${meeting.number ?? meeting.id}`;
  if (meeting.part) title += ` (Part ${meeting.part})`;
  if (meeting.resumption) title += ` (Resumption ${meeting.resumption})`;
  return title;
}

/**
 * The accessible name of a meeting's mark, e.g. "Meeting 4739, 11 April 2003, The Security
 * Council and regional organizations". End-to-end tests find marks by this exact text.
 */
export function meetingAccessibleName(meeting: NamedMeeting): string {
  return `${meetingTitle(meeting)}, ${formatDate(meeting.date)}, ${meeting.topic}`;
}

/** The short label beside a mark when there is little room: "4739", "4877 R1", "VTC". */
export function meetingShortLabel(meeting: NamedMeeting): string {
  if (meeting.kind === "videoconference") return "VTC";
  const base = String(meeting.number ?? meeting.id);
  return meeting.resumption ? `${base} R${meeting.resumption}` : base;
}

/** The label beside a mark when there is room: number and topic. */
export function meetingFullLabel(meeting: NamedMeeting): string {
  return `${meetingShortLabel(meeting)} ${meeting.topic}`;
}

/** "15 for, 0 against, 0 abstaining": spelled out, since a classroom reads it aloud. */
export function formatVote(vote: Vote): string {
  return `${vote.for} for, ${vote.against} against, ${vote.abstain} abstaining`;
}

function describeOutcome(outcome: Outcome, nameOf: (entityId: string) => string): string {
  const kind =
    outcome.kind === "communique"
      ? "Communiqué of a closed meeting"
      : outcome.kind === "other"
        ? "Other outcome"
        : outcomeClassLabels[outcome.kind];
  let line = outcome.symbol && outcome.kind !== "communique" ? `${kind} ${outcome.symbol}` : kind;
  if (outcome.vote) line += ` (${formatVote(outcome.vote)})`;
  if (outcome.vetoedBy.length > 0) line += `, vetoed by ${outcome.vetoedBy.map(nameOf).join(" and ")}`;
  if (outcome.note) line += ` (${outcome.note})`;
  return line;
}

/** One line per outcome for the tooltip; "No formal outcome" when there is none. */
export function outcomeLines(meeting: Pick<Meeting, "outcomes" | "closed">, nameOf: (entityId: string) => string): string[] {
  if (meeting.outcomes.length === 0) return [meeting.closed ? "Closed meeting, no outcome recorded" : "No formal outcome"];
  return meeting.outcomes.map((outcome) => describeOutcome(outcome, nameOf));
}

/** The outcome class label used for the glyph, e.g. "Resolution". */
export function meetingOutcomeLabel(meeting: Pick<Meeting, "outcomes">): string {
  return outcomeClassLabels[outcomeClassOf(meeting)];
}
