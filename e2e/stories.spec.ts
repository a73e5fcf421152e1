import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { builtInStories } from "@/lib/stories/builtInStories";
import { ExplorerPage, expect, test } from "./fixtures";

// A teacher makes a story of three views, finds it after a reload, exports it; a fresh
// browser imports it and opens its link at step 2. Bad files and links change nothing.

async function newStoryFromView(dialog: Locator, title: string, caption: string) {
  await dialog.getByRole("button", { name: "New story from this view" }).click();
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByLabel("Caption of step 1").fill(caption);
}

async function addViewAsStep(explorer: ExplorerPage, title: string, caption: string) {
  const dialog = await explorer.openStories();
  await dialog.getByRole("button", { name: `Edit “${title}”` }).click();
  await dialog.getByRole("button", { name: "Add the current view as a step" }).click();
  const steps = dialog.getByRole("list", { name: "Steps" }).getByRole("listitem");
  const count = await steps.count();
  await dialog.getByLabel(`Caption of step ${count}`).fill(caption);
  await dialog.getByRole("button", { name: "Close" }).click();
}

async function savedStories(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open("council-explorer-stories");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction("stories").objectStore("stories").getAll();
          all.onsuccess = () => resolve((all.result as { story: { title: string } }[]).map((record) => record.story.title).sort());
        };
      }),
  );
}

test.describe("stories", () => {
  test("a story of three views: made, found after reload, exported, imported elsewhere, opened by link at step 2", async ({ explorer, page, browser }) => {
    await explorer.open();
    await explorer.meetingMark(4739).click();
    await explorer.bothViewsShow("4739|");
    let dialog = await explorer.openStories();
    await newStoryFromView(dialog, "Our lesson on 2003", "The regional organizations came on 11 April.");
    await dialog.getByRole("button", { name: "Close" }).click();

    await explorer.meetingMark(4694).click();
    await explorer.bothViewsShow("4694|");
    await addViewAsStep(explorer, "Our lesson on 2003", "The Kimberley Process resolution.");

    await explorer.searchAndChoose("African Union", /^African Union/);
    await explorer.bothViewsShow("|org:AU");
    await addViewAsStep(explorer, "Our lesson on 2003", "Where the African Union took part.");

    // Reorder, delete and preview in the editor.
    dialog = await explorer.openStories();
    await dialog.getByRole("button", { name: "Edit “Our lesson on 2003”" }).click();
    await dialog.getByRole("button", { name: "Move step 3 up" }).click();
    await expect(dialog.getByLabel("Caption of step 2")).toHaveValue("Where the African Union took part.");
    await dialog.getByRole("button", { name: "Move step 2 down" }).click();
    await expect(dialog.getByLabel("Caption of step 2")).toHaveValue("The Kimberley Process resolution.");
    await dialog.getByRole("button", { name: "Add the current view as a step" }).click();
    await dialog.getByRole("button", { name: "Delete step 4" }).click();
    await expect(dialog.getByRole("list", { name: "Steps" }).getByRole("listitem")).toHaveCount(3);
    await dialog.getByRole("button", { name: "Preview step 2" }).click();
    await expect(explorer.storyBar).toContainText("Step 2 of 3");
    await expect(explorer.storyBar).toContainText("The Kimberley Process resolution.");
    await explorer.bothViewsShow("4694|");
    await explorer.storyBar.getByRole("button", { name: "Next step" }).click();
    await explorer.bothViewsShow("|org:AU");
    await explorer.storyBar.getByRole("button", { name: "Close story" }).click();
    await expect(explorer.storyBar).toBeHidden();

    // After a reload the story is still there, with its three steps.
    await page.reload();
    dialog = await explorer.openStories();
    const mine = dialog.getByRole("list", { name: "My stories" }).getByRole("listitem", { name: "Our lesson on 2003" });
    await expect(mine).toContainText("3 steps");

    // Export it as a file.
    const downloading = page.waitForEvent("download");
    await mine.getByRole("button", { name: "Export “Our lesson on 2003” as a file" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("our-lesson-on-2003.story.json");
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, "utf8"));
    expect(exported).toMatchObject({ format: "council-explorer-story", version: 1, title: "Our lesson on 2003" });
    expect(exported.steps.map((step: { view: string }) => step.view)).toEqual(["m=4739", "m=4694", "e=org:AU"]);

    // A fresh browser (no saved stories) imports it and opens its link at step 2.
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const other = new ExplorerPage(await fresh.newPage());
    await other.page.emulateMedia({ reducedMotion: "reduce" });
    await other.open();
    const otherDialog = await other.openStories();
    await expect(otherDialog.getByText("No story saved in this browser yet.")).toBeVisible();
    await otherDialog.getByLabel("Import a story file…").setInputFiles(file);
    await expect(otherDialog.getByRole("status")).toContainText("Imported “Our lesson on 2003”");
    const imported = otherDialog.getByRole("list", { name: "My stories" }).getByRole("listitem", { name: "Our lesson on 2003" });
    await imported.getByRole("button", { name: "Copy link to “Our lesson on 2003”" }).click();
    const link = await imported.getByRole("textbox", { name: "Link to “Our lesson on 2003”" }).inputValue();
    expect(link).toMatch(/\?story=s1\.[A-Za-z0-9_-]+$/);

    const student = new ExplorerPage(await fresh.newPage());
    await student.page.emulateMedia({ reducedMotion: "reduce" });
    await student.page.goto(`${link}&step=2`);
    await expect(student.storyBar).toContainText("Step 2 of 3");
    await expect(student.storyBar).toContainText("The Kimberley Process resolution.");
    await student.bothViewsShow("4694|");
    await expect(student.meetingMark(4694)).toHaveAttribute("aria-pressed", "true");
    await student.storyBar.getByRole("button", { name: "Previous step" }).click();
    await student.bothViewsShow("4739|");
    await fresh.close();
  });

  test("a broken, hostile or oversized story file is refused with a message and saved stories stay as they were", async ({ explorer, page }) => {
    await explorer.open();
    let dialog = await explorer.openStories();
    await newStoryFromView(dialog, "Kept safe", "Nothing selected.");
    await expect.poll(() => savedStories(page)).toEqual(["Kept safe"]);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(dialog.getByRole("list", { name: "My stories" }).getByRole("listitem")).toHaveCount(1);

    const input = dialog.getByLabel("Import a story file…");
    await input.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format": "council-explorer-story", "version": 1, "steps": [') });
    await expect(dialog.getByRole("alert")).toHaveText("broken.json is not a story file: it is not valid JSON. Nothing was imported; your saved stories are unchanged.");
    await input.setInputFiles({ name: "wrong.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "council-explorer-story", version: 1, id: "x", title: "T", author: "", steps: [{ view: "m=4739", caption: 7 }] })) });
    await expect(dialog.getByRole("alert")).toContainText("wrong.json is not a valid story at step 1, caption");
    await input.setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(300 * 1024, " ") });
    await expect(dialog.getByRole("alert")).toContainText("huge.json is too large for a story");
    await expect.poll(() => savedStories(page)).toEqual(["Kept safe"]);

    // Markup in a caption is text: imported, and shown as the characters it is.
    const hostile = { format: "council-explorer-story", version: 1, id: "hostile", title: "<b>Bold</b> title", author: "", steps: [{ view: "m=4739", caption: '<img src=x onerror="document.title=1">Look' }] };
    await input.setInputFiles({ name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(hostile)) });
    await expect(dialog.getByRole("status")).toContainText("Imported “<b>Bold</b> title”");
    await dialog.getByRole("button", { name: "Start “<b>Bold</b> title”" }).click();
    await expect(explorer.storyBar).toContainText('<img src=x onerror="document.title=1">Look');
    await expect(explorer.storyBar.locator("img, b")).toHaveCount(0);
    expect(await page.title()).not.toBe("1");
    await expect.poll(() => savedStories(page)).toEqual(["<b>Bold</b> title", "Kept safe"]);

    dialog = await explorer.openStories();
    await expect(dialog.getByRole("list", { name: "My stories" }).getByRole("listitem")).toHaveCount(2);
  });

  test("a link to any built-in step opens on the step's time window, whole", async ({ browser }) => {
    // A dozen cold first visits in one test: 33 s alone here, past the minute beside another worker.
    test.slow();
    // The story bar opens as the step's view arrives; its resize used to stop the timeline's
    // move to the window halfway (9 April – 13 April came up as, say, 10 February – 21 June).
    const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / (24 * 60 * 60 * 1000);
    for (const story of builtInStories) {
      for (const [index, step] of story.steps.entries()) {
        const params = new URLSearchParams(step.view);
        const [from, to] = [params.get("from"), params.get("to")];
        if (!from || !to) continue;
        // A first visit each time, as a student opening the teacher's link: no cache, no service worker.
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const explorer = new ExplorerPage(await context.newPage());
        await explorer.page.goto(`/?story=${story.id}&step=${index + 1}`);
        await explorer.timelineSettled();
        // The window with two days' room on either side, as a link's window opens (kept inside the year).
        await expect
          .poll(
            async () => {
              const { start, end } = await explorer.visibleRange();
              return start <= from && end >= to && dayOf(end) - dayOf(start) <= dayOf(to) - dayOf(from) + 4;
            },
            { message: `${story.id}, step ${index + 1}: ${from} – ${to} in view, with at most two days' room either side` },
          )
          .toBe(true);
        await context.close();
      }
    }
  });

  test("a step whose graph frame leaves part of its selection out names what is out, and one click shows it all", async ({ explorer, page }) => {
    // Step 3 of the 4739 story frames the cluster round the EU; Bulgaria, a Council member, lies apart.
    await explorer.open("story=regional-organizations-4739&step=3");
    await expect(explorer.graph).toHaveAttribute("data-settled", "true");
    const show = explorer.graph.getByRole("button", { name: "Show the whole selection" });
    const notice = explorer.graph.locator("p").filter({ has: page.getByRole("button", { name: "Show the whole selection" }) });
    await expect(notice).toHaveText("Out of view: Bulgaria. Show the whole selection");
    await expect(explorer.graph.locator("[data-view-frame]")).toHaveAttribute("data-view-frame", /^295(\.\d+)?,-100(\.\d+)?,185/);
    await show.focus();
    await page.keyboard.press("Enter");
    await expect(notice).toBeHidden();
    // The view follows the selection again: the link no longer holds a frame, and the step is still the step.
    await expect(page).not.toHaveURL(/gv=/);
    await expect(explorer.storyBar).toContainText("Step 3 of 4");
    await expect(explorer.graph.locator("[data-view-frame]")).toHaveAttribute("data-view-frame", "");

    // Zooming in far enough to leave states out says so again, with the count past three names.
    for (let i = 0; i < 4; i++) await explorer.graph.getByRole("button", { name: "Zoom in graph" }).click();
    await expect(notice).toHaveText(/^Out of view: \S.* and \d+ more selected\. Show the whole selection$/);
    // A page without a selection has nothing to say.
    await explorer.open();
    await expect(explorer.graph).toHaveAttribute("data-settled", "true");
    await expect(show).toHaveCount(0);
  });

  test("story links: an unknown id in a step is named and the step opens; damaged or unknown stories are refused", async ({ explorer, page }) => {
    const story = { format: "council-explorer-story", version: 1, id: "linked", title: "Linked", author: "", steps: [{ view: "m=4739,99999&e=org:NOPE", caption: "First" }, { view: "m=4694", caption: "Second" }] };
    const ref = `s1.${Buffer.from(JSON.stringify(story)).toString("base64url")}`;
    await page.goto(`/?story=${ref}`);
    await expect(explorer.storyBar).toContainText("Step 1 of 2");
    const notice = page.getByRole("status").filter({ hasText: "names something not in the data" });
    await expect(notice).toContainText("Step 1 of “Linked” names something not in the data; the step opens without it.");
    await expect(notice).toContainText("1 unknown meeting id ignored (m): 99999. 1 unknown entity id ignored (e): org:NOPE.");
    await explorer.bothViewsShow("4739|");

    await explorer.open("story=no-such-story&step=2&m=4694");
    await expect(page.getByRole("status").filter({ hasText: "does not have" })).toContainText('"no-such-story"');
    await expect(explorer.storyBar).toBeHidden();
    await explorer.bothViewsShow("4694|");

    await explorer.open("story=s1.AAAA");
    await expect(page.getByRole("status").filter({ hasText: "The story in this link is not a story file" })).toBeVisible();
    await explorer.open("story=s1.-");
    await expect(page.getByRole("status").filter({ hasText: "damaged" })).toBeVisible();
    await explorer.open(`story=${encodeURIComponent("<script>")}`);
    await expect(page.getByRole("status").filter({ hasText: "ignored" })).toContainText('1 story name ignored (story): <script>');
  });

  test("a link to a step past the story's last opens at the last step and says so; one with a step the story has says nothing", async ({ explorer, page }) => {
    await explorer.open("story=kimberley-2003&step=9");
    await expect(explorer.storyBar).toContainText("Step 3 of 3");
    await expect(page).toHaveURL(/story=kimberley-2003&step=3(&|$)/);
    const notice = page.getByRole("status").filter({ hasText: "This link asks for step" });
    await expect(notice).toHaveText(/^This link asks for step 9 of “The Kimberley Process resolution, 28 January 2003”, which has 3 steps: it opens at the last\./);
    // Like every link's notice it stays until dismissed, however the reader moves on.
    await explorer.storyBar.getByRole("button", { name: "Previous step" }).click();
    await expect(explorer.storyBar).toContainText("Step 2 of 3");
    await expect(notice).toBeVisible();

    await explorer.open("story=kimberley-2003&step=3");
    await expect(explorer.storyBar).toContainText("Step 3 of 3");
    await expect(notice).toHaveCount(0);
  });
});
