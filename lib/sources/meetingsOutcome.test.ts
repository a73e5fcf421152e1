import { describe, expect, it } from "vitest";
import { parseHtmlTables } from "./html";
import { parseOutcomeCell, parseOutcomeText, symbolFromHref } from "./meetingsOutcome";

const none = { vetoedByNames: [], notParticipatingNames: [] };

describe("parseOutcomeText", () => {
  it("reads a resolution and its vote", () => {
    expect(parseOutcomeText("S/RES/1459 (2003) 15-0-0", 2003)).toEqual({
      outcomes: [{ kind: "resolution", symbol: "S/RES/1459 (2003)", vote: { for: 15, against: 0, abstain: 0 }, ...none }],
      issues: [],
    });
  });

  it("normalises the spacing of resolution symbols", () => {
    expect(parseOutcomeText("S/RES/37(1947) 11-0-0", 1947).outcomes[0]?.symbol).toBe("S/RES/37 (1947)");
  });

  it("reads who did not take part in the vote", () => {
    const [outcome] = parseOutcomeText("S/RES/1483 (2003) 14-0-0 (The Syrian Arab Republic did not participate in the voting.)", 2003).outcomes;
    expect(outcome).toEqual({
      kind: "resolution",
      symbol: "S/RES/1483 (2003)",
      vote: { for: 14, against: 0, abstain: 0 },
      vetoedByNames: [],
      notParticipatingNames: ["Syrian Arab Republic"],
    });
  });

  it("reads a vetoed draft whose symbol is glued to the words around it", () => {
    expect(parseOutcomeText("Draft resolutionS/2003/980vetoed by USA 10-1-4", 2003).outcomes).toEqual([
      { kind: "vetoed-draft", symbol: "S/2003/980", vote: { for: 10, against: 1, abstain: 4 }, vetoedByNames: ["USA"], notParticipatingNames: [] },
    ]);
  });

  it("reads several vetoing members and drops the article", () => {
    expect(parseOutcomeText("Draft resolution S/11543 vetoed by USA, France and UK 10-3-2", 1974).outcomes[0]?.vetoedByNames).toEqual(["USA", "France", "UK"]);
    expect(parseOutcomeText("Draft resolution S/2015/508 vetoed by the Russian Federation 10-1-4", 2015).outcomes[0]?.vetoedByNames).toEqual(["Russian Federation"]);
  });

  it("reads the 2020 videoconference style, symbol first", () => {
    expect(parseOutcomeText("S/2020/654 vetoed by China, Russian Federation 13-2-0", 2020).outcomes[0]).toMatchObject({
      kind: "vetoed-draft",
      symbol: "S/2020/654",
      vetoedByNames: ["China", "Russian Federation"],
    });
    expect(parseOutcomeText("S/2020/658 not adopted 4-7-4", 2020).outcomes[0]).toMatchObject({ kind: "draft-not-adopted", symbol: "S/2020/658" });
    expect(parseOutcomeText("Draft resolution S/2022/231 was not adopted 2-0-13", 2022).outcomes[0]).toMatchObject({ kind: "draft-not-adopted" });
  });

  it("keeps the words beside a draft's symbol as its note", () => {
    expect(parseOutcomeText("Draft resolution S/552, S/202 (preliminary question) vetoed by USSR 8-2-1", 1947).outcomes).toEqual([
      { kind: "vetoed-draft", symbol: "S/552", vote: { for: 8, against: 2, abstain: 1 }, vetoedByNames: ["USSR"], notParticipatingNames: [], note: "S/202 (preliminary question)" },
    ]);
  });

  it("reads several outcomes in one cell, whatever joins them", () => {
    const kinds = (text: string) => parseOutcomeText(text, 2010).outcomes.map((outcome) => [outcome.kind, outcome.symbol]);
    expect(kinds("S/RES/1956 (2010) 15-0-0 + S/RES/1957 (2010) 15-0-0 + S/PRST/2010/27")).toEqual([
      ["resolution", "S/RES/1956 (2010)"],
      ["resolution", "S/RES/1957 (2010)"],
      ["presidential-statement", "S/PRST/2010/27"],
    ]);
    expect(kinds("S/PRST/2010/30 and S/RES/1965 (2010) 15-0-0")).toEqual([
      ["presidential-statement", "S/PRST/2010/30"],
      ["resolution", "S/RES/1965 (2010)"],
    ]);
    expect(kinds("Draft resolution S/2018/516 vetoed by United States 10-1-4 S/2018/520 not adopted 1-3-11")).toEqual([
      ["vetoed-draft", "S/2018/516"],
      ["draft-not-adopted", "S/2018/520"],
    ]);
  });

  it("reads presidential statements of the years before S/PRST symbols", () => {
    expect(parseOutcomeText("S/25079 (PRST)", 1993).outcomes).toEqual([{ kind: "presidential-statement", symbol: "S/25079", ...none }]);
    expect(parseOutcomeText("PRST unnumbered", 1954).outcomes).toEqual([{ kind: "presidential-statement", ...none, note: "unnumbered" }]);
  });

  it("gives a communiqué the record it links to", () => {
    expect(parseOutcomeText("Communiqué", 2003, ["S/PV.4884"]).outcomes).toEqual([{ kind: "communique", symbol: "S/PV.4884", ...none }]);
  });

  it("keeps elections, decisions, notes and letters as other outcomes", () => {
    expect(parseOutcomeText("Election of Mr. Alfaro (Panama)", 1959)).toEqual({ outcomes: [{ kind: "other", ...none, note: "Election of Mr. Alfaro (Panama)" }], issues: [] });
    expect(parseOutcomeText("Decision", 2003).outcomes).toEqual([{ kind: "other", ...none, note: "Decision" }]);
    expect(parseOutcomeText("Note (S/2010/552)", 2010).outcomes).toEqual([{ kind: "other", symbol: "S/2010/552", ...none, note: "Note" }]);
  });

  it("reads '--' as no outcome", () => {
    expect(parseOutcomeText("--", 2003)).toEqual({ outcomes: [], issues: [] });
    expect(parseOutcomeText("", 2003)).toEqual({ outcomes: [], issues: [] });
  });

  it("reports what it cannot place, keeping the text", () => {
    expect(parseOutcomeText("2-0-13", 2021)).toEqual({
      outcomes: [{ kind: "other", vote: { for: 2, against: 0, abstain: 13 }, ...none }],
      issues: [{ code: "outcome-without-symbol", message: 'parseOutcomeText: a vote with no document in "2-0-13"' }],
    });
    expect(parseOutcomeText("Postponed", 2003).issues.map((issue) => issue.code)).toEqual(["unknown-outcome"]);
    expect(parseOutcomeText("S/26596", 1993).issues.map((issue) => issue.code)).toEqual(["unknown-outcome"]);
    expect(parseOutcomeText("Draft resolution S/1", 1946).issues.map((issue) => issue.code)).toEqual(["unknown-outcome"]);
    expect(parseOutcomeText("S/RES/1 (2003) 15-0-0 with reservations", 2003).issues.map((issue) => issue.code)).toEqual(["unknown-outcome-text"]);
  });

  it("reports a vote larger than the Council of its year", () => {
    expect(parseOutcomeText("S/RES/1 (1946) 12-0-0", 1946).issues.map((issue) => issue.code)).toEqual(["bad-vote"]);
    expect(parseOutcomeText("S/RES/1 (1966) 12-0-0", 1966).issues).toEqual([]);
  });
});

describe("parseOutcomeCell", () => {
  const cell = (html: string) => parseHtmlTables(`<table><tr><td>${html}</td></tr></table>`)[0]?.rows[0]?.cells[0];

  it("numbers outcomes by the blank-line block they came from", () => {
    const found = cell(`</br> </br><a href="https://undocs.org/en/S/RES/12 (1946)">S/RES/12 (1946)</a> <br> 11-0-0`);
    expect(found).toBeDefined();
    if (!found) return;
    expect(parseOutcomeCell(found, 1946)).toMatchObject({ blockOf: [1], blockCount: 2 });
  });

  it("takes communiqué symbols from the links", () => {
    const found = cell(`<a href="https://undocs.org/en/S/PV.4884">Communiqu&eacute;</a>`);
    if (!found) throw new Error("no cell");
    expect(parseOutcomeCell(found, 2003).outcomes[0]?.symbol).toBe("S/PV.4884");
  });
});

describe("symbolFromHref", () => {
  it("reads the document symbol at the end of a link", () => {
    expect(symbolFromHref("https://undocs.org/en/S/RES/1318%20(2000)")).toBe("S/RES/1318 (2000)");
    expect(symbolFromHref("https://undocs.org/en/S/PV.4762(Resumption1)\n")).toBe("S/PV.4762(Resumption1)");
    expect(symbolFromHref("%E0%A4%A")).toBeUndefined();
  });
});
