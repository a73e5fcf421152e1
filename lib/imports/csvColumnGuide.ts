import type { CsvColumn } from "@/lib/sources/meetingsCsv";
import { csvStatedRoles } from "./csvLayer";

/** One column of the import CSV as the import panel explains it. */
export interface CsvColumnHelp {
  column: CsvColumn;
  /** "yes", "with participant", or empty when the column may be left out. */
  required: string;
  what: string;
}

// The panel's own account of the CSV's columns, so a class can write one without the
// README; the roles come from the parser's list, so this cannot fall behind it.
export const csvColumnGuide: readonly CsvColumnHelp[] = [
  { column: "meeting", required: "yes", what: "the meeting's number as the UN table gives it: 4761, or 4762-R1 for a resumption" },
  { column: "date", required: "yes", what: "the day of the meeting, YYYY-MM-DD" },
  { column: "topic", required: "", what: "the agenda item" },
  { column: "outcome", required: "", what: "a document symbol: S/RES/1497 (2003) for a resolution, S/PRST/2003/18 for a presidential statement, or another" },
  { column: "participant", required: "", what: "a state, organization or person, named as a UN document names them; leave it empty for a row that states the meeting alone" },
  { column: "role", required: "with participant", what: `one of ${csvStatedRoles.join(", ")}` },
  { column: "on_behalf_of", required: "", what: "the party the participant spoke or acted for" },
  { column: "capacity", required: "", what: "the office in which the participant took part" },
  { column: "note", required: "", what: "anything else the source says of the participant" },
];
