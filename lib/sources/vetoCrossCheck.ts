// Holds the yearly meeting tables and the veto list to each other: every draft the year
// tables show as vetoed must be in the list, and every vetoed draft the list gives for
// those years must be in the year tables, with the same members, date and meeting.

import type { Problem } from "./problem";
import type { TableMeeting } from "./meetingsTable";
import type { TableOutcome } from "./meetingsOutcome";
import { excerpt } from "./sourceText";
import type { VetoRecord } from "./vetoTable";

// Only for comparing: the two lists spell the same members differently.
const MEMBER_ALIASES: Record<string, string> = {
  "united states": "usa",
  "united states of america": "usa",
  us: "usa",
  "united kingdom": "uk",
  "united kingdom of great britain and northern ireland": "uk",
  russia: "russian federation",
  "soviet union": "ussr",
};

function memberKey(name: string): string {
  const key = name.trim().toLowerCase().replace(/^the\s+/, "").replace(/\s+/g, " ");
  return MEMBER_ALIASES[key] ?? key;
}

const memberSet = (names: string[]) => [...new Set(names.map(memberKey))].sort().join(", ");
const draftKey = (symbol: string) => symbol.replace(/\s+/g, "").toUpperCase();
const baseKey = (symbol: string) => draftKey(symbol).replace(/\/(?:REV|CORR|ADD)\.\d+$/g, "");

interface TableVeto {
  meeting: TableMeeting;
  outcome: TableOutcome;
  symbol: string;
}

function problemAt(file: string, line: number, message: string, text: string): Problem {
  return { file, line, code: "veto-mismatch", message: `crossCheckVetoes: ${message}`, excerpt: excerpt(text) };
}

function describe(veto: TableVeto): string {
  return `${veto.symbol} at meeting ${veto.meeting.id} (${veto.meeting.date}, vetoed by ${veto.outcome.vetoedByNames.join(", ")})`;
}

function compare(found: TableVeto, listed: VetoRecord): string[] {
  const differences: string[] = [];
  if (memberSet(found.outcome.vetoedByNames) !== memberSet(listed.vetoedByNames)) {
    differences.push(`vetoed by ${found.outcome.vetoedByNames.join(", ")} in the year table but ${listed.vetoedByNames.join(", ")} in the veto list`);
  }
  const tableDays = [found.meeting.date, found.meeting.endDate];
  const listDays = [listed.date, listed.endDate];
  if (!tableDays.some((day) => day !== undefined && listDays.includes(day))) {
    differences.push(`dated ${found.meeting.date} in the year table but ${listed.date} in the veto list`);
  }
  if (listed.meetingNumber !== undefined && found.meeting.number !== undefined && listed.meetingNumber !== found.meeting.number) {
    differences.push(`at meeting ${found.meeting.number} in the year table but S/PV.${listed.meetingNumber} in the veto list`);
  }
  return differences;
}

/**
 * Compares the vetoed drafts of `yearMeetings` with the veto list for the years those
 * meetings cover, and reports each disagreement as a "veto-mismatch" problem.
 */
export function crossCheckVetoes(yearMeetings: TableMeeting[], vetoes: VetoRecord[]): Problem[] {
  const years = new Set(yearMeetings.map((meeting) => meeting.date.slice(0, 4)));
  const fromTables = new Map<string, TableVeto[]>();
  const problems: Problem[] = [];
  for (const meeting of yearMeetings) {
    for (const outcome of meeting.outcomes) {
      if (outcome.kind !== "vetoed-draft") continue;
      if (outcome.symbol === undefined) {
        problems.push(problemAt(meeting.evidence.file, meeting.evidence.line, `a draft vetoed at meeting ${meeting.id} has no symbol to look up in the veto list`, meeting.topics.join(" / ")));
        continue;
      }
      const key = draftKey(outcome.symbol);
      fromTables.set(key, [...(fromTables.get(key) ?? []), { meeting, outcome, symbol: outcome.symbol }]);
    }
  }
  const listed = vetoes.filter((veto) => years.has(veto.date.slice(0, 4)));
  const unmatchedListed: VetoRecord[] = [];
  for (const veto of listed) {
    const candidates = fromTables.get(draftKey(veto.draft)) ?? [];
    // Several vetoes of one draft symbol (1946 lists them by meeting): prefer the same meeting, then the same day.
    const index = [
      candidates.findIndex((found) => found.meeting.number !== undefined && found.meeting.number === veto.meetingNumber),
      candidates.findIndex((found) => found.meeting.date === veto.date),
      candidates.length > 0 ? 0 : -1,
    ].find((i) => i >= 0);
    const found = index === undefined ? undefined : candidates[index];
    if (!found || index === undefined) {
      unmatchedListed.push(veto);
      continue;
    }
    candidates.splice(index, 1);
    for (const difference of compare(found, veto)) {
      problems.push(problemAt(veto.evidence.file, veto.evidence.line, `draft ${veto.draft} is ${difference}`, `${veto.date} ${veto.draft} ${veto.agendaItem}`));
    }
  }
  for (const veto of unmatchedListed) {
    // The same veto under a revised symbol ("S/18087" against "S/18087/Rev.1") is one disagreement, not two.
    const revised = [...fromTables.values()].find((candidates) =>
      candidates.some((found) => baseKey(found.symbol) === baseKey(veto.draft) && found.meeting.date === veto.date),
    );
    const found = revised?.find((candidate) => candidate.meeting.date === veto.date);
    if (revised && found) {
      revised.splice(revised.indexOf(found), 1);
      const differences = [`${found.symbol} in the year table but ${veto.draft} in the veto list`, ...compare(found, veto)];
      for (const difference of differences) {
        problems.push(problemAt(veto.evidence.file, veto.evidence.line, `draft ${veto.draft} is ${difference}`, `${veto.date} ${veto.draft} ${veto.agendaItem}`));
      }
      continue;
    }
    problems.push(problemAt(veto.evidence.file, veto.evidence.line, `draft ${veto.draft} vetoed on ${veto.date} by ${veto.vetoedByNames.join(", ")} is in the veto list but not vetoed in the year tables`, `${veto.date} ${veto.draft} ${veto.agendaItem}`));
  }
  for (const found of [...fromTables.values()].flat()) {
    problems.push(problemAt(found.meeting.evidence.file, found.meeting.evidence.line, `draft ${describe(found)} is not in the veto list`, found.meeting.topics.join(" / ")));
  }
  return problems;
}
