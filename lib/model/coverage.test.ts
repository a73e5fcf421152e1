import { describe, expect, it } from "vitest";
import { coverageOf, coverageSentence, meetingsWithKnownParticipants } from "./coverage";
import type { Participation } from "./schema";

const edge = (meetingId: string, source: Participation["evidence"]["source"], certainty: Participation["certainty"] = "stated"): Participation => ({
  id: `${meetingId}|${source}|${certainty}`,
  meetingId,
  entityId: "state:FRA",
  role: "president",
  certainty,
  evidence: { source },
});

describe("meeting coverage", () => {
  it("counts a meeting as known only when a Repertoire item or an import states its participants", () => {
    const known = meetingsWithKnownParticipants([edge("4694", "repertoire"), edge("4700", "inferred", "inferred"), edge("4701", "un-meetings-table"), edge("4761", "imported"), edge("4761", "repertoire")]);
    expect([...known]).toEqual([
      ["4694", ["repertoire"]],
      ["4761", ["imported", "repertoire"]],
    ]);
    expect(coverageOf([{ id: "4694" }, { id: "4700" }, { id: "4701" }, { id: "4761" }], known)).toEqual({ known: 2, total: 4 });
  });

  it("says it in a sentence", () => {
    expect(coverageSentence({ known: 2, total: 223 })).toBe("participants known for 2 of 223 meetings");
    expect(coverageSentence({ known: 0, total: 1 })).toBe("participants known for 0 of 1 meeting");
  });
});
