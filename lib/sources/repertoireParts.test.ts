import { describe, expect, it } from "vitest";
import { readBlocks } from "./repertoireBlocks";
import { readFootnote } from "./repertoireFootnotes";
import { parseDateList, parseMeetingHeading } from "./repertoireHeadings";
import { readParticipantList, splitList } from "./repertoireList";
import { findMarkers, leadingMarker } from "./repertoireMarkers";
import { splitOffice } from "./repertoireNames";
import { readOutcome } from "./repertoireOutcome";
import { splitSentences } from "./repertoireSentences";
import { withoutSpan } from "./repertoire.testing";
import { mapLines, sourceContext, sourceLines, type Mapped } from "./repertoireText";

// The parts of the Repertoire parser, each on the constructions it owns. Inputs are
// invented sentences in the Repertoire's style.

function mapped(text: string): Mapped {
  return mapLines(sourceLines(text));
}

function blocks(text: string): Array<[string, string]> {
  return readBlocks(sourceLines(text)).map((b) => [b.kind, b.text.text]);
}

describe("readBlocks", () => {
  it("joins a name split by a page break after 'of'", () => {
    expect(blocks("were made by the representatives of the Organization of\n\nAmerican States and Peru.")).toEqual([
      ["text", "were made by the representatives of the Organization of American States and Peru."],
    ]);
  });

  it("continues a footnote after a blank line when it stops at 'and'", () => {
    expect(blocks("² Fiji, Tonga and\n\nSamoa aligned themselves with the statement.")).toEqual([
      ["footnote", "² Fiji, Tonga and Samoa aligned themselves with the statement."],
    ]);
  });

  it("keeps headings apart from the paragraphs that follow them", () => {
    expect(blocks("12. The question of the Falls\r\n\r\nInitial proceedings\r\n\r\nDecision of 2 May 2003 (4750th meeting): resolution 1480 (2003)\r\n\r\nAt its 4750th meeting.").map(([k]) => k)).toEqual([
      "item-heading",
      "section-heading",
      "meeting-heading",
      "text",
    ]);
  });

  it("starts a new footnote at a line opening with a superscript even without a blank line", () => {
    expect(blocks("¹ S/2003/1.\n² S/2003/2.").map(([k, t]) => [k, t])).toEqual([
      ["footnote", "¹ S/2003/1."],
      ["footnote", "² S/2003/2."],
    ]);
  });

  it("rejoins a word hyphenated at the end of a line", () => {
    expect(blocks("the Under-Secretary-\nGeneral briefed the Council.")).toEqual([["text", "the Under-Secretary-General briefed the Council."]]);
  });

  it("does not join a finished sentence to the next paragraph", () => {
    expect(blocks("The Council met.\n\nStatements were made by Peru.").map(([k]) => k)).toEqual(["text", "text"]);
  });
});

describe("footnote markers", () => {
  it("reads multi-digit superscripts in text and at the start of a footnote body", () => {
    expect(findMarkers(mapped("a draft resolution;¹² it was (Union³)")).map((m) => m.number)).toEqual([12, 3]);
    expect(leadingMarker(mapped("¹⁰ S/2003/9."))?.number).toBe(10);
    expect(leadingMarker(mapped("S/2003/9."))).toBeNull();
  });
});

describe("meeting headings", () => {
  it("carries the month and year leftwards over a list of days", () => {
    expect(parseDateList("27 February and 3 March 2003")).toEqual(["2003-02-27", "2003-03-03"]);
    expect(parseDateList("1, 2 and 4 July 2003")).toEqual(["2003-07-01", "2003-07-02", "2003-07-04"]);
    expect(parseDateList("30 February 2003")).toBeNull();
  });

  it("reads several meeting numbers with their ordinal suffixes", () => {
    expect(parseMeetingHeading("Deliberations of 21 and 22 May 2003 (4761st, 4762nd and 4763rd meetings)")).toEqual({
      kind: "deliberations",
      numbers: [{ number: 4761 }, { number: 4762 }, { number: 4763 }],
      dates: ["2003-05-21", "2003-05-22"],
    });
    expect(parseMeetingHeading("Decision of 2 May 2003 (4750th meeting): resolution 1480 (2003)")).toMatchObject({ decided: "resolution 1480 (2003)" });
  });

  it("keeps a resumption written inside the meeting list's brackets", () => {
    expect(parseMeetingHeading("Deliberations of 22 May 2003 (4762nd meeting (resumption 1))")).toMatchObject({ numbers: [{ number: 4762, resumption: 1 }], dates: ["2003-05-22"] });
    expect(parseMeetingHeading("Deliberations of 22 May 2003 (4762nd meeting and 4762nd meeting (resumption 1))")).toMatchObject({
      numbers: [{ number: 4762 }, { number: 4762, resumption: 1 }],
    });
  });
});

describe("splitList", () => {
  it("cuts at commas and 'and' but not inside names that contain them or inside brackets", () => {
    const pieces = splitList(mapped("Trinidad and Tobago, Fiji (on behalf of the Pacific Islands Forum, in part), and the Organization for Security and Co-operation in Europe and Peru"));
    expect(pieces.map((p) => p.text)).toEqual([
      "Trinidad and Tobago,",
      "Fiji (on behalf of the Pacific Islands Forum, in part),",
      "the Organization for Security and Co-operation in Europe",
      "Peru",
    ]);
  });

  it("keeps a marker glued after a comma with the entry before it", () => {
    expect(splitList(mapped("most members of the Council,² the Secretary-General")).map((p) => p.text)).toEqual([
      "most members of the Council,²",
      "the Secretary-General",
    ]);
  });
});

describe("readParticipantList", () => {
  it("carries 'the representatives of' over the names that follow, until an office interrupts", () => {
    const ctx = sourceContext("", "t");
    const list = readParticipantList(ctx, mapped("the representatives of Fiji and the Niger, the President of the Economic and Social Council and the representative of Nauru"), {
      mode: "speakers",
      role: "invited",
    });
    expect(list.map((l) => l.participant.name)).toEqual(["Fiji", "the Niger", "the President of the Economic and Social Council", "Nauru"]);
    expect(ctx.problems).toEqual([]);
  });

  it("reports a bare name that nothing introduces", () => {
    const ctx = sourceContext("", "t");
    readParticipantList(ctx, mapped("Fiji"), { mode: "speakers", role: "invited" });
    expect(ctx.problems.map((p) => p.code)).toEqual(["unrecognised-participant"]);
  });
});

describe("readOutcome", () => {
  it("reads a vote with negative votes and abstentions by name", () => {
    const facts = readOutcome(mapped("it was put to the vote and adopted by 12 votes to 1 (Cameroon), with 2 abstentions (Angola and Chile), as resolution 1490 (2003)."));
    expect(facts.outcome).toMatchObject({
      kind: "resolution",
      symbol: "S/RES/1490 (2003)",
      vote: { for: 12, against: 1, abstain: 2 },
      againstNames: ["Cameroon"],
      abstainNames: ["Angola", "Chile"],
    });
  });

  it("reads a veto where the abstentions are not named", () => {
    const facts = readOutcome(mapped("it received 11 votes in favour, 1 against (China) and 3 abstentions, and was not adopted owing to the negative vote of a permanent member."));
    expect(facts.outcome).toMatchObject({ kind: "vetoed-draft", vote: { for: 11, against: 1, abstain: 3 }, againstNames: ["China"] });
    expect(facts.outcome?.abstainNames).toBeUndefined();
  });

  it("reads a presidential statement and notices a draft being presented", () => {
    expect(readOutcome(mapped("the President made a statement on behalf of the Council (S/PRST/2003/12).")).outcome).toMatchObject({
      kind: "presidential-statement",
      symbol: "S/PRST/2003/12",
    });
    expect(readOutcome(mapped("The President drew the attention of the Council to a draft resolution (S/2003/77).")).draftSymbols).toEqual(["S/2003/77"]);
  });
});

describe("readFootnote", () => {
  it("reads represented parties, whose office may name no state", () => {
    const ctx = sourceContext("", "t");
    const facts = readFootnote(ctx, 7, mapped("Peru was represented by its Minister of Foreign Affairs, Mr. Ana Ruiz; and the Andean Community by the Secretary-General of the Andean Community."));
    expect(facts.participants.map(({ participant }) => withoutSpan(participant))).toEqual([
      { name: "Peru", role: "represented-by", onBehalfOf: "Peru", capacity: "Minister of Foreign Affairs", capacityOf: "Peru", person: "Mr. Ana Ruiz", footnote: 7 },
      { name: "the Andean Community", role: "represented-by", onBehalfOf: "the Andean Community", capacity: "Secretary-General", capacityOf: "the Andean Community", footnote: 7 },
    ]);
    expect(ctx.problems).toEqual([]);
  });

  it("reports a footnote sentence it does not understand", () => {
    const ctx = sourceContext("", "t");
    readFootnote(ctx, 2, mapped("The meeting was suspended at 1 p.m. and resumed at 3 p.m."));
    expect(ctx.problems.map((p) => p.code)).toEqual(["unparsed-footnote-sentence"]);
  });
});

describe("splitOffice and splitSentences", () => {
  it("splits an office from its state after the last 'of', unless the state has its own", () => {
    expect(splitOffice("Minister for Provincial and Local Government of South Africa")).toEqual({ capacity: "Minister for Provincial and Local Government", of: "South Africa" });
    expect(splitOffice("Secretary of State of the United States of America")).toEqual({ capacity: "Secretary of State", of: "the United States of America" });
    expect(splitOffice("Minister of Foreign Affairs")).toEqual({ capacity: "Minister of Foreign Affairs" });
  });

  it("does not end a sentence at 'chap.', 'Mr.' or an initial, but does after a section letter", () => {
    expect(splitSentences(mapped("See chap. IV, sect. B. Mr. Jan P. Ruiz spoke.¹ Then.")).map((s) => s.text)).toEqual([
      "See chap. IV, sect. B.",
      "Mr. Jan P. Ruiz spoke.¹",
      "Then.",
    ]);
  });
});
