import type { Locator, Page } from "@playwright/test";
import { collectPageErrors, expect, test } from "./fixtures";

// Everyday use (issue 13): the explorer on a phone with touch, a laptop and a projector;
// panels that stay on screen, search in the Council's words, the keyboard without traps,
// browser zoom, and a first load that does not jump. Each state is saved to
// e2e/screenshots/everyday-*.png for a person to look at.

const phone = { width: 390, height: 844 };
const desktops = [
  { name: "1280x720", width: 1280, height: 720 },
  { name: "1920x1080", width: 1920, height: 1080 },
];

/** Ten filters at once: three subject areas, five outcome kinds, people, and stated links only. */
const tenFilters = "areas=iraq,africa,europe&outcomes=resolution,communique,other,none,draft-not-adopted&kinds=person&stated=1";
/** Every outcome but the veto hidden: the year's two vetoed drafts alone. */
const vetoesOnly = "outcomes=resolution,presidential-statement,communique,other,none,draft-not-adopted";

type Box = { x: number; y: number; width: number; height: number };
function expectInside(box: Box | null, viewport: { width: number; height: number }, what: string) {
  expect(box, `${what} is rendered`).not.toBeNull();
  expect(box!.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what}: right edge`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box!.y + box!.height, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height + 0.5);
}

async function openFilters(page: Page) {
  await page.locator("summary").filter({ hasText: /^Filters/ }).click();
  const panel = page.getByRole("group", { name: "Filters for both views" });
  await expect(panel).toBeVisible();
  return panel;
}

test.describe("on a laptop and a projector", () => {
  for (const viewport of desktops) {
    test(`the header never wraps its controls and the filters pop-over lies inside the viewport at ${viewport.name}`, async ({ explorer, page }) => {
      await page.setViewportSize(viewport);
      await explorer.open(tenFilters);
      const summary = page.locator("summary").filter({ hasText: "(10 active)" });
      await expect(summary).toBeVisible();
      // The controls never wrap among themselves: the year and the tools share a row. With
      // the classroom and import tools in the header, the search takes a row of its own,
      // below 1400 px (Explorer.module.css); otherwise it shares it.
      const bottomOf = async (control: Locator) => {
        const box = (await control.boundingBox())!;
        return box.y + box.height;
      };
      const rowBottoms = await Promise.all([page.getByRole("combobox", { name: "Year" }), summary, page.getByRole("button", { name: "Import" })].map(bottomOf));
      expect(Math.max(...rowBottoms) - Math.min(...rowBottoms), "the year and the tools sit in one row").toBeLessThan(12);
      const search = (await explorer.search.boundingBox())!;
      if (Math.abs(search.y + search.height - rowBottoms[0]!) >= 12) {
        expect(search.y, "a search row of its own lies below the controls").toBeGreaterThan(Math.min(...rowBottoms) - 4);
        expectInside(search, viewport, "the search on its own row");
      }
      const panel = await openFilters(page);
      expectInside(await panel.boundingBox(), viewport, "the filters panel");
      await explorer.screenshot(`everyday-filters-${viewport.name}`);
      await page.keyboard.press("Escape");
      await expect(panel).toBeHidden();
    });
  }

  test("searching for veto lists the year's vetoed drafts, each saying what it is", async ({ explorer, page }) => {
    await explorer.open();
    await explorer.search.fill("veto");
    const results = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
    await expect(results).toHaveCount(2);
    await expect(results.nth(0)).toHaveAccessibleName(/^Meeting 4828 — 16 September 2003 — .*Vetoed draft S\/2003\/891: vetoed by United States/);
    await expect(results.nth(1)).toHaveAccessibleName(/^Meeting 4842 — 14 October 2003 — .*Vetoed draft S\/2003\/980/);
    await expect(results.nth(0)).toContainText("Meeting · Vetoed draft");
    await explorer.screenshot("everyday-search-veto");

    // Symbols, months and offices are words the search knows too.
    for (const [query, first] of [["S/RES/1483", /^Meeting 4761/], ["S/PV.4739", /^Meeting 4739/], ["March 2003", /^Meeting \d+ — \d+ March 2003/], ["Secretary-General of the United Nations", /^Kofi Annan — person/]] as const) {
      await explorer.search.fill(query);
      await expect(results.first(), query).toHaveAccessibleName(first);
    }
    await explorer.search.fill("1956");
    await expect(page.getByRole("button", { name: "Load all years to search it" })).toBeVisible();
  });

  test("Enter in search moves focus to the chosen meeting's record, and / then searches again", async ({ explorer, page }) => {
    await explorer.open();
    await explorer.search.fill("4739");
    await page.keyboard.press("Enter");
    const heading = explorer.details.getByRole("heading", { name: "Meeting 4739", level: 2 });
    await expect(heading).toBeFocused();
    await explorer.screenshot("everyday-search-enter-focus");
    await page.keyboard.press("/");
    await expect(explorer.search).toBeFocused();
    await expect(explorer.search).toHaveValue("");
  });

  test("Enter in search moves focus to the meeting's record even when the record's part of the panel is seconds in coming", async ({ explorer, page }) => {
    // A slow school laptop or network: the script that draws a meeting's record (fetched when
    // the page is idle, or on the first choice) arrives 2.5 s late. Focus used to give up after 1 s.
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes("Public meeting")) await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.fulfill({ response, body });
    });
    await explorer.open();
    await explorer.search.fill("4739");
    await page.keyboard.press("Enter");
    await expect(explorer.details.getByRole("heading", { name: "Meeting 4739", level: 2 })).toBeFocused();
  });

  test("a record's meetings are one press away, and choosing one keeps the focus in the details", async ({ explorer, page }) => {
    await explorer.open("e=org:EU");
    await explorer.details.getByRole("button", { name: /^Go to its meetings \(\d+\)$/ }).click();
    const meetings = explorer.details.getByRole("heading", { name: /^Meetings \(\d+\)$/ });
    await expect(meetings).toBeFocused();
    await page.keyboard.press("Tab");
    const first = explorer.details.getByRole("button", { name: /^Meeting 4739/ });
    await expect(first).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(explorer.details.getByRole("heading", { name: "Meeting 4739", level: 2 })).toBeFocused();
    // Escape clears the selection: the record goes, and focus stays in the details panel.
    await page.keyboard.press("Escape");
    await expect(explorer.details.getByRole("heading", { name: "Details" })).toBeVisible();
    await expect(explorer.details).toBeFocused();
  });

  test("the Iraq record says its inferred rule once, not once per meeting", async ({ explorer }) => {
    await explorer.open("e=state:IRQ");
    await expect(explorer.details.getByText(/^Subject of the meeting \(\d+ meetings\):/)).toHaveCount(1);
    await expect(explorer.details.getByText(/names Iraq/)).toHaveCount(0);
    await explorer.screenshot("everyday-iraq-record");
  });

  test("Up and Down move between subject areas on the timeline", async ({ explorer, page }) => {
    await explorer.open();
    await explorer.meetingMark(4739).focus();
    const focused = explorer.meetingMarks.and(page.locator(":focus"));
    // The lane of the focused mark: the lane label (drawn over its band) around the mark's
    // centre, both read at one moment, so a layout settling meanwhile cannot mislead.
    const laneOfFocus = () =>
      page.evaluate(() => {
        const mark = document.activeElement;
        if (!mark) return null;
        const box = mark.getBoundingClientRect();
        const y = box.top + box.height / 2;
        const labels = [...document.querySelectorAll('[aria-label="Subject areas"] > li')];
        const lane = labels.findIndex((label) => {
          const band = label.getBoundingClientRect();
          return y >= band.top && y < band.bottom;
        });
        return lane < 0 ? null : { index: lane, name: labels[lane]!.textContent!.replace(/\s*\d+ meetings$/, "").trim() };
      });
    // 4739 is in the last lane (thematic and institutional); Up goes to the lane above, Down comes back.
    const start = await laneOfFocus();
    expect(start?.name).toBe("Thematic and institutional");
    await page.keyboard.press("ArrowUp");
    await expect.poll(async () => (await laneOfFocus())?.index).toBe(start!.index - 1);
    await page.keyboard.press("ArrowDown");
    await expect.poll(async () => (await laneOfFocus())?.index).toBe(start!.index);
    await page.keyboard.press("ArrowDown");
    await expect(focused).toHaveCount(1);
  });
});

test("every text on the page is at least 14 px on a 1920 screen, with a record open", async ({ explorer, page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await explorer.open("m=4739");
  await expect(explorer.graph).toHaveAttribute("data-settled", "true", { timeout: 30_000 });
  const small = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      const box = element.getBoundingClientRect();
      // Visually hidden text (1 px boxes) is for screen readers; it has no size to read.
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(element).visibility === "hidden") continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (size < 14) found.push(`${size}px: ${node.textContent.trim().slice(0, 40)}`);
    }
    return found;
  });
  expect(small).toEqual([]);
  await explorer.screenshot("everyday-1920-meeting-4739");
});

test.describe("browser zoom", () => {
  // 150 % of a 1280×720 laptop: the page lays out in 853×480 CSS pixels.
  test.use({ viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 });

  test("at 150 % the year's meetings stay single marks, with a notice open too", async ({ explorer }) => {
    await explorer.open();
    await expect(explorer.timeline).toHaveAttribute("data-detail", "marks");
    await expect(explorer.timeline).toHaveAttribute("data-visible-start", "2003-01-01");
    await expect(explorer.timeline).toHaveAttribute("data-visible-end", "2003-12-31");
    await explorer.screenshot("everyday-zoom-150");
    await explorer.open("m=0000");
    await expect(explorer.linkNotice).toBeVisible();
    await expect(explorer.timeline).toHaveAttribute("data-detail", "marks");
    await explorer.screenshot("everyday-zoom-150-notice");
  });
});

test.describe("first load", () => {
  test("shifts the layout by less than 0.05 and logs no error", async ({ explorer, page }) => {
    const errors = collectPageErrors(page);
    await page.addInitScript(() => {
      // Each shift with what moved (tag, class, top before → after), so a failure names its cause.
      const shifts = { total: 0, moved: [] as string[] };
      (window as unknown as { __layoutShift: typeof shifts }).__layoutShift = shifts;
      type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] }>) {
          if (entry.hadRecentInput) continue;
          shifts.total += entry.value;
          const what = entry.sources.map(({ node, previousRect, currentRect }) => `${node instanceof Element ? `${node.tagName.toLowerCase()}.${node.classList[0] ?? ""}` : "text"} ${Math.round(previousRect.top)}→${Math.round(currentRect.top)}`);
          shifts.moved.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${what.join(", ")}`);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.setViewportSize({ width: 1280, height: 720 });
    await explorer.open();
    await expect(explorer.graph).toHaveAttribute("data-settled", "true", { timeout: 30_000 });
    const shift = await page.evaluate(() => (window as unknown as { __layoutShift: { total: number; moved: string[] } }).__layoutShift);
    console.log(`cumulative layout shift on first load: ${shift.total.toFixed(4)}`);
    expect(shift.total, `layout shifts:\n${shift.moved.join("\n")}`).toBeLessThan(0.05);
    expect(errors).toEqual([]);
    expect((await page.request.get("/favicon.ico")).status()).toBe(200);
    expect((await page.request.get("/manifest.webmanifest")).status()).toBe(200);
  });

  test("once the timeline says it has settled, its marks stay where they are", async ({ explorer, page }) => {
    // The status line's text used to wrap it onto a row of its own just after settling, moving every mark 24 px.
    await page.setViewportSize({ width: 1280, height: 800 });
    // Every frame from the start: where 4739's button is, and whether the timeline says it has settled.
    await page.addInitScript(() => {
      const seen: Array<{ settled: boolean; y: number }> = [];
      (window as unknown as { __markMoves: typeof seen }).__markMoves = seen;
      const watch = () => {
        const button = document.querySelector('[data-meeting-id="4739"]');
        const settled = document.querySelector('[data-settled="true"][aria-label="Timeline of Security Council meetings"]') !== null;
        if (button) {
          const y = Math.round(button.getBoundingClientRect().y);
          if (seen.at(-1)?.y !== y || seen.at(-1)?.settled !== settled) seen.push({ settled, y });
        }
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.goto("/");
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // A reload under the service worker, as a class's second visit: the page comes up fastest.
    await page.reload();
    await explorer.timelineSettled();
    await page.waitForTimeout(1500);
    const moves = await page.evaluate(() => (window as unknown as { __markMoves: Array<{ settled: boolean; y: number }> }).__markMoves);
    const firstSettled = moves.findIndex((move) => move.settled);
    expect(firstSettled).toBeGreaterThanOrEqual(0);
    expect(new Set(moves.slice(firstSettled).map((move) => move.y)).size, JSON.stringify(moves)).toBe(1);
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1366, height: 657 },
  ]) {
    test(`at ${size.width} × ${size.height} the timeline's first frame already shows the year's single marks`, async ({ explorer, page }) => {
      // The lanes here need more height than the pane has. The first frame used to be drawn at
      // the pane's height, as monthly bars, and the marks came a frame later: the picture changed once.
      await page.setViewportSize(size);
      await page.addInitScript(() => {
        const details: string[] = [];
        (window as unknown as { __details: string[] }).__details = details;
        new MutationObserver((records) => {
          for (const record of records) details.push((record.target as Element).getAttribute("data-detail") ?? "");
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-detail"] });
      });
      await explorer.open();
      await explorer.timelineSettled();
      const details = await page.evaluate(() => (window as unknown as { __details: string[] }).__details);
      expect(details.length).toBeGreaterThan(0);
      expect(details, "every frame's level of detail, in order").toEqual(details.map(() => "marks"));
    });
  }

  test("a projector's or laptop's narrow timeline pane opens on the whole year; a phone's on its first months", async ({ explorer, page }) => {
    // At 1024 × 768 (a classroom projector) and 1401 to 1535 px (three panes side by side) the
    // plot is 400–460 px wide; it used to open on January to late May or early June, as a phone's does.
    for (const size of [
      { width: 901, height: 700 },
      { width: 1024, height: 768 },
      { width: 1440, height: 900 },
    ]) {
      await page.setViewportSize(size);
      await explorer.open();
      expect(await explorer.visibleRange(), `${size.width} × ${size.height}`).toEqual({ start: "2003-01-01", end: "2003-12-31" });
      await expect(explorer.timelineStatus.first()).toHaveText(/^1 January 2003 – 31 December 2003: 223 meetings/);
    }
    await page.setViewportSize(phone);
    await explorer.open();
    const { start, end } = await explorer.visibleRange();
    expect(start).toBe("2003-01-01");
    expect(end < "2003-05-01", `a phone opens on the first months, up to ${end}`).toBe(true);
  });

  test("the timeline's status line keeps one line, and every year's counted view reads whole at 1280 × 720", async ({ explorer, page }) => {
    // Its text changes as the view settles; on the previous build the counted view's text took
    // two lines here, and the lanes under it moved down and back (0.07 of the first load's shift in CI).
    await page.setViewportSize({ width: 1280, height: 720 });
    // Every year in view: counted, so there are no meeting buttons to wait for.
    await page.goto("/?years=all&from=1946-01-01&to=2022-12-31");
    await expect(explorer.timeline).toHaveAttribute("data-detail", /^density-/, { timeout: 30_000 });
    const status = explorer.timeline.getByRole("status").first();
    await expect(status).toHaveText(/^1 January 1946 – 31 December 2022: .* meetings, counted per (month|year); zoom in to see each\.$/);
    const shape = await status.evaluate((element) => ({ height: element.clientHeight, fontSize: parseFloat(getComputedStyle(element).fontSize), cut: element.scrollWidth > element.clientWidth + 1 }));
    expect(shape.cut, "the status line is cut").toBe(false);
    expect(shape.height, "the status line keeps one line").toBeLessThan(2 * shape.fontSize);
    expect(await status.getAttribute("title")).toBe(await status.textContent());
  });

  test("at 1024 × 768 the title and every lane name are read whole", async ({ explorer, page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await explorer.open();
    await explorer.timelineSettled();
    const cut = (locator: Locator) => locator.evaluate((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
    expect(await cut(page.getByRole("heading", { name: "The Security Council in 2003" }))).toBe(false);
    expect(await cut(page.getByText(/^Participants known for 2 of 223 meetings/))).toBe(false);
    // The years of "All years" are hidden on screen here, not from its name.
    await expect(page.getByRole("button", { name: "All years, 1946–2022" })).toBeVisible();
    const cutLanes = await explorer.timeline.getByRole("list", { name: "Subject areas" }).evaluate((list) =>
      [...list.querySelectorAll("li > span:last-child")].filter((text) => text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1).map((text) => text.textContent),
    );
    expect(cutLanes).toEqual([]);
    await explorer.screenshot("everyday-1024x768");
  });

  test("a selected meeting is named on the timeline, in a box where its lane has no room for labels", async ({ explorer, page }) => {
    // At 1280 × 800 the thematic lane's four rows are too short for label rows: 4739 would be a ring with no number.
    await page.setViewportSize({ width: 1280, height: 800 });
    await explorer.open("m=4739");
    await explorer.timelineSettled();
    await expect(explorer.timeline).toHaveAttribute("data-painted-selection", "4739|");
    await expect(explorer.timeline).toHaveAttribute("data-selection-callouts", "4739");
    await explorer.screenshot("everyday-callout-4739-1280x800");
    // At 1920 × 1080 the lane has label rows and 4739 its own label: no box.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await explorer.timelineSettled();
    await expect(explorer.timeline).toHaveAttribute("data-selection-callouts", "");
  });

  test("the meeting an organization took part in is named on the timeline once the organization is chosen", async ({ explorer, page }) => {
    // The African Union took part in 4739 alone: choosing it lit a ring with no number in the thematic lane.
    await page.setViewportSize({ width: 1280, height: 800 });
    await explorer.open("e=org:AU");
    await expect(explorer.timeline).toHaveAttribute("data-painted-selection", /org:AU/);
    await expect(explorer.timeline).toHaveAttribute("data-selection-callouts", "4739");
    await explorer.screenshot("everyday-callout-au-1280x800");
  });

  // A first paint can come while the HTML is still being parsed (a busy machine): the
  // header then has only some of its tools. Its rows must not change when the rest arrive.
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1500, height: 800 }, { width: 390, height: 844 }]) {
    test(`the header's rows do not wait for its tools, at ${viewport.width} px`, async ({ explorer, page }) => {
      await page.setViewportSize(viewport);
      await explorer.open();
      const header = page.getByRole("banner");
      const heights = await header.evaluate((element) => {
        const tools = element.lastElementChild!;
        const whole = element.getBoundingClientRect().height;
        const kept = [...tools.children];
        // As when the parser has reached the first tool and not the others.
        for (const child of kept.slice(1)) child.remove();
        const partial = element.getBoundingClientRect().height;
        tools.append(...kept.slice(1));
        return { whole, partial, tools: kept.length };
      });
      expect(heights.tools).toBeGreaterThan(1);
      expect(heights.partial).toBe(heights.whole);
    });
  }

  test("a page that does not exist says so and leads home", async ({ page }) => {
    await page.goto("/no-such-page/");
    await expect(page.getByRole("heading", { name: "This page is not part of Council Explorer" })).toBeVisible();
    await page.getByRole("link", { name: "Go to the explorer" }).click();
    await expect(page.getByRole("region", { name: "Timeline of Security Council meetings" })).toBeVisible();
  });
});

test.describe("on a phone with touch", () => {
  test.use({ viewport: phone, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test("the filters are a sheet inside the screen, with ten filters active", async ({ explorer, page }) => {
    await explorer.open(tenFilters);
    const panel = await openFilters(page);
    expectInside(await panel.boundingBox(), phone, "the filters sheet");
    await explorer.screenshot("everyday-phone-filters");
    await panel.getByRole("button", { name: "Done" }).tap();
    await expect(panel).toBeHidden();
  });

  test("opens on readable months and hides keyboard hints", async ({ explorer, page }) => {
    await explorer.open();
    await expect(explorer.timeline).toHaveAttribute("data-detail", "marks");
    await expect(explorer.timeline).toHaveAttribute("data-visible-start", "2003-01-01");
    expect(await explorer.timeline.getAttribute("data-visible-end")).toMatch(/^2003-0[3-5]-/);
    await expect(page.locator("kbd").filter({ visible: true })).toHaveCount(0);
    await explorer.screenshot("everyday-phone-opening");
  });

  test("the list of meetings gives the topic room to read: the meeting's number goes under its date", async ({ explorer, page }) => {
    await explorer.open("view=list&m=4739");
    const row = page.getByRole("grid", { name: "Meetings" }).locator('[data-meeting-id="4739"]');
    await row.scrollIntoViewIfNeeded();
    // The topic had about 55 px beside a column of numbers, and broke "organizations" mid-word.
    const topic = row.getByRole("gridcell").filter({ hasText: "regional organizations" });
    expect((await topic.boundingBox())!.width).toBeGreaterThan(140);
    // Shown in the date's cell (innerText leaves out what is not displayed).
    expect(await row.getByRole("gridcell").first().innerText()).toMatch(/11\sApril\s+2003\s+(Meeting\s+)?4739/);
    await expect(row).toHaveAccessibleName(/11\sApril 2003 Meeting 4739/);
    await expect(page.getByRole("columnheader", { name: "Date and meeting" })).toBeVisible();
    await explorer.screenshot("everyday-phone-list");
  });

  test("a link to a meeting opens the phone's few months around it, not on January", async ({ explorer }) => {
    // A teacher's link to 4739 (11 April) on a student's phone: January to early April left it just out of view.
    await explorer.open("m=4739");
    await expect(explorer.timeline).toHaveAttribute("data-detail", "marks");
    const { start, end } = await explorer.visibleRange();
    expect(start < "2003-04-11" && end > "2003-04-11", `${start} – ${end}`).toBe(true);
    const across = async (number: number) => {
      const box = (await explorer.meetingMark(number).boundingBox())!;
      return box.x >= 0 && box.x + box.width <= phone.width;
    };
    expect(await across(4739), "4739's mark is across the screen, not past its edge").toBe(true);
    // Another meeting, another stretch: 4842, 14 October.
    await explorer.open("m=4842");
    const october = await explorer.visibleRange();
    expect(october.start < "2003-10-14" && october.end > "2003-10-14", `${october.start} – ${october.end}`).toBe(true);
    expect(await across(4842), "4842's mark is across the screen").toBe(true);
  });

  test("every tool of the header is on the screen, none past its edge", async ({ explorer, page }) => {
    await explorer.open();
    const header = page.getByRole("banner");
    expectInside(await header.locator("summary").filter({ hasText: /^Filters/ }).boundingBox(), phone, "the Filters button");
    for (const name of ["Present", "Stories", "Export/Share", "Import"]) {
      expectInside(await header.getByRole("button", { name, exact: true }).boundingBox(), phone, `the ${name} button`);
    }
  });

  test("a tap on a veto mark selects it and brings its record into view, with no tooltip left behind", async ({ explorer, page }) => {
    // No veto in the first months the phone opens on: the timeline is empty until Reset shows the year.
    await page.goto(`/?${vetoesOnly}`);
    await explorer.timelineSettled();
    await page.getByRole("button", { name: "Reset zoom" }).tap();
    await expect(explorer.timeline).toHaveAttribute("data-visible-end", "2003-12-31");
    await explorer.timelineSettled();
    const veto = explorer.meetingMark(4828);
    const box = (await veto.boundingBox())!;
    // The finger lands 12 px left of the drawn mark (4842, the other veto, is to its right): the target is larger than the drawing.
    await page.touchscreen.tap(box.x + box.width / 2 - 12, box.y + box.height / 2);
    await expect(veto).toHaveAttribute("aria-pressed", "true");
    const heading = explorer.details.getByRole("heading", { name: "Meeting 4828", level: 2 });
    await expect(heading).toBeInViewport();
    await expect(page.getByRole("tooltip")).toHaveCount(0);
    await explorer.screenshot("everyday-phone-tap-veto");
  });
});
