import { describe, expect, it } from "vitest";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import type { Meeting } from "@/lib/model/schema";
import { meetingDocuments, pressReleaseUrl, undocsUrl } from "./documentLinks";

describe("document links", () => {
  it("links a symbol to the UN's resolver, written without spaces", () => {
    expect(undocsUrl("S/PV.4739")).toBe("https://undocs.org/en/S/PV.4739");
    expect(undocsUrl("S/RES/1483 (2003)")).toBe("https://undocs.org/en/S/RES/1483(2003)");
    expect(undocsUrl("S/PV.4877 (Resumption 1)/Corr.1")).toBe("https://undocs.org/en/S/PV.4877(Resumption1)/Corr.1");
  });

  it("links a press release under the meeting's year, lower-cased without slashes", () => {
    expect(pressReleaseUrl("SC/7724", "2003-04-11")).toBe("https://press.un.org/en/2003/sc7724.doc.htm");
    expect(pressReleaseUrl("SG/2030", "1996-01-05")).toBe("https://press.un.org/en/1996/sg2030.doc.htm");
  });

  it("lists the record, corrigenda, outcome documents and press releases of a meeting in that order", () => {
    const meeting: Meeting = {
      ...sampleDataset.meetings[0]!,
      records: { verbatim: "S/PV.4694", corrigenda: ["S/PV.4694/Corr.1"], pressReleases: ["SC/7645"] },
    };
    expect(meetingDocuments(meeting).map((link) => [link.label, link.symbol, link.url])).toEqual([
      ["Verbatim record", "S/PV.4694", "https://undocs.org/en/S/PV.4694"],
      ["Corrigendum", "S/PV.4694/Corr.1", "https://undocs.org/en/S/PV.4694/Corr.1"],
      ["Resolution", "S/RES/1459 (2003)", "https://undocs.org/en/S/RES/1459(2003)"],
      ["Press release", "SC/7645", "https://press.un.org/en/2003/sc7645.doc.htm"],
    ]);
  });

  it("lists a closed meeting's communiqué once, as the verbatim record it is issued under", () => {
    const closed = sampleDataset.meetings.find((meeting) => meeting.id === "4740")!;
    expect(meetingDocuments(closed).map((link) => link.symbol)).toEqual(["S/PV.4740"]);
  });
});
