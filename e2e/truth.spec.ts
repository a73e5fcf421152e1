import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Entity, Meeting } from "@/lib/model/schema";
import { expect, test } from "./fixtures";

// The data's truth on screen: corrections of source errors, both veto accounts where they
// disagree, a state's vetoes cast (all years), and what the meetings in view decided.
// Expected numbers are counted from data/, never written here.

const dataDir = path.join(import.meta.dirname, "../data/meetings");
const allMeetings: Meeting[] = readdirSync(dataDir).flatMap((file) => JSON.parse(readFileSync(path.join(dataDir, file), "utf8")) as Meeting[]);
const entityNames = new Map((JSON.parse(readFileSync(path.join(dataDir, "../entities.json"), "utf8")) as Entity[]).map((entity) => [entity.id, entity.name]));
const vetoesBy = (entityId: string) => allMeetings.flatMap((meeting) => meeting.outcomes.filter((outcome) => outcome.kind === "vetoed-draft" && outcome.vetoedBy.includes(entityId)));

test.describe("data truth", () => {
  test("a corrected source error is shown with what the source said, the correction and its reference", async ({ explorer, page }) => {
    await page.goto("/?years=all&year=1990&m=2939");
    const corrections = explorer.details.getByRole("region", { name: "Corrections" });
    await expect(corrections).toBeVisible({ timeout: 30_000 });
    await expect(corrections).toContainText("The source gives S/RES/663 (1990); corrected to S/RES/666 (1990).");
    await expect(corrections).toContainText("666 was adopted at the 2939th meeting");
    await expect(explorer.details.getByRole("link", { name: /^S\/RES\/666 \(1990\) \(opens in a new tab\)/ })).toBeVisible();
    await corrections.scrollIntoViewIfNeeded();
    await explorer.screenshot("truth-correction-2939");
  });

  test("a veto the two accounts tell differently shows both", async ({ explorer, page }) => {
    // 26 June 1946, the Spanish question: the year table names the USSR, the veto list France and the USSR.
    await page.goto("/?years=all&year=1946&m=49");
    const accounts = explorer.details.getByRole("note", { name: "Two veto accounts" });
    await expect(accounts).toBeVisible({ timeout: 30_000 });
    await expect(accounts).toContainText("UN meetings table: vetoed by Union of Soviet Socialist Republics");
    await expect(accounts).toContainText("UN veto list: vetoed by France and Union of Soviet Socialist Republics");
    await accounts.scrollIntoViewIfNeeded();
    await explorer.screenshot("truth-veto-accounts-49");
  });

  test("the USSR's record over all years counts its vetoes, and selecting it lights the vetoed drafts", async ({ explorer, page }) => {
    const expected = vetoesBy("state:SUN").length;
    expect(expected).toBeGreaterThan(0);
    // Only vetoes showing, as a reader hunting for them would set it; 1956 in view.
    await page.goto("/?years=all&year=1956&e=state:SUN&outcomes=resolution,presidential-statement,communique,draft-not-adopted,other,none");
    await expect(page.getByRole("heading", { name: "The Security Council, 1946–2022" })).toBeVisible({ timeout: 30_000 });
    await expect(explorer.details.getByRole("heading", { name: "Union of Soviet Socialist Republics" })).toBeVisible();
    const vetoesCast = explorer.details.getByRole("heading", { name: `Vetoes cast (${expected})` });
    await expect(vetoesCast).toBeVisible();
    await expect(explorer.details.getByRole("button", { name: /^S\/3730\/Rev\.1 — 4 November 1956/ })).toBeVisible();
    // Meeting 754 (4 November 1956, Hungary): the USSR vetoed S/3730/Rev.1.
    await expect(explorer.meetingMark(754)).toHaveAttribute("data-highlighted", "true");
    await vetoesCast.scrollIntoViewIfNeeded();
    await explorer.screenshot("truth-ussr-vetoes");
  });

  test("the details of the window summarise its outcomes", async ({ explorer }) => {
    await explorer.open();
    const meetings2003 = allMeetings.filter((meeting) => meeting.date.startsWith("2003-"));
    const outcomes = meetings2003.flatMap((meeting) => meeting.outcomes);
    const count = (kind: string) => outcomes.filter((outcome) => outcome.kind === kind).length;
    // 2003's vetoes were all cast by the United States (SC/7982).
    const vetoer = entityNames.get("state:USA");
    const summary = explorer.details.getByRole("region", { name: "Outcomes in view" });
    await expect(summary).toContainText(
      `${meetings2003.length} meetings in 2003: ${count("vetoed-draft")} vetoes: ${vetoer} ×${count("vetoed-draft")}; ${count("resolution")} resolutions; ${count("presidential-statement")} presidential statements.`,
    );
    // Who sat on the Council in the window, from council-members-1946-2022.json.
    await expect(summary).toContainText("On the Council in 2003: 15 states:");
    await expect(summary.getByRole("list", { name: "Council members in view" }).getByRole("button")).toHaveCount(15);
    await explorer.screenshot("truth-window-summary");
  });
});
