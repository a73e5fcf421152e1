import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outcomeClasses } from "./outcomeClass";
import { entityKinds, outcomeKinds, participationRoles } from "./vocabulary";
import { certaintyLabels, entityKindLabels, outcomeClassLabels, outcomeKindLabels, participationRoleLabels } from "./vocabularyLabels";

/** Each value's label in one form, checked to exist and to differ from every other value's. */
function expectDistinctLabels(values: readonly string[], labelOf: (value: string) => string | undefined) {
  const labels = values.map(labelOf);
  expect(labels.every((label) => typeof label === "string" && label.length > 0), `labels: ${labels.join(", ")}`).toBe(true);
  expect(new Set(labels).size).toBe(values.length);
}

describe("vocabulary labels", () => {
  it("name every value of each vocabulary, and no two values alike", () => {
    for (const form of ["one", "many"] as const) expectDistinctLabels(entityKinds, (kind) => entityKindLabels[kind as keyof typeof entityKindLabels]?.[form]);
    for (const form of ["label", "document", "phrase"] as const) expectDistinctLabels(outcomeKinds, (kind) => outcomeKindLabels[kind as keyof typeof outcomeKindLabels]?.[form]);
    expectDistinctLabels(outcomeClasses, (kind) => outcomeClassLabels[kind as keyof typeof outcomeClassLabels]);
    for (const form of ["one", "group"] as const) expectDistinctLabels(participationRoles, (role) => participationRoleLabels[role as keyof typeof participationRoleLabels]?.[form]);
    expectDistinctLabels(["stated", "inferred"], (certainty) => certaintyLabels[certainty as keyof typeof certaintyLabels]?.tag);
  });

  it("names a meeting's glyph class as its outcome kind is named in legends", () => {
    for (const kind of outcomeKinds) expect(outcomeClassLabels[kind]).toBe(outcomeKindLabels[kind].label);
  });

  it("stays out of zod's way: the browser bundle imports it, so it imports types only from the schemas", () => {
    const source = readFileSync(join(import.meta.dirname, "vocabularyLabels.ts"), "utf8");
    const imports = [...source.matchAll(/^import (type )?[^;]*from "([^"]+)";$/gm)];
    expect(imports.length).toBeGreaterThan(0);
    for (const [statement, typeOnly, from] of imports) expect(typeOnly === "type " || !/schema|zod/.test(from!), statement).toBe(true);
  });
});
