import type { Meeting, Outcome } from "@/lib/model/schema";
import { subjectAreas } from "@/lib/model/subjectAreas";

/** A meeting as the benchmark workloads (../shared/bench/meetings-*.json) give it. */
export interface BenchMeetingRow {
  id: string;
  date: string;
  topic: string;
  outcome: string;
}

export class BenchWorkloadError extends Error {
  readonly code = "bench-workload-invalid";
  constructor(message: string) {
    super(message);
    this.name = "BenchWorkloadError";
  }
}

// The workloads' outcomes are synthetic words; "decision", "report", "postponed" have
// no counterpart in the contract, so they become "other" or no outcome at all.
const outcomeKindOf: Record<string, Outcome["kind"] | null> = {
  resolution: "resolution",
  statement: "presidential-statement",
  communique: "communique",
  veto: "vetoed-draft",
  decision: "other",
  report: "other",
  postponed: null,
  "no action": null,
};

/** A stable lane for a synthetic topic ("health", "crime"): they name no region, so spread them over the areas. */
function laneByTopicHash(topic: string): string {
  let hash = 0;
  for (let i = 0; i < topic.length; i++) hash = (hash * 31 + topic.charCodeAt(i)) >>> 0;
  return subjectAreas[hash % subjectAreas.length]!.id;
}

export function benchRowToMeeting(row: BenchMeetingRow, laneOf: (topic: string) => string = laneByTopicHash): Meeting {
  const kind = outcomeKindOf[row.outcome];
  const number = Number(row.id.replace(/^\D+/, ""));
  return {
    id: row.id,
    kind: "meeting",
    number: Number.isInteger(number) && number > 0 ? number : undefined,
    date: row.date,
    topic: row.topic,
    topics: [row.topic],
    closed: false,
    subjectArea: laneOf(row.topic),
    records: { corrigenda: [], pressReleases: [] },
    outcomes: kind ? [{ kind, vetoedBy: [], notParticipating: [] }] : [],
    sources: [{ source: "inferred", note: "synthetic benchmark workload" }],
  };
}

function isRow(value: unknown): value is BenchMeetingRow {
  if (typeof value !== "object" || value === null) return false;
  const row = value as Record<string, unknown>;
  return typeof row.id === "string" && typeof row.topic === "string" && typeof row.outcome === "string" && typeof row.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(row.date);
}

/** A benchmark workload's meetings, sorted by date then id as the timeline model expects. */
export function benchWorkloadToMeetings(rows: unknown, laneOf?: (topic: string) => string): Meeting[] {
  if (!Array.isArray(rows)) throw new BenchWorkloadError("benchWorkloadToMeetings: expected an array of meetings");
  const bad = rows.findIndex((row) => !isRow(row));
  if (bad >= 0) throw new BenchWorkloadError(`benchWorkloadToMeetings: row ${bad} is not {id, date, topic, outcome}: ${JSON.stringify(rows[bad]).slice(0, 80)}`);
  return (rows as BenchMeetingRow[])
    .map((row) => benchRowToMeeting(row, laneOf))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
