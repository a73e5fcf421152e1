import { describe, expect, it } from "vitest";
import { participationRoles } from "@/lib/model/vocabulary";
import { csvColumns, csvRequiredColumns } from "@/lib/sources/meetingsCsv";
import { csvColumnGuide } from "./csvColumnGuide";

describe("the import panel's guide to the CSV columns", () => {
  it("explains every column the parser reads, in the parser's order, and no other", () => {
    expect(csvColumnGuide.map((help) => help.column)).toEqual([...csvColumns]);
  });

  it("marks as required the columns the parser refuses a file without", () => {
    expect(csvColumnGuide.filter((help) => help.required === "yes").map((help) => help.column)).toEqual([...csvRequiredColumns]);
  });

  it("names every role a row may state, and not the subject role the app infers", () => {
    const roleHelp = csvColumnGuide.find((help) => help.column === "role")!.what;
    const named = roleHelp.replace(/^one of /, "").split(", ");
    expect(named).toEqual(participationRoles.filter((role) => role !== "subject"));
    expect(named).toContain("raised-by");
  });
});
