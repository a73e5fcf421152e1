import { describe, expect, it } from "vitest";
import type { TableMeeting } from "@/lib/sources/meetingsTable";
import { reference2003, resolver2003 } from "./fixtures/resolver2003";
import { meetingFromTable, type MeetingContext } from "./meetingsFromTable";
import { presidencyMonths } from "./presidency";

// A table row as the parser gives it (S/PV.4842, 14 October 2003, the US veto of
// S/2003/980, 10-1-4) reshaped to the contract's Meeting.

const row: TableMeeting = {
  id: "4842",
  kind: "meeting",
  number: 4842,
  date: "2003-10-14",
  closed: false,
  topics: ["The situation in the Middle East, including the Palestinian question"],
  records: { verbatim: "S/PV.4842", corrigenda: [], pressReleases: ["SC/7895"] },
  outcomes: [{ kind: "vetoed-draft", symbol: "S/2003/980", vote: { for: 10, against: 1, abstain: 4 }, vetoedByNames: ["USA"], notParticipatingNames: [] }],
  evidence: { file: "sources/un-meetings-tables/scact2003_table_en.html", row: 50, line: 400, start: 1000, end: 1400, rows: [50] },
};

function contextRecording(unknown: string[]): MeetingContext {
  return {
    resolver: resolver2003,
    presidencies: presidencyMonths(reference2003),
    unresolved: (name) => {
      unknown.push(name);
      return `unresolved:${name.toLowerCase()}`;
    },
  };
}

describe("meetingFromTable", () => {
  it("resolves the vetoing member to its state id and keeps the vote", () => {
    expect(meetingFromTable(row, contextRecording([])).outcomes).toEqual([
      { kind: "vetoed-draft", symbol: "S/2003/980", vote: { for: 10, against: 1, abstain: 4 }, vetoedBy: ["state:USA"], notParticipating: [] },
    ]);
  });

  it("stamps the month's presidency, the subject area and the table evidence", () => {
    expect(meetingFromTable(row, contextRecording([]))).toMatchObject({
      id: "4842",
      number: 4842,
      date: "2003-10-14",
      topic: "The situation in the Middle East, including the Palestinian question",
      subjectArea: "middle-east",
      presidency: "state:USA",
      sources: [{ source: "un-meetings-table", file: "sources/un-meetings-tables/scact2003_table_en.html", row: 50, line: 400, start: 1000, end: 1400 }],
    });
  });

  it("joins several topics with a slash and leaves out what the row does not give", () => {
    const meeting = meetingFromTable({ ...row, id: "VTC-2020-03-30-1", kind: "videoconference", number: undefined, date: "2020-03-30", topics: ["Iraq", "Kuwait"], outcomes: [] }, contextRecording([]));
    expect(meeting.topic).toBe("Iraq / Kuwait");
    expect(meeting).not.toHaveProperty("number");
    expect(meeting).not.toHaveProperty("presidency");
  });

  it("hands a name the resolver does not know to the context and uses the id it returns", () => {
    const unknown: string[] = [];
    const meeting = meetingFromTable({ ...row, outcomes: [{ ...row.outcomes[0]!, vetoedByNames: ["Freedonia"] }] }, contextRecording(unknown));
    expect(unknown).toEqual(["Freedonia"]);
    expect(meeting.outcomes[0]?.vetoedBy).toEqual(["unresolved:freedonia"]);
  });
});
