import { z } from "zod";
import type { Correction, Meeting } from "@/lib/model/schema";
import type { Problem } from "@/lib/sources/problem";

// Source errors corrected in data/, never silently: each entry names the record, what the
// source says, what data/ holds instead, why, and the reference that shows it. The ingest
// applies them (applyCorrections) and records each on the corrected meeting, where the
// details panel shows it. An entry whose source text is no longer what the source says is
// an error: the source changed, and the correction must be looked at again.

const correctionEntrySchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("outcome-symbol"),
    id: z.string().min(1),
    meetingId: z.string().min(1),
    sourceText: z.string().min(1),
    corrected: z.string().min(1),
    reason: z.string().min(1),
    reference: z.string().min(1),
  }),
  z.object({
    // One table row that merges two sittings of a meeting: the first keeps the number, the second becomes its resumption.
    kind: z.literal("split-sittings"),
    id: z.string().min(1),
    meetingId: z.string().min(1),
    /** The first sitting's date and topic, from its own row of the table. */
    first: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), topic: z.string().min(1), line: z.number().int().positive() }),
    sourceText: z.string().min(1),
    corrected: z.string().min(1),
    reason: z.string().min(1),
    reference: z.string().min(1),
  }),
]);
export type CorrectionEntry = z.infer<typeof correctionEntrySchema>;

export const corrections: readonly CorrectionEntry[] = z.array(correctionEntrySchema).parse([
  {
    kind: "outcome-symbol",
    id: "1990-res-666",
    meetingId: "2939",
    sourceText: "S/RES/663 (1990)",
    corrected: "S/RES/666 (1990)",
    reason: "the UN table lists resolution 663 twice (at the 2936th and 2939th meetings) and 666 nowhere; 666 was adopted at the 2939th meeting",
    reference: "S/RES/666 (1990), adopted by the Security Council at its 2939th meeting on 13 September 1990",
  },
  {
    kind: "outcome-symbol",
    id: "1991-res-695",
    meetingId: "2990",
    sourceText: "S/RES/701 (1991)",
    corrected: "S/RES/695 (1991)",
    reason: "the UN table lists resolution 701 twice (at the 2990th and 2997th meetings) and 695 nowhere; 695 was adopted at the 2990th meeting",
    reference: "S/RES/695 (1991), adopted by the Security Council at its 2990th meeting on 30 May 1991",
  },
  {
    kind: "split-sittings",
    id: "2020-8773-sittings",
    meetingId: "8773",
    first: { date: "2020-11-11", topic: "Elections of five members of the International Court of Justice", line: 192 },
    sourceText: "two rows S/PV.8773 (11 and 12 November 2020) read as one meeting with the second row's topic",
    corrected: "8773 on 11 November 2020 and its resumption 8773-R1 on 12 November 2020",
    reason: "the 8773rd meeting sat on two days, each with its own row; merged, the first sitting's topic was lost",
    reference: "S/PV.8773 and S/PV.8773 (Resumption 1), the verbatim record of the 8773rd meeting, 11 and 12 November 2020",
  },
]);

function record(entry: CorrectionEntry, field: string): Correction {
  return { id: entry.id, field, sourceText: entry.sourceText, corrected: entry.corrected, reason: entry.reason, reference: entry.reference };
}

const withCorrection = (meeting: Meeting, correction: Correction): Meeting => ({ ...meeting, corrections: [...(meeting.corrections ?? []), correction] });

function applyOne(meetings: Map<string, Meeting>, entry: CorrectionEntry): string | undefined {
  const meeting = meetings.get(entry.meetingId);
  if (!meeting) return `meeting ${entry.meetingId} is not in the data`;
  if (entry.kind === "outcome-symbol") {
    const index = meeting.outcomes.findIndex((outcome) => outcome.symbol === entry.sourceText);
    if (index < 0) return `meeting ${entry.meetingId} has no outcome ${entry.sourceText}`;
    const outcomes = meeting.outcomes.map((outcome, i) => (i === index ? { ...outcome, symbol: entry.corrected, ...(outcome.symbols ? { symbols: [entry.corrected, ...outcome.symbols.slice(1)] } : {}) } : outcome));
    meetings.set(meeting.id, withCorrection({ ...meeting, outcomes }, record(entry, `outcomes[${index}].symbol`)));
    return undefined;
  }
  if (meeting.endDate === undefined || meeting.date !== entry.first.date) return `meeting ${entry.meetingId} is not one record over two days from ${entry.first.date}`;
  const { endDate, ...rest } = meeting;
  const sitting = (source: Meeting["sources"][number]) => ({ ...source, line: entry.first.line });
  const first: Meeting = { ...rest, topic: entry.first.topic, topics: [entry.first.topic], outcomes: [], sources: [sitting(meeting.sources[0]!)] };
  const resumption: Meeting = { ...rest, id: `${meeting.id}-R1`, resumption: 1, date: endDate };
  meetings.set(first.id, withCorrection(first, record(entry, "date, topic")));
  meetings.set(resumption.id, withCorrection(resumption, record(entry, "id, date")));
  return undefined;
}

/** Applies each correction to the meetings by id; one that does not fit the data is a problem, and the data stays as it was. */
export function applyCorrections(meetings: Map<string, Meeting>, entries: readonly CorrectionEntry[] = corrections): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const misfit = applyOne(meetings, entry);
    if (misfit) problems.push({ file: "lib/ingest/corrections.ts", line: 0, code: "correction-misfit", message: `applyCorrections: ${entry.id}: ${misfit}; the source may have changed`, excerpt: entry.sourceText });
  }
  return problems;
}
