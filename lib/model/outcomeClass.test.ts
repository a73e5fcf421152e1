import { describe, expect, it } from "vitest";
import { outcomeClassOf } from "./outcomeClass";
import type { Outcome } from "./schema";

const meetingWith = (...kinds: Outcome["kind"][]) => ({ outcomes: kinds.map((kind) => ({ kind }) as Outcome) });

describe("outcomeClassOf", () => {
  it("shows what a reader most needs to see: a veto over a resolution over a statement", () => {
    // 4828 (16 September 2003): the draft S/2003/891 vetoed.
    expect(outcomeClassOf(meetingWith("resolution", "vetoed-draft"))).toBe("vetoed-draft");
    expect(outcomeClassOf(meetingWith("presidential-statement", "resolution"))).toBe("resolution");
    expect(outcomeClassOf(meetingWith("other", "communique"))).toBe("communique");
    expect(outcomeClassOf(meetingWith("other", "draft-not-adopted"))).toBe("draft-not-adopted");
  });

  it("is none for a meeting with no outcome, and never depends on the outcomes' order", () => {
    expect(outcomeClassOf(meetingWith())).toBe("none");
    expect(outcomeClassOf(meetingWith("presidential-statement", "vetoed-draft", "resolution"))).toBe(outcomeClassOf(meetingWith("resolution", "presidential-statement", "vetoed-draft")));
  });
});
