import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { base2003, context, fixtureBytes, source } from "./imports.testing";
import { importsBehind } from "./importProvenance";
import { mergeImports } from "./mergeImports";
import { previewImport } from "./previewImport";
import { runImport } from "./runImport";
import type { ImportLayer } from "./importTypes";

async function layer(file: string, name = file.split("/").pop()!): Promise<ImportLayer> {
  const outcome = await runImport(fixtureBytes(file), source(name), context);
  if (!outcome.ok) throw new Error(outcome.refusal.message);
  return outcome.layer;
}

const iraq = await layer("repertoire/iraq-kuwait.txt");
const vetoes = await layer("repertoire/middle-east-vetoes.txt");
const table1948 = await layer("meetings-early.html", "scact1948_table_en.html");

describe("mergeImports", () => {
  it("adds a layer's participations to the calendar's meetings, keeping the calendar's record", () => {
    const merged = mergeImports(base2003, [iraq]);
    const meeting = merged.meetings.find((m) => m.id === "4761")!;
    expect(meeting.topic).toBe(base2003.meetings.find((m) => m.id === "4761")!.topic);
    expect(meeting.sources.map((e) => e.source)).toEqual(["un-meetings-table", "imported"]);
    expect(merged.participations.filter((p) => p.meetingId === "4761" && p.role === "sponsor")).toHaveLength(3);
    expect(merged.meetings).toHaveLength(base2003.meetings.length);
  });

  it("replaces the inferred presidency of a meeting by the one the import states", () => {
    const merged = mergeImports(base2003, [iraq]);
    const presidents = merged.participations.filter((p) => p.meetingId === "4761" && p.role === "president");
    expect(presidents.map((p) => p.certainty)).toEqual(["stated"]);
  });

  it("adds another year's meetings and widens the years", () => {
    const merged = mergeImports(base2003, [table1948]);
    expect(merged.years).toEqual([1948, 2003]);
    expect(merged.meetings.length).toBe(base2003.meetings.length + table1948.meetings.length);
  });

  it("takes back exactly what a layer added when it is removed or hidden", () => {
    const all = mergeImports(base2003, [iraq, vetoes, table1948]);
    const withoutIraq = mergeImports(base2003, [vetoes, table1948]);
    const hidden = mergeImports(base2003, [{ ...iraq, hidden: true }, vetoes, table1948]);
    expect(hidden).toEqual(withoutIraq);
    const added = new Set(all.participations.map((p) => p.id));
    const iraqPresides = new Set(iraq.participations.filter((p) => p.role === "president").map((p) => p.meetingId));
    for (const p of withoutIraq.participations) expect(added.has(p.id) || (p.role === "president" && iraqPresides.has(p.meetingId)), p.id).toBe(true);
    expect(all.participations.filter((p) => !withoutIraq.participations.some((q) => q.id === p.id)).every((p) => p.evidence.importId === iraq.id || p.certainty === "inferred")).toBe(true);
    expect(mergeImports(base2003, [])).toBe(base2003);
  });

  it("makes a veto the calendar already states one edge with both sources, and takes the import's source back with the layer", () => {
    const usVetoes = (dataset: typeof base2003) => dataset.participations.filter((p) => p.meetingId === "4828" && p.role === "vetoed" && p.entityId === "state:USA");
    const [before] = usVetoes(base2003);
    expect(before).toMatchObject({ id: "4828|vetoed|state:USA", note: "S/2003/891", evidence: { source: "un-meetings-table" } });
    expect(before!.corroboratedBy).toBeUndefined();
    const merged = usVetoes(mergeImports(base2003, [vetoes]));
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ id: before!.id, evidence: before!.evidence, corroboratedBy: [{ source: "imported", file: "middle-east-vetoes.txt", item: 38 }] });
    // The abstentions the tables do not state are the import's own edges, as before.
    expect(mergeImports(base2003, [vetoes]).participations.filter((p) => p.meetingId === "4828" && p.role === "abstained")).toHaveLength(3);
    expect(usVetoes(mergeImports(base2003, [{ ...vetoes, hidden: true }]))).toEqual([before]);
  });

  it("names the imports a selection depends on, for links", () => {
    const merged = mergeImports(base2003, [table1948]);
    const only1948 = table1948.meetings[0]!.id;
    expect(importsBehind([only1948], merged)).toEqual([{ id: table1948.id, fileName: "scact1948_table_en.html" }]);
    expect(importsBehind(["4739"], merged)).toEqual([]);
  });
});

describe("previewImport", () => {
  it("counts what a file gives by kind and finds no conflict where the item agrees with the calendar", () => {
    const preview = previewImport(iraq, indexDataset(base2003));
    expect(preview.meetings).toEqual({ total: 4, alreadyLoaded: 4, added: 0, years: [2003], yearsNotLoaded: [] });
    expect(preview.conflicts).toEqual([]);
    expect(Object.fromEntries(preview.participations.byRole)).toMatchObject({ sponsor: 3, "not-participating": 1, abstained: 1, president: 3 });
    // The UN table states too that the Syrian Arab Republic did not vote on resolution 1483 (4761).
    expect(preview.participations.alreadyStated).toBe(1);
    // Both vetoes of the item, S/2003/891 (4828) and S/2003/980 (4842), are in the UN table.
    expect(previewImport(vetoes, indexDataset(base2003)).participations.alreadyStated).toBe(2);
    expect(previewImport(table1948, indexDataset(base2003)).participations.alreadyStated).toBe(0);
  });

  it("names the years of a file's meetings, and those the loaded data does not cover", () => {
    expect(previewImport(table1948, indexDataset(base2003)).meetings).toMatchObject({ years: [1948], yearsNotLoaded: [1948] });
    // Once merged, 1948 is loaded: a second file of 1948 is no longer outside.
    expect(previewImport(table1948, indexDataset(mergeImports(base2003, [table1948]))).meetings).toMatchObject({ years: [1948], yearsNotLoaded: [] });
  });

  it("reports a meeting the loaded data dates otherwise, or with other decisions", async () => {
    const text = "23. Iraq\n\nDecision of 23 May 2003 (4761st meeting): resolution 1999 (2003)\n\nAt its 4761st meeting, on 23 May 2003, a draft resolution was put to the vote and adopted unanimously as resolution 1999 (2003).\n";
    const outcome = await runImport(new TextEncoder().encode(text), source("wrong.txt"), context);
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    expect(previewImport(outcome.layer, indexDataset(base2003)).conflicts).toEqual([
      { meetingId: "4761", field: "date", loaded: "2003-05-22", imported: "2003-05-23" },
      { meetingId: "4761", field: "outcomes", loaded: "S/RES/1483 (2003)", imported: "S/RES/1999 (2003)" },
    ]);
  });
});
