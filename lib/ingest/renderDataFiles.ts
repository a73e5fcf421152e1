import { dataLayout, type DataIndex } from "@/lib/model/dataFiles";
import type { SubjectAreaInfo } from "@/lib/model/dataset";
import type { Meeting, Participation } from "@/lib/model/schema";
import { subjectAreas } from "@/lib/model/subjectAreas";
import type { BuiltDataset } from "./buildDataset";
import type { CouncilMembersData } from "./councilMembership";

// The bytes of every file in data/ (paths from lib/model/dataFiles). One record per line
// keeps diffs readable and the files byte-stable.

function recordsJson(records: readonly unknown[]): string {
  if (records.length === 0) return "[]\n";
  return `[\n${records.map((record) => JSON.stringify(record)).join(",\n")}\n]\n`;
}

const prettyJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** One year per line: 77 short lines rather than 1,200 of pretty JSON. */
function membersJson({ source, years }: CouncilMembersData): string {
  const lines = Object.entries(years).map(([year, members]) => `    ${JSON.stringify(year)}: ${JSON.stringify(members)}`);
  return `{\n  "source": ${JSON.stringify(source)},\n  "years": {\n${lines.join(",\n")}\n  }\n}\n`;
}

function groupByYear<T>(records: readonly T[], yearOf: (record: T) => number | undefined): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const record of records) {
    const year = yearOf(record);
    if (year === undefined) continue;
    const list = groups.get(year) ?? [];
    list.push(record);
    groups.set(year, list);
  }
  return groups;
}

/** Every file data/ should hold, by path relative to data/, with its exact bytes. */
export function renderDataFiles(built: BuiltDataset): Map<string, string> {
  const files = new Map<string, string>();
  const meetingYear = new Map(built.meetings.map((meeting) => [meeting.id, Number(meeting.date.slice(0, 4))]));
  const meetingsByYear = groupByYear<Meeting>(built.meetings, (meeting) => meetingYear.get(meeting.id));
  const participationsByYear = groupByYear<Participation>(built.participations, (participation) => meetingYear.get(participation.meetingId));
  const years = [...meetingsByYear.keys()].sort((a, b) => a - b);
  for (const year of years) {
    files.set(dataLayout.meetings(year), recordsJson(meetingsByYear.get(year) ?? []));
    files.set(dataLayout.participations(year), recordsJson(participationsByYear.get(year) ?? []));
  }
  const areas: SubjectAreaInfo[] = subjectAreas.map(({ id, label, color }) => ({ id, label, color }));
  const stated = built.participations.filter((participation) => participation.certainty === "stated").length;
  const index: DataIndex = {
    defaultYear: built.referenceYear,
    years: years.map((year) => ({ year, meetings: meetingsByYear.get(year)?.length ?? 0, participations: participationsByYear.get(year)?.length ?? 0 })),
    counts: {
      meetings: built.meetings.length,
      entities: built.entities.length,
      participations: built.participations.length,
      stated,
      inferred: built.participations.length - stated,
      vetoes: built.vetoes.length,
      problems: built.problems.length,
    },
  };
  files.set(dataLayout.index, prettyJson(index));
  files.set(dataLayout.entities, recordsJson(built.entities));
  files.set(dataLayout.presidencies, recordsJson(built.presidencies));
  files.set(dataLayout.subjectAreas, recordsJson(areas));
  files.set(dataLayout.vetoes, recordsJson(built.vetoes));
  files.set(dataLayout.report, prettyJson({ tables: built.tableStats, checks: built.checks, problems: built.problems }));
  files.set(dataLayout.reference, prettyJson(built.reference));
  if (built.councilMembers) files.set(dataLayout.councilMembers, membersJson(built.councilMembers));
  return files;
}
