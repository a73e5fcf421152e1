import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import type { Outcome } from "@/lib/model/schema";
import { highlightFor } from "@/lib/store/highlight";
import { emptyFilters, type Selection } from "@/lib/store/types";
import { selectionAnnouncement } from "./announcement";
import { membershipsOf } from "./entityText";
import { meetingListCaption, meetingTitle } from "./format";
import { outcomeResult, outcomeSummary } from "./outcomeText";

const index = indexDataset(sampleDataset);
const nameOf = (id: string) => index.entitiesById.get(id)?.name ?? id;
const announce = (selection: Selection) => selectionAnnouncement(index, selection, highlightFor(index, selection, emptyFilters));

describe("dates and titles", () => {
  it("titles a resumption and a part after the meeting number", () => {
    const base = sampleDataset.meetings[1]!;
    expect(meetingTitle({ ...base, resumption: 2 })).toBe("Meeting 4739 (Resumption 2)");
    expect(meetingTitle({ ...base, part: 2 })).toBe("Meeting 4739 (Part 2)");
  });

  it("captions the list with its count and the time window", () => {
    expect(meetingListCaption(223, null)).toBe("223 meetings");
    expect(meetingListCaption(31, { start: "2003-03-01", end: "2003-03-31" })).toBe("31 meetings from 1 March to 31 March 2003");
    expect(meetingListCaption(1, { start: "2003-12-30", end: "2004-01-02" })).toBe("1 meeting from 30 December 2003 to 2 January 2004");
    expect(meetingListCaption(223, { start: "2003-01-01", end: "2003-12-31" })).toBe("223 meetings in 2003");
  });

  it("names the meetings' years when there is no window: listed when few, else their span", () => {
    expect(meetingListCaption(223, null, [2003])).toBe("223 meetings in 2003");
    expect(meetingListCaption(229, null, [2003, 1948])).toBe("229 meetings in 1948, 2003");
    expect(meetingListCaption(9468, null, Array.from({ length: 77 }, (_, i) => 1946 + i))).toBe("9,468 meetings in 1946–2022");
    expect(meetingListCaption(40, null, [1946, 1950, 1956, 1967, 1973])).toBe("40 meetings between 1946 and 1973");
    // A window says where the meetings are; the years add nothing to it.
    expect(meetingListCaption(31, { start: "2003-03-01", end: "2003-03-31" }, [2003])).toBe("31 meetings from 1 March to 31 March 2003");
  });
});

describe("outcomes", () => {
  it("gives an adopted resolution its vote and those who did not participate", () => {
    const outcome: Outcome = { kind: "resolution", symbol: "S/RES/1483 (2003)", vote: { for: 14, against: 0, abstain: 0 }, vetoedBy: [], notParticipating: ["state:SYR"] };
    const names = (id: string) => (id === "state:SYR" ? "Syrian Arab Republic" : id);
    expect(outcomeSummary(outcome, names)).toBe("S/RES/1483 (2003) — adopted 14-0-0; did not participate: Syrian Arab Republic");
  });

  it("names who vetoed a draft before the vote", () => {
    const vetoed = sampleDataset.meetings.find((meeting) => meeting.id === "4842")!.outcomes[0]!;
    expect(outcomeSummary(vetoed, nameOf)).toBe("S/2003/980 — vetoed by United States, 10-1-4");
  });

  it("keeps the table's note beside an outcome without a vote", () => {
    const statement: Outcome = { kind: "presidential-statement", symbol: "S/PRST/2003/1", vetoedBy: [], notParticipating: [], note: "without a vote" };
    expect(outcomeSummary(statement, nameOf)).toBe("S/PRST/2003/1 — presidential statement; without a vote");
  });
});

describe("memberships", () => {
  it("finds the organizations a state belongs to from their member lists", () => {
    expect(membershipsOf("state:GRC", sampleDataset.entities).map((entity) => entity.id)).toEqual(["org:EU"]);
    expect(membershipsOf("state:MEX", sampleDataset.entities)).toEqual([]);
  });
});

describe("selection announcements", () => {
  it("announces a meeting with its date and how many participants lit up", () => {
    expect(announce({ meetings: ["4739"], entities: [] })).toBe("Selected meeting 4739, 11 April 2003: 6 participants highlighted");
  });

  it("announces an entity with how many meetings lit up", () => {
    expect(announce({ meetings: [], entities: ["org:EU"] })).toBe("Selected European Union: 1 meeting highlighted");
  });

  it("announces several selections by count", () => {
    expect(announce({ meetings: ["4739", "4740"], entities: [] })).toBe("Selected 2 meetings: 8 participants highlighted");
  });

  it("announces a cleared selection", () => {
    expect(announce({ meetings: [], entities: [] })).toBe("Selection cleared");
  });
});

describe("outcomes beside a badge", () => {
  it("drops the bare kind word but keeps votes and notes", () => {
    const communique: Outcome = { kind: "communique", symbol: "S/PV.4740", vetoedBy: [], notParticipating: [] };
    expect(outcomeResult(communique, nameOf, { namedKind: false })).toBe("");
    expect(outcomeResult({ ...communique, note: "closed" }, nameOf, { namedKind: false })).toBe("closed");
    expect(outcomeSummary(communique, nameOf)).toBe("S/PV.4740 — communiqué");
  });
});
