import { describe, expect, it } from "vitest";
import { initialRange, pageSize, rangeContaining, showEarlier, showMore } from "./pageRange";

describe("meeting list page range", () => {
  it("renders a year's list whole and starts a longer one with its first page", () => {
    expect(initialRange(9000)).toEqual({ from: 0, to: pageSize });
    expect(initialRange(501)).toEqual({ from: 0, to: pageSize });
    expect(initialRange(500)).toEqual({ from: 0, to: 500 });
    expect(initialRange(223)).toEqual({ from: 0, to: 223 });
  });

  it("keeps the range when the row is already rendered", () => {
    const range = { from: 200, to: 400 };
    expect(rangeContaining(250, range, 9000)).toBe(range);
  });

  it("grows by a page when the row is just past either end, as arrow keys step over it", () => {
    expect(rangeContaining(400, { from: 200, to: 400 }, 9000)).toEqual({ from: 200, to: 600 });
    expect(rangeContaining(199, { from: 200, to: 400 }, 9000)).toEqual({ from: 0, to: 400 });
  });

  it("jumps to the page of a far row instead of rendering everything before it", () => {
    expect(rangeContaining(8999, { from: 0, to: 200 }, 9000)).toEqual({ from: 8800, to: 9000 });
    expect(rangeContaining(0, { from: 8800, to: 9000 }, 9000)).toEqual({ from: 0, to: 200 });
  });

  it("shows more and earlier rows without passing the ends of the list", () => {
    expect(showMore({ from: 0, to: 200 }, 223)).toEqual({ from: 0, to: 223 });
    expect(showEarlier({ from: 100, to: 300 })).toEqual({ from: 0, to: 300 });
  });
});
