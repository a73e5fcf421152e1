import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import type { Meeting } from "@/lib/model/schema";
import { meetingAccessibleName, meetingFullLabel, meetingShortLabel, outcomeLines } from "./meetingText";

const byId = (id: string): Meeting => sampleDataset.meetings.find((meeting) => meeting.id === id)!;
const names: Record<string, string> = { "state:USA": "United States" };
const nameOf = (id: string) => names[id] ?? id;

describe("meeting names", () => {
  it("names a meeting by number, long date and topic", () => {
    expect(meetingAccessibleName(byId("4739"))).toBe("Meeting 4739, 11 April 2003, The Security Council and regional organizations");
  });

  it("names a resumption after its meeting number", () => {
    const resumption: Meeting = { ...byId("4739"), id: "4877-R1", number: 4877, resumption: 1, date: "2003-12-09", topic: "Afghanistan" };
    expect(meetingAccessibleName(resumption)).toBe("Meeting 4877 (Resumption 1), 9 December 2003, Afghanistan");
    expect(meetingShortLabel(resumption)).toBe("4877 R1");
  });

  it("names a videoconference without a meeting number", () => {
    const vtc: Meeting = { ...byId("4739"), id: "VTC-2020-05-12-1", kind: "videoconference", number: undefined, date: "2020-05-12", topic: "Threats to international peace and security" };
    expect(meetingAccessibleName(vtc)).toBe("Videoconference, 12 May 2020, Threats to international peace and security");
  });

  it("labels a mark with number and topic", () => {
    expect(meetingFullLabel(byId("4740"))).toBe("4740 Iraq-Kuwait");
  });
});

describe("outcome lines", () => {
  it("spells out a resolution's vote", () => {
    expect(outcomeLines(byId("4694"), nameOf)).toEqual(["Resolution S/RES/1459 (2003) (15 for, 0 against, 0 abstaining)"]);
  });

  it("names who vetoed a draft", () => {
    expect(outcomeLines(byId("4842"), nameOf)).toEqual(["Vetoed draft S/2003/980 (10 for, 1 against, 4 abstaining), vetoed by United States"]);
  });

  it("says a closed meeting ended with a communiqué, and when there was no outcome", () => {
    expect(outcomeLines(byId("4740"), nameOf)).toEqual(["Communiqué of a closed meeting"]);
    expect(outcomeLines(byId("4739"), nameOf)).toEqual(["No formal outcome"]);
  });
});
