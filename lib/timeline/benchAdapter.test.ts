import { describe, expect, it } from "vitest";
import { meetingSchema } from "@/lib/model/schema";
import { outcomeClassOf } from "@/lib/model/outcomeClass";
import { subjectAreaFor, subjectAreas } from "@/lib/model/subjectAreas";
import { benchRowToMeeting, benchWorkloadToMeetings, BenchWorkloadError } from "./benchAdapter";

const rows = [
  { id: "m40", date: "2022-01-04", topic: "indigenous peoples", outcome: "report" },
  { id: "m6", date: "2022-01-02", topic: "health", outcome: "no action" },
  { id: "m94", date: "2022-01-09", topic: "climate", outcome: "resolution" },
  { id: "m95", date: "2022-01-09", topic: "climate", outcome: "statement" },
];

describe("benchmark workload adapter", () => {
  it("turns each row into a Meeting the contract accepts", () => {
    for (const row of rows) expect(meetingSchema.safeParse(benchRowToMeeting(row)).success).toBe(true);
    expect(benchRowToMeeting(rows[0]!)).toMatchObject({ id: "m40", number: 40, date: "2022-01-04", topic: "indigenous peoples" });
  });

  it("maps the workload's outcome words onto outcome classes", () => {
    expect(rows.map((row) => outcomeClassOf(benchRowToMeeting(row)))).toEqual(["other", "none", "resolution", "presidential-statement"]);
  });

  it("puts one topic always in the same lane, spreading topics over the subject areas", () => {
    const climate = benchWorkloadToMeetings(rows).filter((meeting) => meeting.topic === "climate").map((meeting) => meeting.subjectArea);
    expect(new Set(climate).size).toBe(1);
    expect(subjectAreas.map((area) => area.id)).toContain(climate[0]);
  });

  it("can use the real subject areas for real topics", () => {
    const meetings = benchWorkloadToMeetings([{ id: "4740", date: "2003-04-14", topic: "Iraq-Kuwait", outcome: "communique" }], (topic) => subjectAreaFor([topic]).id);
    expect(meetings[0]!.subjectArea).toBe("iraq");
  });

  it("sorts meetings by date then id", () => {
    expect(benchWorkloadToMeetings(rows).map((meeting) => meeting.id)).toEqual(["m6", "m40", "m94", "m95"]);
  });

  it("rejects a file that is not a workload, saying which row is wrong", () => {
    expect(() => benchWorkloadToMeetings({ meetings: [] })).toThrow(BenchWorkloadError);
    expect(() => benchWorkloadToMeetings([rows[0], { id: "x", date: "4 Jan" }])).toThrow(/row 1/);
  });
});
