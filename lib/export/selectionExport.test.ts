import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { csvField } from "./csv";
import { selectionCsv, selectionJson } from "./selectionExport";
import { sourceLine } from "./sourceLine";

const index = indexDataset(sampleDataset);
const meeting = sampleDataset.meetings.find((candidate) => (index.participationsByMeeting.get(candidate.id)?.length ?? 0) > 0)!;
const entityId = index.participationsByMeeting.get(meeting.id)![0]!.entityId;

describe("the selection as files", () => {
  it("writes a CSV header and one row per selected record, unknown ids left out", () => {
    const rows = selectionCsv(index, { meetings: [meeting.id, "no-such"], entities: [entityId] }).trimEnd().split("\r\n");
    expect(rows[0]).toBe("record,id,name,date,kind,details,participations,evidence");
    expect(rows).toHaveLength(3);
    expect(rows[1]!.startsWith(`meeting,${meeting.id},`)).toBe(true);
    expect(rows[2]!.startsWith(`entity,${entityId},`)).toBe(true);
  });

  it("quotes what needs quoting and defuses a spreadsheet formula", () => {
    expect(csvField('A "quoted", name')).toBe('"A ""quoted"", name"');
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField(undefined)).toBe("");
  });

  it("writes JSON with each record whole, its participations and their evidence", () => {
    const json = JSON.parse(selectionJson(index, { meetings: [meeting.id], entities: [] }, { sourceLine: "Sources: x", link: "https://example.org/?m=1" }));
    expect(json.meetings[0].id).toBe(meeting.id);
    expect(json.meetings[0].sources).toEqual(meeting.sources);
    expect(json.meetings[0].participations[0].evidence).toBeDefined();
    expect(json).toMatchObject({ sources: "Sources: x", link: "https://example.org/?m=1", entities: [] });
  });

  it("names the sources the data drew on and the date of export", () => {
    const line = sourceLine(sampleDataset, "2026-11-30", "https://example.org/");
    expect(line).toMatch(/^Sources: UN Dag Hammarskjöld Library, “Meetings conducted by the Security Council”, 2003/);
    expect(line).toContain("Exported 30 November 2026 from https://example.org/");
  });
});
