import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { encryptedPdf, printTextToPdf } from "../scripts/pdf/printTextToPdf";
import { coverageNote, expect, ImportPanel, test } from "./fixtures";

// Issue 10's done-when list in Debian Chromium: Repertoire items the app has never seen,
// as text and as PDF (printed here by Chromium), a table of another year and a CSV; all
// three back after a reload; removing one takes exactly its records; every bad input
// says so and changes nothing; the page answers clicks during a 10 MB import; links
// that depend on an import say so where it is missing.

const fixtures = path.resolve(import.meta.dirname, "../lib/sources/fixtures");
const repertoire = (name: string) => readFileSync(path.join(fixtures, "repertoire", name), "utf8");
const scratch = mkdtempSync(path.join(tmpdir(), "import-e2e-"));
const csv = [
  "meeting,date,topic,outcome,participant,role,on_behalf_of,capacity,note",
  "4803,2003-08-01,Liberia,S/RES/1497 (2003),France,abstained,,,",
  "4803,2003-08-01,Liberia,S/RES/1497 (2003),Germany,abstained,,,",
  "4803,2003-08-01,Liberia,S/RES/1497 (2003),Mexico,abstained,,,",
].join("\n");

test.describe("importing records in the browser", () => {
  test.slow();

  test("a Repertoire item as text: its meetings marked, its participants in the graph, with imported evidence", async ({ explorer, page }) => {
    const panel = new ImportPanel(page);
    await explorer.open();
    await expect(coverageNote(page)).toContainText("Participants known for 2 of 223 meetings");
    await expect(explorer.meetingMark(4761)).not.toHaveAccessibleName(/participants known/);

    await panel.open();
    await panel.choose(path.join(fixtures, "repertoire/iraq-kuwait.txt"));
    await expect(panel.dialog.getByText("4 meetings of 2003 (0 new, 4 already loaded)")).toBeVisible();
    await expect(panel.dialog.getByText(/Sponsors of the draft 3/)).toBeVisible();
    await expect(panel.dialog.getByText("1 of them already stated by the loaded data: added as further sources of those links, not as new ones")).toBeVisible();
    await expect(panel.dialog.getByText("No conflicts with what is loaded.")).toBeVisible();
    await explorer.screenshot("import-preview");
    await panel.mergeButton.click();
    await panel.close();

    await expect(coverageNote(page)).toContainText("Participants known for 6 of 223 meetings");
    await expect(explorer.meetingMark(4761)).toHaveAccessibleName(/participants known$/);
    await explorer.timelineSettled();
    await explorer.meetingMark(4761).click();
    await expect(explorer.meetingMark(4761)).toHaveAttribute("aria-pressed", "true");
    for (const name of ["Spain", "Pakistan", "Syrian Arab Republic"]) await expect(explorer.graphNode(name), name).toHaveAttribute("data-highlighted", "true");
    await expect(explorer.details.getByText("Sponsors of the draft")).toBeVisible();
    await expect(explorer.details.getByText(/imported: iraq-kuwait\.txt, \d+ \w+ \d{4}, Repertoire item 23/).first()).toBeVisible();
    await explorer.screenshot("import-merged-4761");
  });

  test("an item of 1992 saying all members spoke: that year's fifteen in the details and the graph, Cape Verde among them", async ({ explorer, page }) => {
    const panel = new ImportPanel(page);
    await explorer.open();
    await panel.open();
    await panel.choose(path.join(fixtures, "repertoire/summit-1992.txt"));
    await expect(panel.dialog.getByText("1 meeting of 1992 (1 new, 0 already loaded)")).toBeVisible();
    await expect(panel.dialog.getByText("1992 is outside the years loaded: after merging, find the meeting by search, or zoom the timeline out")).toBeVisible();
    await panel.mergeButton.click();
    await panel.close();
    await explorer.searchAndChoose("3046", /Meeting 3046/);
    await expect(explorer.details.getByRole("heading", { name: "Council members (15)" })).toBeVisible();
    await expect(explorer.details.getByRole("link", { name: "S/23500 (opens in a new tab)" })).toBeVisible();
    // Cape Verde sat in 1992 and 1993, not in 2003: only the import's expansion puts it here.
    await expect(explorer.graphNode("Cape Verde")).toHaveAttribute("data-highlighted", "true");
    await expect(explorer.details.getByText(/imported: summit-1992\.txt/).first()).toBeVisible();
    await explorer.screenshot("import-1992-summit");
  });

  test("a Repertoire item as PDF, printed by Chromium, with page and line in its evidence", async ({ explorer, page, browser }) => {
    const pdf = path.join(scratch, "tribunals.pdf");
    writeFileSync(pdf, await printTextToPdf(repertoire("tribunals.txt"), {}, browser));
    const panel = new ImportPanel(page);
    await explorer.open();
    await panel.open();
    await panel.choose(pdf);
    await expect(panel.dialog.getByText("Found in “tribunals.pdf” (Repertoire item (PDF))")).toBeVisible();
    await panel.mergeButton.click();
    await panel.close();
    // The timeline redraws with the merged data; click once its buttons sit over the new marks.
    await expect(explorer.meetingMark(4849)).toHaveAccessibleName(/participants known$/);
    await explorer.timelineSettled();
    await explorer.meetingMark(4849).click();
    await expect(explorer.meetingMark(4849)).toHaveAttribute("aria-pressed", "true");
    await expect(explorer.graphNode("Erik Møse")).toHaveAttribute("data-highlighted", "true");
    await expect(explorer.details.getByText(/imported: tribunals\.pdf, .*page 1, line \d+/).first()).toBeVisible();
  });

  test("the panel explains a CSV's columns, and a CSV written from that explanation imports", async ({ explorer, page }) => {
    const panel = new ImportPanel(page);
    await explorer.open();
    await panel.open();
    const guide = panel.dialog.getByRole("table");
    await expect(guide).toBeHidden();
    await panel.dialog.getByText("Columns of a CSV").click();
    await expect(guide).toBeVisible();
    await expect(guide.getByRole("row", { name: /^meeting yes/ })).toBeVisible();
    await expect(guide.getByRole("row", { name: /^role with participant/ })).toContainText("raised-by");
    // The header is the guide's own column names, in reverse order (any order is allowed).
    const columns = (await guide.locator("tbody th").allTextContents()).reverse();
    const row = (values: Record<string, string>) => columns.map((column) => values[column] ?? "").join(",");
    const abstained = (participant: string) => row({ meeting: "4803", date: "2003-08-01", topic: "Liberia", outcome: "S/RES/1497 (2003)", participant, role: "abstained" });
    const file = path.join(scratch, "from-the-guide.csv");
    writeFileSync(file, [columns.join(","), abstained("France"), abstained("Germany"), abstained("Mexico")].join("\n"));
    await panel.importFile(file);
    await panel.close();
    await explorer.searchAndChoose("4803", /Meeting 4803/);
    await expect(explorer.details.getByRole("heading", { name: "Abstained (3)" })).toBeVisible();
    await expect(explorer.details.getByText(/imported: from-the-guide\.csv/).first()).toBeVisible();
  });

  test("a table of another year and a CSV persist across a reload; removing one takes exactly its records", async ({ explorer, page }) => {
    const panel = new ImportPanel(page);
    const csvFile = path.join(scratch, "liberia-votes.csv");
    writeFileSync(csvFile, csv);
    await explorer.open();
    await panel.open();
    await panel.importFile(path.join(fixtures, "repertoire/middle-east-vetoes.txt"));
    await panel.importFile({ name: "scact1948_table_en.html", mimeType: "text/html", buffer: readFileSync(path.join(fixtures, "meetings-early.html")) });
    await panel.close();
    // Reloaded, the page is under the offline service worker; an import must still start its worker.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect(explorer.timeline).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await panel.open();
    await expect(panel.imports).toHaveCount(2);
    await panel.importFile(csvFile);
    await expect(panel.imports).toHaveCount(3);
    await panel.close();

    await page.reload();
    await expect(explorer.timeline).toBeVisible();
    await panel.open();
    await expect(panel.imports).toHaveCount(3);
    await expect(panel.imports.filter({ hasText: "liberia-votes.csv" })).toContainText("CSV of meetings and participations");
    await panel.close();
    await explorer.searchAndChoose("Trieste", /Meeting 399/);
    await expect(explorer.details.getByText(/imported: scact1948_table_en\.html/).first()).toBeVisible();
    await explorer.searchAndChoose("4803", /Meeting 4803/);
    await expect(explorer.details.getByRole("heading", { name: "Abstained (3)" })).toBeVisible();
    await expect(explorer.details.getByText(/imported: liberia-votes\.csv/).first()).toBeVisible();
    const withAll = await coverageNote(page).textContent();

    await panel.open();
    await panel.dialog.getByRole("button", { name: "Remove liberia-votes.csv" }).click();
    await expect(panel.imports).toHaveCount(2);
    await panel.close();
    // Its records are gone, and nothing else: the selection let go of nothing it did not hold.
    await expect(explorer.details.getByRole("heading", { name: "Meeting 4803" })).toBeVisible();
    await expect(explorer.details.getByText(/imported: liberia-votes\.csv/)).toHaveCount(0);
    await expect(explorer.details.getByText("The sources loaded do not list who took part in this meeting", { exact: false })).toBeVisible();
    await expect(coverageNote(page)).not.toHaveText(withAll ?? "");
    await explorer.searchAndChoose("Trieste", /Meeting 399/);
    await expect(explorer.details.getByRole("heading", { name: "Meeting 399" })).toBeVisible();
    await explorer.searchAndChoose("4828", /Meeting 4828/);
    await expect(explorer.details.getByText(/imported: middle-east-vetoes\.txt/).first()).toBeVisible();
    // The UN table and the imported item both state the United States' veto: one veto, both sources named.
    const vetoed = explorer.details.getByRole("heading", { name: /^Vetoed/ });
    await expect(vetoed).toHaveText(/\(1\)$/);
    await expect(explorer.details.getByText(/^also stated: imported: middle-east-vetoes\.txt, .*Repertoire item 38, line \d+$/)).toBeVisible();
    await vetoed.scrollIntoViewIfNeeded();
    await explorer.screenshot("import-4828-one-veto-two-sources");

    // Hidden is not removed: hiding the table takes its meetings away until shown again.
    await panel.open();
    await panel.dialog.getByRole("button", { name: "Hide scact1948_table_en.html" }).click();
    await panel.close();
    await explorer.search.fill("Trieste");
    await expect(page.getByRole("listbox", { name: "Search results" }).getByRole("option", { name: /Meeting 399/ })).toHaveCount(0);
  });

  test("a table of another year leaves the 2003 view on 2003, its meetings a search or a zoom away", async ({ explorer, page }) => {
    const panel = new ImportPanel(page);
    await explorer.open();
    const opening = await explorer.visibleRange();
    await panel.open();
    await panel.choose({ name: "scact1948_table_en.html", mimeType: "text/html", buffer: readFileSync(path.join(fixtures, "meetings-early.html")) });
    await expect(panel.dialog.getByText("6 meetings of 1948 (6 new, 0 already loaded)")).toBeVisible();
    await expect(panel.dialog.getByText("1948 is outside the years loaded: after merging, find these meetings by search, or zoom the timeline out")).toBeVisible();
    await panel.mergeButton.click();
    await panel.close();
    await expect(coverageNote(page)).toContainText("of 229 meetings");
    // 2003 keeps the width of the timeline: no sliver at the right of 1948–2003.
    await explorer.timelineSettled();
    expect(await explorer.visibleRange()).toEqual(opening);
    await expect(explorer.meetingMark(4739)).toBeVisible();

    await explorer.searchAndChoose("Trieste", /Meeting 399/);
    await expect.poll(async () => (await explorer.visibleRange()).start.slice(0, 4)).toBe("1948");
    await expect(explorer.meetingMark(399)).toHaveAttribute("aria-pressed", "true");

    await explorer.timeline.focus();
    await page.keyboard.press("0");
    await expect.poll(() => explorer.visibleRange()).toEqual(opening);
    for (let step = 0; step < 12; step++) await page.keyboard.press("-");
    await expect.poll(async () => (await explorer.visibleRange()).start.slice(0, 4)).toBe("1948");
  });

  test("every bad input gets a message naming it and leaves the data as it was", async ({ explorer, page, browser }) => {
    const panel = new ImportPanel(page);
    await explorer.open();
    const initial = (await coverageNote(page).textContent()) ?? "";
    await panel.open();
    await panel.importFile(path.join(fixtures, "repertoire/iraq-kuwait.txt"));
    // The title's note follows the merge a moment after the panel says "Merged" (a busy machine):
    // what the bad inputs below must leave alone is the merged state.
    await expect(coverageNote(page)).not.toHaveText(initial);
    const before = await coverageNote(page).textContent();
    const imagePdf = await printTextToPdf("", { imageOnly: true }, browser);
    const truncated = readFileSync(path.join(fixtures, "meetings-modern.html"), "utf8");
    const cases: Array<[Parameters<ImportPanel["choose"]>[0], RegExp]> = [
      [{ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) }, /"empty\.txt" is empty/],
      [{ name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]) }, /"photo\.txt" is binary/],
      [{ name: "locked.pdf", mimeType: "application/pdf", buffer: Buffer.from(encryptedPdf()) }, /"locked\.pdf": the PDF is protected by a password/],
      [{ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from(imagePdf) }, /"scan\.pdf": the PDF's 1 page holds no text/],
      [{ name: "data.json", mimeType: "application/json", buffer: Buffer.from('{"meetings": [4761]}') }, /"data\.json" holds no Repertoire item/],
    ];
    for (const [file, message] of cases) {
      await panel.choose(file);
      await expect(panel.alert).toContainText(message);
      await expect(panel.alert).toContainText("Nothing was changed.");
    }
    await panel.dropGenerated("huge.txt", { size: 50 * 1024 * 1024 });
    await expect(panel.alert).toContainText('"huge.txt" is 50 MB, over the 20 MB limit for one import');
    await expect(panel.dialog.getByText("Up to 20 MB per file")).toBeVisible();

    // A table cut short: what it holds is previewed, with the problem and its line.
    await panel.choose({ name: "scact2003_table_en.html", mimeType: "text/html", buffer: Buffer.from(truncated.slice(0, Math.floor(truncated.length * 0.6))) });
    await expect(panel.dialog.getByText(/problems? \(left out, not guessed\)/)).toBeVisible();
    await expect(panel.dialog.getByText(/^line \d+$/).first()).toBeVisible();
    await panel.dialog.getByRole("button", { name: "Discard" }).click();

    // Markup in imported text stays text: shown, never run.
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const hostile = '23. <img src=x onerror="alert(1)"> Iraq\n\nDeliberations of 22 May 2003 (4762nd meeting)\n\nAt its 4762nd meeting, on 22 May 2003, statements were made by the representatives of <script>alert(2)</script> and Kuwait. <b>Bold</b> claims the parser cannot read.\n';
    await panel.dialog.getByLabel("Or paste text").fill(hostile);
    await panel.dialog.getByRole("button", { name: "Read pasted text" }).click();
    await expect(panel.dialog.getByText(/<b>Bold<\/b>/).first()).toBeVisible();
    await panel.dialog.getByRole("button", { name: "Discard" }).click();
    expect(dialogs).toBe(0);
    expect(await page.locator("dialog b, dialog img, dialog script").count()).toBe(0);

    await expect(panel.imports).toHaveCount(1);
    await panel.close();
    await expect(coverageNote(page)).toHaveText(before ?? "");
    await expect(explorer.meetingMark(4761)).toHaveAccessibleName(/participants known$/);
  });

  test("the page keeps answering clicks during a 10 MB import, and Cancel stops it", async ({ explorer, page }) => {
    const panel = new ImportPanel(page);
    await explorer.open();
    const before = await coverageNote(page).textContent();
    await panel.open();
    await panel.dropGenerated("ten-megabytes.txt", { size: 10 * 1024 * 1024, text: `${repertoire("iraq-kuwait.txt")}\n\n` });
    const progress = panel.dialog.getByRole("progressbar", { name: "Import progress" });
    await expect(progress).toBeVisible();
    // The import reads on in its worker while the user goes back to the explorer.
    await panel.close();
    await explorer.meetingMark(4739).click();
    await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "true");
    await explorer.searchAndChoose("African Union", /^African Union/);
    await expect(explorer.details.getByRole("heading", { name: "African Union" })).toBeVisible();
    await panel.open();
    await expect(progress).toBeVisible();
    await panel.dialog.getByRole("button", { name: "Cancel import" }).click();
    await expect(panel.alert).toContainText('The import of "ten-megabytes.txt" was cancelled. Nothing was changed.');
    await panel.close();
    await expect(coverageNote(page)).toHaveText(before ?? "");
  });

  test("a link that names an imported record tells a browser without the import why it is missing", async ({ explorer, page, browser }) => {
    const panel = new ImportPanel(page);
    await explorer.open();
    await panel.open();
    await panel.importFile({ name: "scact1948_table_en.html", mimeType: "text/html", buffer: readFileSync(path.join(fixtures, "meetings-early.html")) });
    await panel.close();
    await explorer.searchAndChoose("Trieste", /Meeting 399/);
    await expect(page).toHaveURL(/imp=imp-[\w-]+:scact1948_table_en\.html/);
    const link = page.url();

    const elsewhere = await browser.newContext();
    const other = await elsewhere.newPage();
    await other.goto(link);
    await expect(other.getByRole("status").filter({ hasText: "Part of this link was not used" })).toContainText(
      "1 import missing in this browser ignored (imp): scact1948_table_en.html (import the file to see what the link shows).",
    );
    await elsewhere.close();

    // Where the import is kept, the same link opens on the imported meeting.
    await page.goto(link);
    await expect(explorer.details.getByRole("heading", { name: "Meeting 399" })).toBeVisible();
    await expect(page.getByText("Part of this link was not used")).toHaveCount(0);
  });
});
