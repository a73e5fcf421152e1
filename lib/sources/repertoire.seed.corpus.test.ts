import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requireSources } from "@/scripts/sources/locateSources";
import { parseRepertoire, type RepertoireMeeting, type RepertoireParticipant } from "./repertoire";
import { reflow, withCrlf, withoutSpan, withoutSpans } from "./repertoire.testing";

// The parser against the real seed (items 51 and 52 of the 2003 Repertoire). Runs when
// the sources are found; vitest.config.ts leaves it out, saying so, when they are not.
const seedName = "seeds/000_b20b034476035cee.txt";
const seed = { text: readFileSync(path.join(requireSources(), seedName), "utf8"), file: seedName };
const result = parseRepertoire(seed.text, { file: seed.file });
const [item51, item52] = result.items;

function meetingOf(number: number): RepertoireMeeting {
  const meeting = result.items.flatMap((i) => i.meetings).find((m) => m.number === number);
  if (!meeting) throw new Error(`meeting ${number} not parsed`);
  return meeting;
}

function withRole(meeting: RepertoireMeeting, role: RepertoireParticipant["role"]): RepertoireParticipant[] {
  return meeting.participants.filter((p) => p.role === role);
}

/** The original text a span points at, whitespace collapsed. */
function spanText(span: { start: number; end: number }): string {
  return seed.text.slice(span.start, span.end).replace(/\s+/g, " ");
}

describe("parseRepertoire on the seed (items 51 and 52 of the 2003 Repertoire)", () => {
  it("reads both items with their numbers and titles and reports no problems", () => {
    expect(result.problems).toEqual([]);
    expect(result.items.map((i) => [i.number, i.title])).toEqual([
      [51, "Kimberley Process Certification Scheme"],
      [52, "The Security Council and regional organizations: facing the new challenges to international peace and security"],
    ]);
    expect(item51?.span.line).toBe(1);
    expect(spanText(item52?.span ?? { start: 0, end: 0 })).toMatch(/^52\. The Security Council/);
  });

  it("reads the 4694th meeting as a decision of 28 January 2003 under Initial proceedings", () => {
    const meeting = meetingOf(4694);
    expect(item51?.meetings).toHaveLength(1);
    expect(meeting).toMatchObject({
      date: "2003-01-28",
      kind: "decision",
      section: "initial-proceedings",
      sectionTitle: "Initial proceedings",
      heading: "Decision of 28 January 2003 (4694th meeting): resolution 1459 (2003)",
      agendaItemTitle: "Kimberley Process Certification Scheme",
    });
    expect(meeting.span.line).toBe(5);
  });

  it("reads resolution 1459 (2003) as adopted unanimously, with draft S/2003/54 from footnote 1", () => {
    const outcome = meetingOf(4694).outcomes[0];
    expect(outcome).toMatchObject({ kind: "resolution", symbol: "S/RES/1459 (2003)", adoptedUnanimously: true, draftSymbols: ["S/2003/54"] });
    expect(outcome?.vote).toBeUndefined();
    expect(outcome && spanText(outcome.span)).toMatch(/^it was put to the vote and adopted unanimously as resolution 1459 \(2003\)$/);
  });

  it("makes France the President of the 4694th meeting and nobody else a participant", () => {
    const participants = meetingOf(4694).participants;
    expect(participants.map((p) => [p.name, p.role])).toEqual([["France", "president"]]);
    expect(spanText(participants[0]?.span ?? { start: 0, end: 0 })).toBe("France");
  });

  it("reads the 4739th meeting as deliberations of 11 April 2003 with no outcome", () => {
    const meeting = meetingOf(4739);
    expect(item52?.meetings).toHaveLength(1);
    expect(meeting).toMatchObject({ date: "2003-04-11", kind: "deliberations", section: "initial-proceedings" });
    expect(meeting.outcomes[0]).toBeUndefined();
    expect(meeting.agendaItemTitle).toBe(item52?.title);
  });

  it("reads 'most members of the Council' as one collective participant marked with footnote 2", () => {
    expect(withRole(meetingOf(4739), "council-member")).toEqual([
      expect.objectContaining({ name: "members of the Council", scope: "most", footnote: 2 }),
    ]);
  });

  it("reads footnote 2 as Mexico, the one member that did not make a statement", () => {
    const silent = withRole(meetingOf(4739), "non-speaking").filter((p) => p.footnote === 2);
    expect(silent).toEqual([expect.objectContaining({ name: "Mexico", note: "did not make a statement" })]);
  });

  it("makes the Secretary-General, who made a statement without briefing, an invited participant", () => {
    const meeting = meetingOf(4739);
    expect(meeting.participants.filter((p) => p.name === "the Secretary-General")).toEqual([
      expect.objectContaining({ role: "invited" }),
    ]);
    expect(withRole(meeting, "briefer")).toEqual([]);
  });

  it("reads Greece as speaking on behalf of the European Union, marked with footnote 3", () => {
    expect(withRole(meetingOf(4739), "speaker-on-behalf")).toEqual([
      expect.objectContaining({ name: "Greece", onBehalfOf: "the European Union", footnote: 3 }),
    ]);
  });

  it("reads the twelve states of footnote 3 as aligned with the European Union, Slovenia included across the page break", () => {
    const aligned = withRole(meetingOf(4739), "aligned");
    expect(aligned.map((p) => p.name)).toEqual([
      "Bulgaria",
      "Cyprus",
      "the Czech Republic",
      "Estonia",
      "Hungary",
      "Latvia",
      "Lithuania",
      "Malta",
      "Poland",
      "Romania",
      "Slovakia",
      "Slovenia",
    ]);
    for (const state of aligned) expect(state).toMatchObject({ onBehalfOf: "the European Union", footnote: 3 });
    const slovenia = aligned[11];
    expect(slovenia && spanText(slovenia.span)).toBe("Slovenia");
    expect(slovenia?.span.line).toBe(37);
  });

  it("reads the five regional organizations as invited, the OAS joined across the page break", () => {
    const organizations = withRole(meetingOf(4739), "invited").filter((p) => p.name !== "the Secretary-General");
    expect(organizations.map((p) => [p.name, p.acronym])).toEqual([
      ["the Organization of American States", undefined],
      ["the African Union", undefined],
      ["the League of Arab States", undefined],
      ["the Organization for Security and Cooperation in Europe", "OSCE"],
      ["the Economic Community of West African States", "ECOWAS"],
    ]);
    const oas = organizations[0];
    expect(oas?.span.line).toBe(25);
    expect(oas && spanText(oas.span)).toBe("the representatives of the Organization of American States");
  });

  it("reads footnote 4 as three parties represented by ministers, with the office's state", () => {
    expect(withRole(meetingOf(4739), "represented-by").map(withoutSpan)).toEqual([
      { name: "Mexico", role: "represented-by", onBehalfOf: "Mexico", capacity: "Minister for Foreign Affairs", capacityOf: "Mexico", footnote: 4 },
      {
        name: "Greece",
        role: "represented-by",
        onBehalfOf: "the European Union",
        capacity: "Deputy Minister for Foreign Relations",
        capacityOf: "Greece",
        footnote: 4,
      },
      {
        name: "South Africa",
        role: "represented-by",
        onBehalfOf: "the African Union",
        capacity: "Minister for Provincial and Local Government",
        capacityOf: "South Africa",
        footnote: 4,
      },
    ]);
  });

  it("reads those also present as non-speaking participants from footnote 4", () => {
    const present = withRole(meetingOf(4739), "non-speaking").filter((p) => p.note === "also present");
    expect(present.map((p) => [p.name, p.footnote])).toEqual([
      ["parliamentarians from Mexico", 4],
      ["the President of the General Assembly", 4],
    ]);
  });

  it("lists every participant of the 4739th meeting once and nothing from the Secretary-General's summary", () => {
    const meeting = meetingOf(4739);
    expect(meeting.participants).toHaveLength(1 + 1 + 1 + 5 + 1 + 12 + 3 + 2);
    const all = JSON.stringify(result);
    expect(all).not.toMatch(/joint interest|regional partners/);
  });

  it("keeps each item's footnotes apart, item 52 having its own footnote 1", () => {
    expect(item51?.footnotes.map((f) => [f.number, f.text])).toEqual([[1, "S/2003/54."]]);
    expect(item52?.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4]);
    expect(item52?.footnotes[2]?.text).toBe(
      "Bulgaria, Cyprus, the Czech Republic, Estonia, Hungary, Latvia, Lithuania, Malta, Poland, Romania, Slovakia and Slovenia aligned themselves with the statement.",
    );
    expect(item52?.footnotes[0]?.span.line).toBe(31);
  });

  it("reads the seed the same with CRLF endings or re-flowed at 40 columns", () => {
    const items = withoutSpans(result.items);
    for (const variant of [withCrlf(seed.text), reflow(seed.text, 40), withCrlf(reflow(seed.text, 40))]) {
      const again = parseRepertoire(variant, { file: seed.file });
      expect(again.problems).toEqual([]);
      expect(withoutSpans(again.items)).toEqual(items);
    }
  });

  it("gives the same result twice for the same text", () => {
    expect(parseRepertoire(seed.text, { file: seed.file })).toEqual(result);
  });

  it("points spans at the original CRLF text", () => {
    const crlf = withCrlf(seed.text);
    const again = parseRepertoire(crlf, { file: seed.file });
    const slovenia = again.items[1]?.meetings[0]?.participants.find((p) => p.name === "Slovenia");
    expect(slovenia && crlf.slice(slovenia.span.start, slovenia.span.end)).toBe("Slovenia");
    expect(slovenia?.span.line).toBe(37);
  });
});
