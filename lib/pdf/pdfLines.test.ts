import { describe, expect, it } from "vitest";
import { textFromPdfPages, type PdfPage, type PdfRun } from "./pdfLines";

// Lines and paragraphs from positioned runs, on hand-made pages (y grows upwards).

const run = (str: string, x: number, y: number, height = 11, width = str.length * 5): PdfRun => ({ str, x, y, width, height });

function page(number: number, body: PdfRun[]): PdfPage {
  return {
    number,
    height: 842,
    runs: [run("Repertoire of the Practice of the Security Council", 200, 815, 8), ...body, run(String(100 + number), 290, 20, 8)],
  };
}

describe("textFromPdfPages", () => {
  it("joins runs on one baseline, breaks paragraphs at wide gaps and drops running heads and page numbers", () => {
    const pages = [
      page(1, [run("23. The situation", 60, 760), run("between Iraq and Kuwait", 150, 760), run("At its 4761st meeting, on 22 May 2003, the", 60, 730), run("Council included the item in its agenda.", 60, 717)]),
      page(2, [run("Decision of 14 August 2003 (4808th meeting)", 60, 760)]),
    ];
    const text = textFromPdfPages(pages);
    expect(text.text).toBe(
      ["23. The situation between Iraq and Kuwait", "", "At its 4761st meeting, on 22 May 2003, the", "Council included the item in its agenda.", "", "Decision of 14 August 2003 (4808th meeting)"].join("\n"),
    );
    expect(text.lines).toEqual([{ page: 1, line: 2 }, null, { page: 1, line: 3 }, { page: 1, line: 4 }, null, { page: 2, line: 2 }]);
  });

  it("reads small raised digits after a word as a footnote marker", () => {
    const body = [
      run("The President drew the attention of the Council to", 60, 713),
      run("a draft resolution;", 60, 700),
      run("1", 155, 704, 6, 3),
      run("it was put to the vote", 160, 700),
      run("and adopted unanimously as resolution 1504 (2003).", 60, 687),
    ];
    const text = textFromPdfPages([page(1, body)]);
    expect(text.text).toContain("a draft resolution;¹ it was put to the vote");
  });

  it("keeps a lone number that sits in the body, not the margins", () => {
    const text = textFromPdfPages([page(1, [run("adopted by", 60, 500), run("14", 60, 487), run("votes to none.", 60, 474)])]);
    expect(text.text.split("\n")).toContain("14");
  });
});
