import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/model/dataset";
import { sampleDataset } from "@/lib/model/fixtures/sampleDataset";
import { clampStep, presentationCommandFor, stepAfter, stepBeyondStoryNotice, stepView } from "./storySteps";

describe("moving through a story", () => {
  it("steps forward and back, and stops at either end", () => {
    expect(stepAfter("next", 0, 3)).toBe(1);
    expect(stepAfter("next", 2, 3)).toBe(2);
    expect(stepAfter("previous", 0, 3)).toBe(0);
    expect(stepAfter("last", 0, 3)).toBe(2);
    expect(stepAfter("first", 2, 3)).toBe(0);
    expect(stepAfter("next", 0, 0)).toBe(0);
  });

  it("brings a step number from a link within the story", () => {
    expect(clampStep(7, 3)).toBe(2);
    expect(clampStep(-1, 3)).toBe(0);
    expect(clampStep(Number.NaN, 3)).toBe(0);
  });

  it("maps a clicker's page keys, the arrows, Space, Home, End, Escape and F", () => {
    expect(presentationCommandFor({ key: "PageDown" })).toBe("next");
    expect(presentationCommandFor({ key: "PageUp" })).toBe("previous");
    expect(presentationCommandFor({ key: " " })).toBe("next");
    expect(presentationCommandFor({ key: "ArrowLeft" })).toBe("previous");
    expect(presentationCommandFor({ key: "End" })).toBe("last");
    expect(presentationCommandFor({ key: "Escape" })).toBe("leave");
    expect(presentationCommandFor({ key: "f" })).toBe("fullscreen");
    expect(presentationCommandFor({ key: "f", ctrlKey: true })).toBeNull();
    expect(presentationCommandFor({ key: "x" })).toBeNull();
  });

  it("opens a step's view with the story's position, naming what the dataset lacks", () => {
    const index = indexDataset(sampleDataset);
    const story = { ref: "s", title: "t", author: "", steps: [{ view: "m=4739", caption: "" }, { view: "m=4739,9999&e=org:XX", caption: "" }] };
    const { state, problems } = stepView(story, 5, index, { focusYear: null });
    expect(state.story).toEqual({ ref: "s", step: 1 });
    expect(state.selection.meetings).toEqual(["4739"]);
    expect(problems.map((problem) => [problem.key, problem.values])).toEqual([
      ["m", ["9999"]],
      ["e", ["org:XX"]],
    ]);
  });
});

describe("a link to a step past the story's last", () => {
  it("says which step it asked for and how many the story has", () => {
    expect(stepBeyondStoryNotice("The Iraq question, January to May 2003", 98, 5)).toBe("This link asks for step 99 of “The Iraq question, January to May 2003”, which has 5 steps: it opens at the last.");
    expect(stepBeyondStoryNotice("One", 1, 1)).toBe("This link asks for step 2 of “One”, which has 1 step: it opens at the last.");
  });

  it("says nothing of a step the story has", () => {
    expect(stepBeyondStoryNotice("Three", 2, 3)).toBeNull();
    expect(stepBeyondStoryNotice("Three", 0, 3)).toBeNull();
  });
});
