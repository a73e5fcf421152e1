import { describe, expect, it } from "vitest";
import entities from "@/data/entities.json";
import meetings2003 from "@/data/meetings/2003.json";
import participations2003 from "@/data/participations/2003.json";
import presidencies from "@/data/presidencies.json";
import subjectAreas from "@/data/subject-areas.json";
import { assembleDataset } from "@/lib/data/assembleDataset";
import { indexDataset, type PresidencyMonth, type SubjectAreaInfo } from "@/lib/model/dataset";
import type { Entity, Meeting, Participation } from "@/lib/model/schema";
import { decodeShareable } from "@/lib/store/urlState";
import { builtInStories } from "./builtInStories";
import { storySchema } from "./storySchema";

// The built-in stories against data/ itself: a caption may only cite what is there.

const index = indexDataset(
  assembleDataset({
    years: [2003],
    meetings: [meetings2003 as Meeting[]],
    participations: [participations2003 as Participation[]],
    entities: entities as Entity[],
    presidencies: presidencies as PresidencyMonth[],
    subjectAreas: subjectAreas as SubjectAreaInfo[],
  }),
);

const symbolPattern = /S\/(?:RES|PRST|PV)\/[0-9A-Z./]+(?: \(\d{4}\))?/g;
const meetingNumberPattern = /\b(4[6-9]\d\d)(?:st|nd|rd|th)?\b/g;
const citationPattern = /item (\d+)(?:, footnote (\d+))?/g;

const steps = builtInStories.flatMap((story) => story.steps.map((step, i) => ({ story, step, label: `${story.id} step ${i + 1}` })));

describe("the built-in stories", () => {
  it("are at least three, each valid under the story schema and unchanged by it", () => {
    expect(builtInStories.length).toBeGreaterThanOrEqual(3);
    for (const story of builtInStories) expect(storySchema.parse(story), story.id).toEqual(story);
  });

  it.each(steps)("$label names only meetings, entities and areas that data/ holds", ({ step }) => {
    const decoded = decodeShareable(step.view, index, { focusYear: 2003, knownYears: [2003] });
    expect(decoded.problems).toEqual([]);
    expect(decoded.state.selection.meetings.length + decoded.state.selection.entities.length + (decoded.state.timeWindow ? 1 : 0)).toBeGreaterThan(0);
  });

  it.each(steps)("$label cites meetings that exist and symbols from the cited meetings' outcomes", ({ step }) => {
    const selected = decodeShareable(step.view, index).state.selection.meetings;
    const named = [...step.caption.matchAll(meetingNumberPattern)].map((match) => match[1]!);
    for (const number of named) expect(index.meetingsById.has(number), `meeting ${number}`).toBe(true);
    const cited = new Set([...selected, ...named]);
    const outcomeSymbols = new Set([...cited].flatMap((id) => index.meetingsById.get(id)?.outcomes.map((outcome) => outcome.symbol) ?? []));
    for (const [symbol] of step.caption.matchAll(symbolPattern)) expect(outcomeSymbols.has(symbol), `${symbol} among the outcomes of ${[...cited].join(", ")}`).toBe(true);
  });

  it.each(steps)("$label cites Repertoire items and footnotes that the cited meetings' evidence has", ({ step }) => {
    const state = decodeShareable(step.view, index).state;
    const meetingIds = new Set([...state.selection.meetings, ...[...step.caption.matchAll(meetingNumberPattern)].map((match) => match[1]!)]);
    for (const entityId of state.selection.entities) for (const participation of index.participationsByEntity.get(entityId) ?? []) meetingIds.add(participation.meetingId);
    const evidence = [...meetingIds].flatMap((id) => [...(index.meetingsById.get(id)?.sources ?? []), ...(index.participationsByMeeting.get(id) ?? []).map((participation) => participation.evidence)]);
    for (const [, item, footnote] of step.caption.matchAll(citationPattern)) {
      const match = evidence.some((source) => source.source === "repertoire" && String(source.item) === item && (footnote === undefined || String(source.footnote) === footnote));
      expect(match, `item ${item}${footnote ? `, footnote ${footnote}` : ""}`).toBe(true);
    }
  });

  it("counts what the Iraq story says: 18 records from January to May, 4 resumptions, 2 closed", () => {
    const inLane = index.dataset.meetings.filter((meeting) => meeting.subjectArea === "iraq" && meeting.date >= "2003-01-01" && meeting.date <= "2003-05-31");
    expect(inLane).toHaveLength(18);
    expect(inLane.filter((meeting) => meeting.resumption).map((meeting) => meeting.id)).toEqual(expect.arrayContaining(["4709-R1", "4717-R1", "4726-R1", "4762-R1"]));
    expect(inLane.filter((meeting) => meeting.resumption)).toHaveLength(4);
    expect(inLane.filter((meeting) => meeting.closed).map((meeting) => meeting.id).sort()).toEqual(["4708", "4733"]);
    expect(index.meetingsById.get("4761")!.outcomes[0]).toMatchObject({ vote: { for: 14, against: 0, abstain: 0 }, notParticipating: ["state:SYR"] });
  });

  it("names the 4739th meeting's participants as the Repertoire's item 52 gives them", () => {
    const at4739 = index.participationsByMeeting.get("4739")!;
    const aligned = at4739.filter((participation) => participation.role === "aligned" && participation.onBehalfOf === "org:EU");
    expect(aligned).toHaveLength(12);
    expect(aligned.every((participation) => participation.evidence.footnote === 3)).toBe(true);
    expect(at4739.find((participation) => participation.role === "speaker-on-behalf")).toMatchObject({ entityId: "state:GRC", onBehalfOf: "org:EU" });
    expect(at4739.find((participation) => participation.entityId === "state:MEX" && participation.role === "non-speaking")?.evidence.footnote).toBe(2);
    const representedBy = at4739.filter((participation) => participation.role === "represented-by").map((participation) => participation.onBehalfOf).sort();
    expect(representedBy).toEqual(["org:AU", "org:EU", "state:MEX"]);
    for (const org of ["org:AU", "org:OAS", "org:LAS", "org:OSCE", "org:ECOWAS"]) {
      expect(new Set((index.participationsByEntity.get(org) ?? []).map((participation) => participation.meetingId)), org).toEqual(new Set(["4739"]));
    }
  });

  it("counts what the Kimberley story says: one meeting on the scheme, 17 January records under France", () => {
    expect(index.dataset.meetings.filter((meeting) => /Kimberley/.test(meeting.topic)).map((meeting) => meeting.id)).toEqual(["4694"]);
    const january = index.dataset.meetings.filter((meeting) => meeting.date.startsWith("2003-01"));
    expect(january).toHaveLength(17);
    expect(january.every((meeting) => meeting.presidency === "state:FRA")).toBe(true);
    const stated = (index.participationsByEntity.get("state:FRA") ?? []).filter((participation) => participation.role === "president" && participation.certainty === "stated");
    expect(stated.map((participation) => [participation.meetingId, participation.evidence.item])).toEqual([["4694", 51]]);
  });
});
