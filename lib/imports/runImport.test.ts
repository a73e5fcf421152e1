import { describe, expect, it } from "vitest";
import { context, entities, fixtureBytes, source } from "./imports.testing";
import { runImport, type ImportOutcome } from "./runImport";
import type { ImportLayer } from "./importTypes";

// Every kind of input a user brings, and every bad one, through the worker's function.

const utf8 = (text: string) => new TextEncoder().encode(text);
function layerOf(outcome: ImportOutcome): ImportLayer {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.message}`);
  return outcome.layer;
}
const refusalOf = (outcome: ImportOutcome) => (outcome.ok ? undefined : outcome.refusal);

describe("runImport", () => {
  it("imports a Repertoire item the data has never seen, every record stamped with the file and date", async () => {
    const layer = layerOf(await runImport(fixtureBytes("repertoire/iraq-kuwait.txt"), source("iraq-kuwait.txt"), context));
    expect(layer.kind).toBe("repertoire-text");
    expect(layer.meetings.map((m) => m.id)).toEqual(["4761", "4762", "4762-R1", "4808"]);
    expect(layer.participations.every((p) => p.evidence.source === "imported" && p.evidence.file === "iraq-kuwait.txt" && p.evidence.importId === "imp-iraq-kuwait.txt")).toBe(true);
    expect(layer.participations.find((p) => p.id === "4762-R1|invited|state:BIH")).toBeDefined();
    expect(layer.entities.map((e) => e.id)).toContain("state:BIH");
  });

  it("resolves names with the shipped reference: an imported 'the Czech Republic' is state:CZE", async () => {
    const text = "52. Regional organizations\n\nDeliberations of 11 April 2003 (4739th meeting)\n\nAt its 4739th meeting, on 11 April 2003, statements were made by the representatives of the Czech Republic and Greece.\n";
    const layer = layerOf(await runImport(utf8(text), source("pasted text"), context));
    expect(layer.participations.map((p) => p.entityId)).toEqual(["state:CZE", "state:GRC"]);
  });

  it("expands 'all members of the Council' in an item of another year to that year's members, as data/ records them", async () => {
    const layer = layerOf(await runImport(fixtureBytes("repertoire/summit-1992.txt"), source("summit-1992.txt"), context));
    const members = layer.participations.filter((p) => p.role === "council-member");
    // The fifteen of 1992 are the entities whose councilYears, from the membership source, include 1992.
    const sat1992 = entities.filter((entity) => entity.councilYears?.includes(1992)).map((entity) => entity.id).sort();
    expect(sat1992).toHaveLength(15);
    expect(members.map((p) => p.entityId).sort()).toEqual(sat1992);
    expect(members.every((p) => p.meetingId === "3046" && p.certainty === "stated" && p.note === "all members of the Council made statements" && p.evidence.file === "summit-1992.txt")).toBe(true);
    expect(layer.entities.map((e) => e.id)).toEqual(expect.arrayContaining(sat1992));
    expect(layer.problems.map((p) => p.code)).not.toContain("council-membership-unknown");
    expect(layer.meetings[0]).toMatchObject({ date: "1992-01-31", outcomes: [{ kind: "presidential-statement", symbol: "S/23500" }] });
  });

  it("imports a UN meetings table of another year", async () => {
    const layer = layerOf(await runImport(fixtureBytes("meetings-early.html"), source("scact1948_table_en.html"), context));
    expect(layer.kind).toBe("meetings-table");
    expect(layer.meetings.length).toBeGreaterThan(5);
    expect(layer.meetings.every((m) => m.date.startsWith("1948-") && m.sources.every((e) => e.source === "imported"))).toBe(true);
  });

  it("imports a CSV of meetings and participations, and says which rows it could not read", async () => {
    const csv = "meeting,date,topic,outcome,participant,role,on_behalf_of,capacity,note\n4808,2003-08-14,Iraq-Kuwait,S/RES/1500 (2003),Syrian Arab Republic,abstained,,,\n9999,2003-02-30,Nowhere,,France,invited,,,\n4808,2003-08-14,Iraq-Kuwait,,Mexico,dancer,,,\n";
    const layer = layerOf(await runImport(utf8(csv), source("class-notes.csv"), context));
    expect(layer.kind).toBe("csv");
    expect(layer.participations.map((p) => p.id)).toEqual(["4808|abstained|state:SYR"]);
    expect(layer.problems.map((p) => [p.line, p.code])).toEqual([[3, "csv-date"], [4, "csv-role"]]);
  });

  it("refuses an empty file, a binary file, invalid UTF-8 and a file over the limit, naming the input", async () => {
    expect(refusalOf(await runImport(new Uint8Array(), source("empty.txt"), context))).toMatchObject({ code: "empty-input", message: expect.stringContaining('"empty.txt" is empty') });
    expect(refusalOf(await runImport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), source("photo.png"), context))).toMatchObject({ code: "binary-input" });
    expect(refusalOf(await runImport(new Uint8Array([0x43, 0xf4, 0x74, 0x65]), source("latin1.txt"), context))).toMatchObject({ code: "invalid-utf8" });
    expect(refusalOf(await runImport(new Uint8Array(2048), source("big.txt"), context, { limit: 1024 }))).toMatchObject({ code: "too-large", message: '"big.txt" is 2 KB, over the 1 KB limit for one import' });
  });

  it("refuses text in another format, an HTML page without a table, and a table without a year", async () => {
    expect(refusalOf(await runImport(utf8('{"meetings": []}'), source("data.json"), context))).toMatchObject({ code: "unknown-format" });
    expect(refusalOf(await runImport(utf8("<!doctype html><html><body><p>Hello</p></body></html>"), source("page.html"), context))).toMatchObject({ code: "unknown-format" });
    expect(refusalOf(await runImport(utf8("<table><tr><td>S/PV.1</td></tr></table>"), source("table.html"), context))).toMatchObject({ code: "table-without-year" });
  });

  it("imports a truncated table's whole rows and reports where it was cut", async () => {
    const html = new TextDecoder().decode(fixtureBytes("meetings-modern.html"));
    const cut = html.slice(0, Math.floor(html.length * 0.6));
    const outcome = await runImport(utf8(cut), source("scact2003_table_en.html"), context);
    const layer = layerOf(outcome);
    expect(layer.meetings.length).toBeGreaterThan(0);
    expect(layer.problems.length).toBeGreaterThan(0);
  });

  it("keeps markup in imported text as text", async () => {
    const text = '23. <img src=x onerror="alert(1)"> Iraq\n\nDeliberations of 22 May 2003 (4762nd meeting)\n\nAt its 4762nd meeting, on 22 May 2003, statements were made by the representatives of <script>alert(1)</script> and Kuwait.\n';
    const layer = layerOf(await runImport(utf8(text), source("markup.txt"), context));
    expect(layer.meetings[0]?.topic).toBe('<img src=x onerror="alert(1)"> Iraq');
    expect(layer.entities.some((e) => e.name.includes("<script>"))).toBe(true);
  });
});
