import { embeddedStoryRef, storySearch } from "@/lib/stories/storyLink";
import { storyFormat, storyVersion, type Story } from "@/lib/stories/storySchema";
import { expect, test } from "./fixtures";

// The graph's view travels in the link (gv=x,y,span: its centre and span in layout units),
// so a teacher's framing reaches a student's screen of another size, and a story step keeps it.

const frameOf = (url: string) => new URL(url).searchParams.get("gv");

test.describe("the graph's view in the link", () => {
  test("zooming puts the view in the link, the link shows it in a window of another size, and Fit takes it out", async ({ explorer, page, browser }) => {
    await explorer.open();
    await expect(explorer.graph).toHaveAttribute("data-settled", "true");
    expect(frameOf(page.url())).toBeNull();
    // One step: two clicks further apart than the 400 ms a view takes to be said (a busy
    // machine) put two frames in the link one after the other, and the first was read.
    await page.getByRole("button", { name: "Zoom in graph" }).click();
    await expect.poll(() => frameOf(page.url())).toMatch(/^-?[\d.]+,-?[\d.]+,[\d.]+$/);
    const frame = frameOf(page.url())!;
    await expect(explorer.graph.locator("[data-view-frame]")).toHaveAttribute("data-view-frame", frame);

    // The list view and back: the graph comes back where the user left it.
    await page.getByText("Filters").click();
    await page.getByRole("radio", { name: "List of meetings" }).check();
    await page.getByRole("radio", { name: "Graph" }).check();
    await page.keyboard.press("Escape");
    await expect(explorer.graph.locator("[data-view-frame]")).toHaveAttribute("data-view-frame", frame);
    expect(frameOf(page.url())).toBe(frame);

    const other = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await other.goto(`/?gv=${frame}`);
    const wrapper = other.getByRole("group", { name: "Participation graph" }).locator("[data-view-frame]");
    // Measured from the canvas's transform in the bigger window: the same centre and span.
    await expect(wrapper).toHaveAttribute("data-view-frame", frame);
    await expect(other).toHaveURL(new RegExp(`gv=${frame.replace(/\./g, "\\.")}`));
    await other.close();

    await page.getByRole("button", { name: "Fit graph to view" }).click();
    await expect.poll(() => frameOf(page.url())).toBeNull();
  });

  test("a link's view wins over the selection's own framing, and a view it cannot use is named", async ({ explorer, page }) => {
    await explorer.open("m=4739&gv=0,0,2000");
    await expect(explorer.meetingMark(4739)).toHaveAttribute("aria-pressed", "true");
    await expect(explorer.graph).toHaveAttribute("data-settled", "true");
    await expect(explorer.graph.locator("[data-view-frame]")).toHaveAttribute("data-view-frame", "0,0,2000");
    await page.waitForTimeout(600);
    expect(frameOf(page.url())).toBe("0,0,2000");

    await explorer.open("gv=0,0,0");
    await expect(explorer.linkNotice).toContainText("1 graph view ignored (gv): 0,0,0");
    expect(frameOf(page.url())).toBeNull();
  });

  test("a story step keeps the view it was made with, and the next step without one lets the graph frame itself", async ({ explorer, page }) => {
    const story: Story = {
      format: storyFormat,
      version: storyVersion,
      id: "framed",
      title: "Framed",
      author: "",
      steps: [
        { view: "m=4739&gv=0,0,2000", caption: "Step one, framed by hand." },
        { view: "m=4739", caption: "Step two, framed by the selection." },
      ],
    };
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`/?${storySearch(embeddedStoryRef(story), 0)}`);
    await expect(explorer.storyBar).toContainText("Step 1 of 2");
    const wrapper = explorer.graph.locator("[data-view-frame]");
    await expect(wrapper).toHaveAttribute("data-view-frame", "0,0,2000");
    await explorer.storyBar.getByRole("button", { name: "Next step" }).click();
    await expect(explorer.storyBar).toContainText("Step 2 of 2");
    // Released, the view goes to the selection: the graph says no frame of the user's.
    await expect(wrapper).toHaveAttribute("data-view-frame", "");
    await expect.poll(() => frameOf(page.url())).toBeNull();
    await explorer.storyBar.getByRole("button", { name: "Previous step" }).click();
    await expect(wrapper).toHaveAttribute("data-view-frame", "0,0,2000");
  });
});
