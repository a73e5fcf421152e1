import { describe, expect, it } from "vitest";
import type { Meeting } from "@/lib/model/schema";
import { applyCorrections, corrections } from "./corrections";

const meeting = (id: string, date: string, extra: Partial<Meeting> = {}): Meeting => ({
  id, kind: "meeting", number: Number(id.split("-")[0]), date, topic: "t", topics: ["t"], closed: false, subjectArea: "iraq",
  records: { corrigenda: [], pressReleases: [] }, outcomes: [], sources: [{ source: "un-meetings-table", line: 152 }], ...extra,
});
const resolution = (symbol: string): Meeting["outcomes"][number] => ({ kind: "resolution", symbol, vote: { for: 13, against: 2, abstain: 0 }, vetoedBy: [], notParticipating: [] });
const entry = (id: string) => [corrections.find((candidate) => candidate.id === id)!];

describe("corrections", () => {
  it("corrects 1990's second 663 to 666 at the 2939th meeting, and records it on the meeting", () => {
    const meetings = new Map([["2939", meeting("2939", "1990-09-13", { outcomes: [resolution("S/RES/663 (1990)")] })]]);
    expect(applyCorrections(meetings, entry("1990-res-666"))).toEqual([]);
    const corrected = meetings.get("2939")!;
    expect(corrected.outcomes[0]!.symbol).toBe("S/RES/666 (1990)");
    expect(corrected.corrections).toEqual([expect.objectContaining({ field: "outcomes[0].symbol", sourceText: "S/RES/663 (1990)", corrected: "S/RES/666 (1990)" })]);
  });

  it("corrects 1991's second 701 to 695 at the 2990th meeting", () => {
    const meetings = new Map([["2990", meeting("2990", "1991-05-30", { outcomes: [resolution("S/RES/701 (1991)")] })]]);
    applyCorrections(meetings, entry("1991-res-695"));
    expect(meetings.get("2990")!.outcomes[0]!.symbol).toBe("S/RES/695 (1991)");
  });

  it("splits the 8773rd meeting into its two sittings of 11 and 12 November 2020", () => {
    const topic = "Elections of five members of the International Court of Justice [resumed meeting]";
    const meetings = new Map([["8773", meeting("8773", "2020-11-11", { endDate: "2020-11-12", topic, topics: [topic] })]]);
    expect(applyCorrections(meetings, entry("2020-8773-sittings"))).toEqual([]);
    expect(meetings.get("8773")).toMatchObject({ date: "2020-11-11", topic: "Elections of five members of the International Court of Justice", sources: [{ line: 192 }] });
    expect(meetings.get("8773")!.endDate).toBeUndefined();
    expect(meetings.get("8773-R1")).toMatchObject({ date: "2020-11-12", resumption: 1, topic });
  });

  it("reports a correction that no longer fits the source, and changes nothing", () => {
    const meetings = new Map([["2939", meeting("2939", "1990-09-13", { outcomes: [resolution("S/RES/666 (1990)")] })]]);
    const [problem] = applyCorrections(meetings, entry("1990-res-666"));
    expect(problem).toMatchObject({ code: "correction-misfit", message: expect.stringContaining("has no outcome S/RES/663 (1990)") });
    expect(meetings.get("2939")!.corrections).toBeUndefined();
  });
});
