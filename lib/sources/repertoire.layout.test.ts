import { describe, expect, it } from "vitest";
import { parseRepertoire } from "./repertoire";

// Short invented texts for layouts the fixtures do not show: footnotes printed after the
// next item began, headings whose decision the text never reports, duplicated footnotes.

const lines = (...parts: string[]) => parts.join("\n\n");

describe("parseRepertoire on page layouts", () => {
  it("gives a footnote printed after the next item's heading back to the item that marks it", () => {
    const text = lines(
      "30. The question of the Eastern Atolls",
      "Deliberations of 5 June 2003 (4770th meeting)",
      "At its 4770th meeting, on 5 June 2003, statements were made by the representative of Fiji (on behalf of the Pacific Islands Forum⁴).",
      "31. The question of the Western Reefs",
      "⁴ Samoa and Tonga aligned themselves with the statement.",
      "Deliberations of 6 June 2003 (4771st meeting)",
      "At its 4771st meeting, on 6 June 2003, statements were made by the representatives of Palau and Nauru.",
    );
    const result = parseRepertoire(text, { file: "t" });
    expect(result.problems).toEqual([]);
    const [atolls, reefs] = result.items;
    expect(atolls?.footnotes.map((f) => f.number)).toEqual([4]);
    expect(reefs?.footnotes).toEqual([]);
    expect(atolls?.meetings[0]?.participants.filter((p) => p.role === "aligned").map((p) => [p.name, p.onBehalfOf])).toEqual([
      ["Samoa", "the Pacific Islands Forum"],
      ["Tonga", "the Pacific Islands Forum"],
    ]);
  });

  it("takes the decision from the heading when the text does not report it, and says so", () => {
    const text = lines(
      "30. The question of the Eastern Atolls",
      "Decision of 5 June 2003 (4770th meeting): resolution 1488 (2003)",
      "At its 4770th meeting, on 5 June 2003, the Council included the item in its agenda.",
    );
    const result = parseRepertoire(text, { file: "t" });
    expect(result.items[0]?.meetings[0]?.outcomes[0]).toMatchObject({ kind: "resolution", symbol: "S/RES/1488 (2003)", draftSymbols: [] });
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([[3, "outcome-missing"]]);
  });

  it("reports a second footnote with the same number in one item and keeps the first", () => {
    const text = lines(
      "30. The question of the Eastern Atolls",
      "Deliberations of 5 June 2003 (4770th meeting)",
      "At its 4770th meeting, on 5 June 2003, the Council included the item in its agenda.¹",
      "¹ S/2003/600.",
      "¹ S/2003/601.",
    );
    const result = parseRepertoire(text, { file: "t" });
    expect(result.items[0]?.footnotes.map((f) => f.text)).toEqual(["S/2003/600."]);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([[9, "duplicate-footnote"]]);
  });

  it("reports a paragraph that comes before any meeting heading", () => {
    const text = lines("30. The question of the Eastern Atolls", "At its 4770th meeting, on 5 June 2003, the Council included the item in its agenda.");
    expect(parseRepertoire(text, { file: "t" }).problems.map((p) => p.code)).toEqual(["unplaced-paragraph"]);
  });

  it("returns nothing and no problems for an empty text", () => {
    expect(parseRepertoire("", { file: "t" })).toEqual({ items: [], problems: [] });
    expect(parseRepertoire("\r\n\r\n  \n", { file: "t" })).toEqual({ items: [], problems: [] });
  });
});
