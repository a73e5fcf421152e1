import { describe, expect, it } from "vitest";
import { builtInStories } from "./builtInStories";
import { embeddedStoryRef, maxEmbeddedLength, readEmbeddedStory, storySearch } from "./storyLink";

const story = { ...builtInStories[0]!, id: "copy", title: "Les sanctions — « Irak »" };

describe("a story carried in a link", () => {
  it("round-trips a story with non-ASCII text", () => {
    const ref = embeddedStoryRef(story);
    expect(ref).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
    expect(readEmbeddedStory(ref)).toEqual({ ok: true, story });
  });

  it("says a damaged or oversized link is damaged, without throwing", () => {
    expect(readEmbeddedStory("s1.%%%")).toMatchObject({ ok: false, message: expect.stringContaining("damaged") });
    expect(readEmbeddedStory(`s1.${btoa("\xff\xfe").replace(/=/g, "")}`)).toMatchObject({ ok: false, message: expect.stringContaining("not UTF-8") });
    expect(readEmbeddedStory(`s1.${btoa("{}")}`)).toMatchObject({ ok: false, message: expect.stringContaining("The story in this link") });
    expect(readEmbeddedStory(`s1.${"A".repeat(maxEmbeddedLength)}`)).toMatchObject({ ok: false, message: expect.stringContaining("too long") });
  });

  it("names the step from 1 in the query, and leaves out the first", () => {
    expect(storySearch("iraq-2003", 0)).toBe("story=iraq-2003");
    expect(storySearch("iraq-2003", 1)).toBe("story=iraq-2003&step=2");
  });
});

describe("the story a link names", () => {
  it("is a built-in by id, a carried story by its encoding, and otherwise a message", async () => {
    const { resolveStoryRef, storyRefOf } = await import("./resolveStory");
    expect(resolveStoryRef("kimberley-2003")).toMatchObject({ ok: true, story: { id: "kimberley-2003" } });
    expect(storyRefOf(builtInStories[1]!)).toBe("regional-organizations-4739");
    expect(resolveStoryRef(storyRefOf(story))).toEqual({ ok: true, story });
    expect(resolveStoryRef("no-such-story")).toMatchObject({ ok: false, message: expect.stringContaining('"no-such-story"') });
  });
});
