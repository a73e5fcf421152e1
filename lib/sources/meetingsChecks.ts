// Rules for one year's meeting table that no single row can apply: a meeting listed on
// more than one row, ids for videoconferences, and decisions whose symbols disagree
// with the table.

import type { TableMeeting } from "./meetingsTable";
import type { TableOutcome } from "./meetingsOutcome";

/** A meeting being assembled, with the agenda item of each outcome where the row shows it. */
export interface MeetingDraft {
  meeting: TableMeeting;
  outcomeTopics: Array<string | undefined>;
}

type Report = (code: string, message: string) => void;

// "[resumed meeting]" and "[closed]" are remarks on the meeting, not part of the item.
const bareTopic = (topic: string) => topic.replace(/\s*\[[^\]]*\]\s*/g, " ").trim().toLowerCase();
const sameOutcome = (a: TableOutcome, b: TableOutcome) =>
  a.kind === b.kind && a.symbol === b.symbol && JSON.stringify(a.vote) === JSON.stringify(b.vote);
const union = (into: string[], more: string[] | undefined) => more?.forEach((item) => into.includes(item) || into.push(item));

/**
 * Folds a row that repeats a meeting already read into it. The tables do this for a
 * meeting with two agenda items on two full rows (S/PV.4194, 7 September 2000), for a
 * meeting that went on the next day (S/PV.8773, 11 and 12 November 2020), and by
 * mistake (S/PV.6576 twice, 2011).
 */
export function mergeRepeatedRow(earlier: MeetingDraft, repeat: MeetingDraft, report: Report) {
  const into = earlier.meeting;
  const from = repeat.meeting;
  let added = false;
  for (const topic of from.topics) {
    if (into.topics.some((known) => bareTopic(known) === bareTopic(topic))) continue;
    into.topics.push(topic);
    added = true;
  }
  from.outcomes.forEach((outcome, i) => {
    if (into.outcomes.some((known) => sameOutcome(known, outcome))) return;
    into.outcomes.push(outcome);
    earlier.outcomeTopics.push(repeat.outcomeTopics[i]);
    added = true;
  });
  const days = [into.date, into.endDate, from.date, from.endDate].filter((day): day is string => day !== undefined).sort();
  const first = days[0] ?? into.date;
  const last = days[days.length - 1] ?? into.date;
  if (first !== into.date || last !== (into.endDate ?? into.date)) {
    report("split-meeting", `mergeRepeatedRow: meeting ${into.id} is listed on rows dated ${into.date} and ${from.date}; read as one meeting from ${first} to ${last}`);
    into.date = first;
    if (last !== first) into.endDate = last;
  } else if (!added) {
    report("duplicate-row", `mergeRepeatedRow: the row repeats meeting ${into.id} (line ${into.evidence.line}) and adds nothing`);
  }
  into.closed ||= from.closed;
  union(into.records.corrigenda, from.records.corrigenda);
  union(into.records.pressReleases, from.records.pressReleases);
  if (from.records.letters) union((into.records.letters ??= []), from.records.letters);
  if (from.records.webcasts) union((into.records.webcasts ??= []), from.records.webcasts);
  into.evidence.rows.push(...from.evidence.rows);
  into.evidence.end = Math.max(into.evidence.end, from.evidence.end);
}

/** Videoconferences have no number; the tables run in reverse order, so the day's last row is its first. */
export function numberVideoconferences(drafts: MeetingDraft[]) {
  const perDay = new Map<string, number>();
  for (const { meeting } of [...drafts].reverse()) {
    if (meeting.kind !== "videoconference") continue;
    const ordinal = (perDay.get(meeting.date) ?? 0) + 1;
    perDay.set(meeting.date, ordinal);
    meeting.id = `VTC-${meeting.date}-${ordinal}`;
  }
}

export interface OutcomeFinding {
  code: string;
  message: string;
  line: number;
  row: number;
  excerpt: string;
}

/**
 * Resolutions and presidential statements carry the year of their adoption, and each is
 * adopted once; a table that says otherwise has a typing error (1990 lists S/RES/663
 * twice where the second is 666).
 */
export function checkOutcomes(meetings: TableMeeting[], year: number): OutcomeFinding[] {
  const findings: OutcomeFinding[] = [];
  const firstSeen = new Map<string, TableMeeting>();
  for (const meeting of meetings) {
    for (const outcome of meeting.outcomes) {
      if ((outcome.kind !== "resolution" && outcome.kind !== "presidential-statement") || outcome.symbol === undefined) continue;
      const at = { line: meeting.evidence.line, row: meeting.evidence.row, excerpt: `${meeting.id} ${meeting.date}: ${outcome.symbol}` };
      const symbolYear = /\((\d{4})\)|^S\/PRST\/(\d{4})\//.exec(outcome.symbol);
      const stated = Number(symbolYear?.[1] ?? symbolYear?.[2]);
      if (symbolYear && stated !== year) {
        findings.push({ ...at, code: "symbol-year-mismatch", message: `checkOutcomes: ${outcome.symbol} at meeting ${meeting.id} is not of the table's year ${year}` });
      }
      const earlier = firstSeen.get(outcome.symbol);
      if (earlier && earlier !== meeting) {
        findings.push({ ...at, code: "duplicate-outcome", message: `checkOutcomes: ${outcome.symbol} is given for meeting ${earlier.id} and again for ${meeting.id}` });
      } else firstSeen.set(outcome.symbol, meeting);
    }
  }
  return findings;
}
