import { UnresolvedRegistry } from "@/lib/ingest/unresolvedEntities";
import type { Evidence, Meeting, Outcome, Participation, ParticipationRole } from "@/lib/model/schema";
import { subjectAreaFor } from "@/lib/model/subjectAreas";
import { participationRoles } from "@/lib/model/vocabulary";
import { parseMeetingsCsv, type CsvRow } from "@/lib/sources/meetingsCsv";
import type { Problem } from "@/lib/sources/problem";
import { isRealIsoDate } from "@/lib/text/calendar";
import type { ImportContext } from "./importContext";
import { importedEvidence, type ImportSource } from "./importTypes";

// A CSV of meetings and participations (columns: ./csvColumnGuide.ts) as records. Every row is
// checked: a meeting id like the table's ("4761", "4762-R1"), a real ISO date, a role of
// the data contract; a row that fails says why and is left out, the rest imports.

const meetingIdPattern = /^(\d{1,5})(?:-R(\d{1,2}))?$/;
/** The roles a CSV row may state: every role of the contract but `subject`, which only the app infers from a topic. */
export const csvStatedRoles: readonly ParticipationRole[] = participationRoles.filter((role) => role !== "subject");
const statedRoles = csvStatedRoles;


function outcomeFrom(symbol: string): Outcome {
  const kind: Outcome["kind"] = /^S\/RES\//.test(symbol) ? "resolution" : /^S\/PRST\//.test(symbol) ? "presidential-statement" : "other";
  return { kind, symbol, vetoedBy: [], notParticipating: [] };
}

export function csvRecords(text: string, source: ImportSource, context: ImportContext) {
  const parsed = parseMeetingsCsv(text, { file: source.fileName });
  const problems: Problem[] = [...parsed.problems];
  const unresolved = new UnresolvedRegistry();
  const meetings = new Map<string, Meeting>();
  const participations: Participation[] = [];
  const refuse = (row: CsvRow, code: string, message: string) =>
    problems.push({ file: source.fileName, line: row.line, code, message: `csvRecords: ${message}; the row is skipped`, excerpt: Object.values(row.values).join(", ").slice(0, 120) });

  for (const row of parsed.rows) {
    const { meeting: id = "", date = "", topic, outcome, participant, role, on_behalf_of: onBehalf, capacity, note } = row.values;
    const number = meetingIdPattern.exec(id);
    if (!number) {
      refuse(row, "csv-meeting-id", `"${id}" is not a meeting id like 4761 or 4762-R1`);
      continue;
    }
    if (!isRealIsoDate(date)) {
      refuse(row, "csv-date", `"${date}" is not a calendar date written YYYY-MM-DD`);
      continue;
    }
    const evidence: Evidence = importedEvidence({ source: "imported", line: row.line }, source);
    const existing = meetings.get(id);
    if (existing && existing.date !== date) {
      refuse(row, "csv-date-conflict", `meeting ${id} is dated ${existing.date} on an earlier row and ${date} here`);
      continue;
    }
    const meeting: Meeting = existing ?? {
      id, kind: "meeting", number: Number(number[1]), ...(number[2] ? { resumption: Number(number[2]) } : {}), date,
      topic: topic ?? `Meeting ${id}`, topics: topic ? [topic] : [], closed: false, subjectArea: subjectAreaFor(topic ? [topic] : []).id,
      records: { corrigenda: [], pressReleases: [] }, outcomes: [], sources: [evidence],
    };
    if (outcome && !meeting.outcomes.some((o) => o.symbol === outcome)) meeting.outcomes.push(outcomeFrom(outcome));
    meetings.set(id, meeting);
    if (!participant) continue;
    if (!role || !(statedRoles as readonly string[]).includes(role)) {
      refuse(row, "csv-role", `role "${role ?? ""}" is not one of ${statedRoles.join(", ")}`);
      continue;
    }
    const resolve = (name: string) => context.resolver.resolveName(name, date) ?? unresolved.register(name, evidence, { file: source.fileName, line: row.line });
    const entityId = resolve(participant);
    const onBehalfOf = onBehalf ? resolve(onBehalf) : undefined;
    participations.push({
      id: [id, role, entityId, onBehalfOf].filter(Boolean).join("|"),
      meetingId: id, entityId, role: role as ParticipationRole, certainty: "stated", evidence,
      ...(onBehalfOf ? { onBehalfOf } : {}), ...(capacity ? { capacity } : {}), ...(note ? { note } : {}),
    });
    if (role === "president" && !meeting.presidency) meeting.presidency = entityId;
  }
  return { meetings: [...meetings.values()], participations, entities: unresolved.all(), problems: [...problems, ...unresolved.problems], rows: parsed.rows.length };
}
