import { test as base, expect, type Locator, type Page } from "@playwright/test";

/** The explorer page as tests see it: by role and accessible name first. */
export class ExplorerPage {
  constructor(readonly page: Page) {}

  async open(query = ""): Promise<void> {
    await this.page.goto(`/${query ? `?${query}` : ""}`);
    await expect(this.timeline).toBeVisible();
    await this.timelineSettled();
    await expect(this.meetingMarks.first()).toBeVisible();
  }

  /** The timeline's buttons sit over the marks it drew (README: the page contract). */
  async timelineSettled(): Promise<void> {
    await expect(this.timeline).toHaveAttribute("data-settled", "true");
  }

  /** The timeline's root; its state attributes (data-visible-start, …) are part of the page's contract (README). */
  get timeline(): Locator {
    return this.page.getByRole("region", { name: "Timeline of Security Council meetings" });
  }

  /** One button per meeting in view, named "Meeting 4739, 11 April 2003, <topic>". */
  get meetingMarks(): Locator {
    return this.timeline.getByRole("button", { name: /^Meeting \d+/ });
  }

  meetingMark(number: number | string): Locator {
    return this.timeline.getByRole("button", { name: new RegExp(`^Meeting ${number},`) });
  }

  get graph(): Locator {
    return this.page.getByRole("group", { name: "Participation graph" });
  }

  graphNode(name: string): Locator {
    return this.page.getByRole("listbox", { name: "Entities in the graph" }).getByRole("option", { name, exact: true });
  }

  get search(): Locator {
    return this.page.getByRole("combobox", { name: "Search meetings, states, organizations, people" });
  }

  get details(): Locator {
    return this.page.getByRole("complementary", { name: "Details" });
  }

  async visibleRange(): Promise<{ start: string; end: string }> {
    const start = await this.timeline.getAttribute("data-visible-start");
    const end = await this.timeline.getAttribute("data-visible-end");
    return { start: start ?? "", end: end ?? "" };
  }

  /** The notice a link's unusable parts produce ("Part of this link was not used. …"). */
  get linkNotice(): Locator {
    return this.page.getByRole("status").filter({ hasText: "Part of this link was not used" });
  }

  /** The timeline's status line: "1 January 2003 – 31 December 2003: 223 meetings." */
  get timelineStatus(): Locator {
    return this.timeline.getByRole("status");
  }

  /** The meetings counted beside the lane labels, added up. */
  async laneCountTotal(): Promise<number> {
    const labels = await this.timeline.getByRole("list", { name: "Subject areas" }).getByRole("listitem").allInnerTexts();
    return labels.reduce((sum, text) => sum + Number(/(\d+)\s*(meetings)?\s*$/.exec(text.trim())?.[1] ?? 0), 0);
  }

  get yearSelect(): Locator {
    return this.page.getByRole("combobox", { name: "Year" });
  }

  async searchAndChoose(query: string, option: RegExp | string): Promise<void> {
    await this.search.fill(query);
    await this.page.getByRole("listbox", { name: "Search results" }).getByRole("option", { name: option }).first().click();
  }

  /** Presentation mode's panel: the caption, the follow-along code, the step buttons. */
  get presentation(): Locator {
    return this.page.getByRole("region", { name: "Presentation" });
  }

  /** The story bar a story shows outside presentation mode. */
  get storyBar(): Locator {
    return this.page.getByRole("region", { name: "Story" });
  }

  async openStories(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Stories", exact: true }).click();
    const dialog = this.page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async openExport(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Export/Share" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Export and share" });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Both views painted this selection (README: data-painted-selection), e.g. "4739|" or "|org:AU". */
  async bothViewsShow(selectionKey: string): Promise<void> {
    await expect(this.timeline).toHaveAttribute("data-painted-selection", selectionKey);
    await expect(this.graph).toHaveAttribute("data-painted-selection", selectionKey);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png` });
  }
}

export const test = base.extend<{ explorer: ExplorerPage }>({
  explorer: async ({ page }, provide) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await provide(new ExplorerPage(page));
  },
});

export { expect };

/** The seed's organizations and speakers at the 4739th meeting (Repertoire item 52). */
export const participantsOf4739 = [
  "African Union",
  "Organization of American States",
  "League of Arab States",
  "Organization for Security and Co-operation in Europe",
  "Economic Community of West African States",
  "European Union",
  "Greece",
];

/** The import dialog, opened from the header's Import button. */
export class ImportPanel {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole("dialog", { name: "Import records" });
  }

  async open(): Promise<void> {
    await this.page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole("button", { name: "Close the import panel" }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Chooses files as a user does, through the file picker's input. */
  async choose(files: Parameters<Locator["setInputFiles"]>[0]): Promise<void> {
    await this.dialog.getByLabel("Files to import").setInputFiles(files);
  }

  /** Drops a file built inside the page (no bytes cross the test connection): `size` bytes of `fill`, or `text` repeated. */
  async dropGenerated(name: string, spec: { size: number; text?: string }): Promise<void> {
    await this.dialog.getByRole("group", { name: "Drop files here" }).evaluate((zone, { name, size, text }) => {
      let parts: BlobPart[];
      if (text) {
        const copies = Math.ceil(size / text.length);
        parts = Array.from({ length: copies }, (_, i) => text.replace(/^\d+\./, `${(i % 900) + 1}.`));
      } else parts = [new Uint8Array(size).fill(0x41)];
      const transfer = new DataTransfer();
      transfer.items.add(new File(parts, name));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, { name, ...spec });
  }

  get mergeButton(): Locator {
    return this.dialog.getByRole("button", { name: "Merge into the explorer" });
  }

  get alert(): Locator {
    return this.dialog.getByRole("alert");
  }

  get imports(): Locator {
    return this.dialog.getByRole("list", { name: "Imports" }).getByRole("listitem");
  }

  /** Chooses a file, waits for its preview, merges it. */
  async importFile(files: Parameters<Locator["setInputFiles"]>[0]): Promise<void> {
    await this.choose(files);
    await expect(this.mergeButton).toBeVisible();
    await this.mergeButton.click();
    await expect(this.dialog.getByText(/^Merged “/)).toBeVisible();
  }
}

/** "Participants known for 2 of 223 meetings; …" under the title. */
export function coverageNote(page: Page): Locator {
  return page.getByText(/^Participants known for \d+ of [\d,]+ meetings/);
}

/** Every console error and uncaught page error from now on, as text: a list a test can expect to stay empty. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
