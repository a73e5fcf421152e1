import { describe, expect, it } from "vitest";
import { parseRepertoire, type RepertoireMeeting, type RepertoireResult } from "./repertoire";
import { readFixture } from "./repertoire.testing";
import { isPageFurniture } from "./repertoirePageFurniture";

// The constructions of the whole genre (issue 10, point 1) on the project's own items,
// written in the Repertoire's manner with facts checked against data/meetings: 4761
// (resolution 1483, Syria not voting), 4762 and its resumption, 4808 (1500, one
// abstention), 4819 (two resolutions), 4849 (a resolution and a presidential statement),
// the vetoed drafts of 4828 and 4842, and 473/474 of 1950 with an absent member.

function parse(name: string): RepertoireResult {
  const { text, file } = readFixture(name);
  return parseRepertoire(text, { file });
}

function meeting(result: RepertoireResult, number: number, resumption?: number): RepertoireMeeting {
  const found = result.items.flatMap((i) => i.meetings).find((m) => m.number === number && m.resumption === resumption);
  if (!found) throw new Error(`meeting ${number} not parsed`);
  return found;
}

const iraq = parse("iraq-kuwait.txt");
const vetoes = parse("middle-east-vetoes.txt");
const tribunals = parse("tribunals.txt");
const korea = parse("korea-1950.txt");

describe("parseRepertoire on items it has never seen", () => {
  it("reads every fixture item without a problem", () => {
    for (const result of [iraq, vetoes, tribunals, korea]) expect(result.problems).toEqual([]);
  });

  it("keeps the states that submitted a draft, named inline or in a footnote", () => {
    expect(meeting(iraq, 4761).outcomes[0]?.sponsorNames).toEqual(["Spain", "the United Kingdom of Great Britain and Northern Ireland", "the United States of America"]);
    expect(meeting(vetoes, 4842).outcomes[0]).toMatchObject({ sponsorNames: ["Guinea", "Malaysia", "Pakistan", "the Syrian Arab Republic"], draftSymbols: ["S/2003/980"] });
  });

  it("names the states that voted against and abstained", () => {
    expect(meeting(vetoes, 4828).outcomes[0]).toMatchObject({
      kind: "vetoed-draft",
      vote: { for: 11, against: 1, abstain: 3 },
      againstNames: ["United States of America"],
      abstainNames: ["Bulgaria", "Germany", "United Kingdom of Great Britain and Northern Ireland"],
      draftSymbols: ["S/2003/891"],
    });
    expect(meeting(iraq, 4808).outcomes[0]).toMatchObject({ vote: { for: 14, against: 0, abstain: 1 }, abstainNames: ["Syrian Arab Republic"] });
    expect(meeting(korea, 474).outcomes[0]).toMatchObject({ vote: { for: 7, against: 1, abstain: 2 }, againstNames: ["Yugoslavia"], abstainNames: ["Egypt", "India"] });
  });

  it("reads a member not participating in the voting, from a footnote or from the sentence", () => {
    expect(meeting(iraq, 4761).outcomes[0]?.notParticipatingNames).toEqual(["the Syrian Arab Republic"]);
    const inline = parseRepertoire(
      "23. The situation between Iraq and Kuwait\n\nDecision of 22 May 2003 (4761st meeting): resolution 1483 (2003)\n\nAt its 4761st meeting, on 22 May 2003, a draft resolution was put to the vote and adopted by 14 votes to none as resolution 1483 (2003), one member (Syrian Arab Republic) not having participated in the voting.\n",
      { file: "inline" },
    );
    expect(inline.items[0]?.meetings[0]?.outcomes[0]?.notParticipatingNames).toEqual(["Syrian Arab Republic"]);
  });

  it("reads members a footnote says were absent", () => {
    expect(meeting(korea, 473).outcomes[0]?.absentNames).toEqual(["the Union of Soviet Socialist Republics"]);
    expect(meeting(korea, 474).outcomes[0]?.absentNames).toEqual(["the Union of Soviet Socialist Republics"]);
  });

  it("keeps several decisions of one meeting, in order", () => {
    expect(meeting(tribunals, 4819).outcomes.map((o) => o.symbol)).toEqual(["S/RES/1504 (2003)", "S/RES/1505 (2003)"]);
    expect(meeting(tribunals, 4849).outcomes.map((o) => [o.kind, o.symbol])).toEqual([
      ["resolution", "S/RES/1512 (2003)"],
      ["presidential-statement", "S/PRST/2003/18"],
    ]);
  });

  it("reads a resumption as its own meeting record", () => {
    expect(meeting(iraq, 4762).participants.map((p) => p.role)).toEqual(["briefer"]);
    const resumed = meeting(iraq, 4762, 1);
    expect(resumed.date).toBe("2003-05-22");
    expect(resumed.participants.filter((p) => p.role === "invited").map((p) => p.name)).toEqual(["Kuwait", "Bosnia and Herzegovina", "Serbia and Montenegro"]);
  });

  it("records the rule an invitation was extended under", () => {
    const invited = meeting(vetoes, 4828).participants.filter((p) => p.role === "invited");
    expect(invited.map((p) => [p.name, p.rule, p.note])).toEqual([
      ["Saint Vincent and the Grenadines", 37, undefined],
      ["Bosnia and Herzegovina", 37, undefined],
      ["Palestine", 39, "observer"],
    ]);
  });

  it("reads briefers named by their office, with the person the text names", () => {
    expect(meeting(iraq, 4762).participants[0]).toMatchObject({ role: "briefer", name: "the Under-Secretary-General for Political Affairs", person: "Mr. Kieran Prendergast" });
    expect(meeting(tribunals, 4849).participants.find((p) => p.role === "briefer")).toMatchObject({
      name: "the President of the International Criminal Tribunal for Rwanda",
      person: "Judge Erik Møse",
    });
  });

  it("reads 'most members of the Council' with the exceptions its footnote names", () => {
    const m = meeting(tribunals, 4849);
    expect(m.participants.find((p) => p.role === "council-member")).toMatchObject({ scope: "most" });
    expect(m.participants.filter((p) => p.role === "non-speaking").map((p) => p.name)).toEqual(["Angola", "Chile"]);
  });

  it("takes nobody from footnotes that describe a draft or a document", () => {
    const names = [iraq, tribunals].flatMap((r) => r.items.flatMap((i) => i.meetings.flatMap((m) => m.participants.map((p) => p.name))));
    expect(names.some((n) => /Secretary-General$|consultations|report/i.test(n))).toBe(false);
    expect(meeting(iraq, 4808).participants.map((p) => p.role)).toEqual(["president"]);
  });

  it("keeps names that contain 'and' or commas whole", () => {
    expect(meeting(iraq, 4762, 1).participants.map((p) => p.name)).toContain("Serbia and Montenegro");
    expect(meeting(vetoes, 4828).participants.map((p) => p.name)).toContain("Saint Vincent and the Grenadines");
    expect(meeting(vetoes, 4828).participants[0]?.name).toBe("United Kingdom of Great Britain and Northern Ireland");
  });
});

describe("isPageFurniture", () => {
  it("knows running heads, page numbers and lone job numbers and symbols", () => {
    for (const line of ["Repertoire of the Practice of the Security Council, 2003", "217", "- 12 -", "03-45678", "S/2003/INF/1", "Chapter VIII. Consideration of questions", "  38  "]) {
      expect(isPageFurniture(line), line).toBe(true);
    }
  });

  it("keeps prose, footnotes and headings", () => {
    for (const line of ["S/2003/54.", "³ S/2003/301.", "Initial proceedings", "52. The Security Council and regional organizations", "2003."]) {
      expect(isPageFurniture(line), line).toBe(false);
    }
  });
});
