import { describe, expect, it } from "vitest";
import { parseRepertoire, type RepertoireMeeting, type RepertoireResult } from "./repertoire";
import { readFixture, reflow, withCrlf, withoutSpans } from "./repertoire.testing";

// Fixtures are invented prose in the Repertoire's constructions (see fixtures/repertoire):
// votes with abstentions, a vetoed draft, a draft that failed, presidential statements,
// briefers, invitations, several meetings per heading, CRLF, page breaks and footnotes.

function parse(name: string): RepertoireResult & { text: string } {
  const { text, file } = readFixture(name);
  return { ...parseRepertoire(text, { file }), text };
}

function meeting(result: RepertoireResult, number: number): RepertoireMeeting {
  const found = result.items.flatMap((i) => i.meetings).find((m) => m.number === number);
  if (!found) throw new Error(`meeting ${number} not parsed`);
  return found;
}

function roles(m: RepertoireMeeting): Array<[string, string]> {
  return m.participants.map((p) => [p.name, p.role]);
}

describe("parseRepertoire on a fixture with several meetings, a vote with an abstention and a presidential statement", () => {
  const result = parse("mano-river.txt");

  it("reads it without problems", () => {
    expect(result.problems).toEqual([]);
    expect(result.items.map((i) => [i.number, i.title])).toEqual([[14, "The situation in the Mano River basin"]]);
  });

  it("splits one Deliberations heading into its two meetings, each with its own date", () => {
    const [first, second] = result.items[0]?.meetings ?? [];
    expect([first?.number, first?.date, second?.number, second?.date]).toEqual([4712, "2003-03-03", 4714, "2003-03-05"]);
    expect(first?.heading).toBe(second?.heading);
    expect(second?.span.line).toBe(9);
  });

  it("reads the President, the invited states and a briefer of the first meeting", () => {
    expect(roles(meeting(result, 4712))).toEqual([
      ["Guinea", "president"],
      ["Côte d'Ivoire", "invited"],
      ["Liberia", "invited"],
      ["Sierra Leone", "invited"],
      ["Bosnia and Herzegovina", "invited"],
      ["the Under-Secretary-General for Peacekeeping Operations", "briefer"],
    ]);
  });

  it("reads 'all members of the Council' and the two members footnote 2 says did not speak", () => {
    const m = meeting(result, 4714);
    expect(m.participants.find((p) => p.role === "council-member")).toMatchObject({ name: "members of the Council", scope: "all" });
    expect(m.participants.filter((p) => p.role === "non-speaking").map((p) => [p.name, p.footnote, p.note])).toEqual([
      ["Cameroon", 2, "did not make a statement"],
      ["Chile", 2, "did not make a statement"],
    ]);
  });

  it("reads a vote of 14 to none with one abstention and the draft from footnote 3", () => {
    expect(meeting(result, 4725).outcomes[0]).toMatchObject({
      kind: "resolution",
      symbol: "S/RES/1470 (2003)",
      vote: { for: 14, against: 0, abstain: 1 },
      abstainNames: ["Syrian Arab Republic"],
      draftSymbols: ["S/2003/301"],
    });
    expect(meeting(result, 4725).outcomes[0]?.adoptedUnanimously).toBeUndefined();
  });

  it("reads a presidential statement with its symbol in brackets", () => {
    expect(meeting(result, 4729).outcomes[0]).toMatchObject({ kind: "presidential-statement", symbol: "S/PRST/2003/4", draftSymbols: [] });
    expect(meeting(result, 4729).kind).toBe("decision");
  });
});

describe("parseRepertoire on a CRLF fixture with a veto, a failed draft, multi-digit footnotes and page breaks", () => {
  const result = parse("middle-east-crlf.txt");

  it("reads it without problems and without a section heading", () => {
    expect(result.problems).toEqual([]);
    expect(result.items[0]?.meetings.map((m) => [m.number, m.section, m.sectionTitle])).toEqual([
      [4851, "other", ""],
      [4856, "other", ""],
      [4860, "other", ""],
    ]);
  });

  it("reads a vetoed draft with the votes, the negative vote and the abstentions", () => {
    expect(meeting(result, 4851).outcomes[0]).toMatchObject({
      kind: "vetoed-draft",
      vote: { for: 10, against: 1, abstain: 4 },
      againstNames: ["United States"],
      abstainNames: ["Bulgaria", "Cameroon", "Germany", "United Kingdom of Great Britain and Northern Ireland"],
      draftSymbols: ["S/2003/980"],
    });
    expect(meeting(result, 4851).outcomes[0]?.symbol).toBeUndefined();
  });

  it("reads a draft that failed without a veto, its symbol written inline", () => {
    expect(meeting(result, 4860).outcomes[0]).toMatchObject({
      kind: "draft-not-adopted",
      vote: { for: 7, against: 2, abstain: 6 },
      againstNames: ["Angola", "Chile"],
      draftSymbols: ["S/2003/1001"],
    });
  });

  it("reads invited states with 'and' in their names and an observer invited under rule 39", () => {
    expect(roles(meeting(result, 4851)).slice(1)).toEqual([
      ["Egypt", "invited"],
      ["Jordan", "invited"],
      ["Lebanon", "invited"],
      ["Saint Vincent and the Grenadines", "invited"],
      ["Tunisia", "invited"],
      ["Palestine", "invited"],
    ]);
  });

  it("ties footnote 12 to Italy's statement for the European Union, a name split by a page break included", () => {
    const m = meeting(result, 4856);
    expect(m.participants.find((p) => p.name === "Italy")).toMatchObject({ role: "speaker-on-behalf", onBehalfOf: "the European Union", footnote: 12 });
    const aligned = m.participants.filter((p) => p.role === "aligned");
    expect(aligned.map((p) => p.name)).toEqual(["Cyprus", "Latvia", "Malta", "Romania", "Turkey", "the former Yugoslav Republic of Macedonia"]);
    expect(aligned.every((p) => p.onBehalfOf === "the European Union" && p.footnote === 12)).toBe(true);
  });

  it("reads a briefer before 'following which' and a speaker for the Non-Aligned Movement across a page break", () => {
    const m = meeting(result, 4856);
    expect(m.participants[0]).toMatchObject({ name: "the Special Coordinator for the Middle East Peace Process", role: "briefer" });
    expect(m.participants.find((p) => p.name === "Malaysia")).toMatchObject({
      role: "speaker-on-behalf",
      onBehalfOf: "the Movement of Non-Aligned Countries",
    });
  });

  it("reads an office of a state whose name has its own 'of'", () => {
    const korea = meeting(result, 4856).participants.find((p) => p.role === "represented-by" && p.onBehalfOf === "the Republic of Korea");
    expect(korea).toMatchObject({ capacity: "Vice-Minister of Foreign Affairs and Trade", capacityOf: "the Republic of Korea", footnote: 13 });
  });

  it("reads the same items from LF endings and from lines re-flowed at 40 columns", () => {
    const items = withoutSpans(result.items);
    for (const variant of [result.text.replace(/\r\n/g, "\n"), reflow(result.text, 40), withCrlf(reflow(result.text, 33))]) {
      const again = parseRepertoire(variant, { file: "variant" });
      expect(again.problems).toEqual([]);
      expect(withoutSpans(again.items)).toEqual(items);
    }
  });

  it("points spans into the CRLF text", () => {
    const qatar = meeting(result, 4856).participants.find((p) => p.name === "Qatar");
    expect(qatar && result.text.slice(qatar.span.start, qatar.span.end)).toBe("Qatar");
    expect(qatar?.span.line).toBe(13);
  });
});

describe("parseRepertoire on a fixture with lettered sub-items, footnoted statements and text that resumes after footnotes", () => {
  const result = parse("northern-corridor.txt");

  it("reads it without problems and keeps each lettered heading as the meetings' section", () => {
    expect(result.problems).toEqual([]);
    expect(result.items[0]?.meetings.map((m) => [m.number, m.sectionTitle.slice(0, 10)])).toEqual([
      [4752, "A. Letter "],
      [4768, "B. The sit"],
      [4771, "B. The sit"],
      [4779, "B. The sit"],
    ]);
  });

  it("takes a presidential statement's symbol from its footnote", () => {
    expect(meeting(result, 4752).outcomes[0]).toMatchObject({ kind: "presidential-statement", symbol: "S/PRST/2003/7" });
  });

  it("keeps the person named beside an office invited under rule 39", () => {
    expect(meeting(result, 4752).participants.at(-1)).toMatchObject({
      name: "the Special Representative of the Secretary-General for the Northern Corridor",
      role: "invited",
      person: "Mr. Anders Holm",
    });
  });

  it("reads briefers from 'heard briefings by' and from '… briefed the Council'", () => {
    expect(meeting(result, 4768).participants.filter((p) => p.role === "briefer").map((p) => p.name)).toEqual([
      "the Assistant Secretary-General for Political Affairs",
      "the Executive Director of the United Nations Children's Fund",
    ]);
    expect(meeting(result, 4771).participants.filter((p) => p.role === "briefer").map((p) => [p.name, p.footnote])).toEqual([
      ["the Emergency Relief Coordinator", undefined],
      ["the High Commissioner for Refugees", 6],
    ]);
  });

  it("joins a sentence that resumes after the footnotes at the foot of the page", () => {
    const invited = meeting(result, 4771).participants.filter((p) => p.role === "invited");
    expect(invited.map((p) => p.name)).toEqual(["Kenya", "the United Republic of Tanzania", "Uganda"]);
    const tanzania = invited[1];
    expect(tanzania && result.text.slice(tanzania.span.start, tanzania.span.end).replace(/\s+/g, " ")).toContain(
      "⁵ S/PRST/2003/7. ⁶ Also present was the Deputy High Commissioner for Refugees. Tanzania",
    );
  });

  it("reads two abstentions by name", () => {
    expect(meeting(result, 4779).outcomes[0]).toMatchObject({
      vote: { for: 13, against: 0, abstain: 2 },
      abstainNames: ["France", "Russian Federation"],
      draftSymbols: ["S/2003/640"],
    });
  });
});

describe("parseRepertoire on a fixture of constructs it cannot read", () => {
  const result = parse("problems.txt");
  const codes = result.problems.map((p) => [p.line, p.code]);

  it("reports each one with its line, in reading order, without crashing", () => {
    expect(codes).toEqual([
      [1, "text-outside-item"],
      [7, "unrecognised-heading"],
      [9, "heading-mismatch"],
      [11, "unparsed-sentence"],
      [11, "dangling-footnote"],
      [13, "meeting-not-in-heading"],
      [15, "unrecognised-heading"],
      [17, "unparsed-sentence"],
      [21, "orphan-footnote"],
    ]);
    for (const problem of result.problems) {
      expect(problem.file).toBe("lib/sources/fixtures/repertoire/problems.txt");
      expect(problem.excerpt.length).toBeGreaterThan(0);
      expect(problem.message.length).toBeGreaterThan(0);
    }
  });

  it("still reads what it understood around them", () => {
    expect(meeting(result, 4701).outcomes[0]).toMatchObject({ kind: "resolution", symbol: "S/RES/1466 (2003)", adoptedUnanimously: true });
    expect(roles(meeting(result, 4702))).toEqual([
      ["Finland", "invited"],
      ["Sweden", "invited"],
    ]);
    expect(meeting(result, 4702).date).toBe("2003-02-06");
  });
});

describe("parseRepertoire on an item of 1992", () => {
  const result = parse("summit-1992.txt");

  it("reads a statement by the President issued before 1994 as an ordinary document, and the whole Council as speakers", () => {
    expect(result.problems).toEqual([]);
    const summit = meeting(result, 3046);
    expect(summit.date).toBe("1992-01-31");
    expect(summit.outcomes[0]).toMatchObject({ kind: "presidential-statement", symbol: "S/23500" });
    expect(summit.participants.find((p) => p.role === "council-member")).toMatchObject({ name: "members of the Council", scope: "all" });
  });
});
