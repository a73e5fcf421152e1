import { describe, expect, it } from "vitest";
import { readStory } from "./readStory";
import { storyFormat } from "./storySchema";

const valid = {
  format: storyFormat,
  version: 1,
  id: "my-class",
  title: "Our lesson",
  author: "Ms Okafor",
  steps: [{ view: "m=4739", caption: "The regional organizations" }],
};

describe("reading a story file", () => {
  it("reads a valid story", () => {
    expect(readStory(JSON.stringify(valid), "lesson.json")).toEqual({ ok: true, story: valid });
  });

  it("refuses text that is not JSON, naming the file", () => {
    expect(readStory("{not json", "broken.json")).toEqual({ ok: false, message: "broken.json is not a story file: it is not valid JSON." });
  });

  it("refuses JSON of another kind and a story of a newer version", () => {
    expect(readStory("[1,2]", "list.json")).toMatchObject({ ok: false, message: expect.stringContaining("holds no story object") });
    expect(readStory(JSON.stringify({ ...valid, format: "other" }), "x.json")).toMatchObject({ ok: false, message: expect.stringContaining("not a story file of Council Explorer") });
    expect(readStory(JSON.stringify({ ...valid, version: 7 }), "new.json")).toMatchObject({ ok: false, message: expect.stringContaining("newer version of Council Explorer (story version 7)") });
  });

  it("says which step is wrong", () => {
    const reading = readStory(JSON.stringify({ ...valid, steps: [...valid.steps, { view: "m=1", caption: 42 }] }), "bad.json");
    expect(reading).toMatchObject({ ok: false, message: expect.stringMatching(/^bad\.json is not a valid story at step 2, caption: /) });
  });

  it("refuses a story without steps, an oversized file and an overlong caption", () => {
    expect(readStory(JSON.stringify({ ...valid, steps: [] }), "empty.json")).toMatchObject({ ok: false, message: expect.stringContaining("at least one step") });
    expect(readStory(" ".repeat(300 * 1024), "huge.json")).toMatchObject({ ok: false, message: expect.stringContaining("too large") });
    expect(readStory(JSON.stringify({ ...valid, steps: [{ view: "", caption: "x".repeat(5000) }] }), "long.json").ok).toBe(false);
  });

  it("keeps markup in a caption as text and drops hidden control and direction characters", () => {
    const hostile = { ...valid, title: "A\u202Etxt.exe", steps: [{ view: "m=4739&story=evil&step=3", caption: "<img src=x onerror=alert(1)>\u0007" }] };
    const reading = readStory(JSON.stringify(hostile), "hostile.json");
    expect(reading).toEqual({ ok: true, story: { ...valid, title: "Atxt.exe", steps: [{ view: "m=4739", caption: "<img src=x onerror=alert(1)>" }] } });
  });

  it("ignores a __proto__ key instead of letting it reach an object's prototype", () => {
    const reading = readStory(`{"__proto__":{"polluted":true},${JSON.stringify(valid).slice(1)}`, "proto.json");
    expect(reading.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a view with control characters", () => {
    expect(readStory(JSON.stringify({ ...valid, steps: [{ view: "m=47\u000039", caption: "" }] }), "v.json")).toMatchObject({ ok: false, message: expect.stringContaining("control characters") });
  });
});
