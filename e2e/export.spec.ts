import { readFile, writeFile } from "node:fs/promises";
import type { Download, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Take it away: the view as PNG (1× and 2×) and SVG with legend, title and source line;
// the selection as CSV and JSON with evidence; a printed one-page handout.

async function save(page: Page, button: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const downloading = page.waitForEvent("download");
  await button.click();
  const download = await downloading;
  return { download, bytes: await readFile(await download.path()) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Share of pixels that are not white, decoded by the browser. */
async function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [image.width, image.height];
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) inked++;
    return inked / (data.length / 4);
  }, png.toString("base64"));
}

test.describe("export", () => {
  test("PNG at 1× and 2×, SVG with legend and source line, CSV and JSON of the selection", async ({ explorer, page }) => {
    await explorer.open("m=4739,4694&e=org:AU");
    await explorer.bothViewsShow("4739,4694|org:AU");
    await expect(explorer.graph).toHaveAttribute("data-settled", "true");
    const dialog = await explorer.openExport();
    await dialog.getByLabel("Title on the picture").fill("Regional organizations & Kimberley, 2003");

    const one = await save(page, dialog.getByRole("button", { name: "Download PNG 1×" }));
    expect(one.download.suggestedFilename()).toBe("regional-organizations-kimberley-2003-both.png");
    const size = pngSize(one.bytes);
    await expect(dialog.getByRole("status")).toHaveText(`Saved a PNG at 1×, ${size.width} × ${size.height} px.`);
    expect(size.width).toBeGreaterThan(900);
    expect(await inkShare(page, one.bytes)).toBeGreaterThan(0.05);
    await writeFile("e2e/screenshots/export-both-1x.png", one.bytes);
    const two = await save(page, dialog.getByRole("button", { name: "Download PNG 2×" }));
    expect(pngSize(two.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
    expect(await inkShare(page, two.bytes)).toBeGreaterThan(0.05);

    const svg = await save(page, dialog.getByRole("button", { name: "Download SVG" }));
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const text0 = (selector: string) => doc.querySelector(selector)?.textContent ?? null;
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.nodeName,
        width: doc.documentElement.getAttribute("width"),
        title: text0("#title"),
        legend: [...doc.querySelectorAll("#legend text")].map((node) => node.textContent),
        source: text0("#source-line"),
        views: [doc.querySelector("#timeline") !== null, doc.querySelector("#graph") !== null],
        marks: doc.querySelectorAll("#timeline path").length,
      };
    }, svg.bytes.toString("utf8"));
    expect(parsed.error).toBeNull();
    expect(parsed).toMatchObject({ root: "svg", width: String(size.width), title: "Regional organizations & Kimberley, 2003", views: [true, true] });
    expect(parsed.legend).toEqual(expect.arrayContaining(["Outcome", "Resolution", "Subject area", "Thematic and institutional", "Node", "Organization", "Link", "Spoke on behalf of"]));
    expect(parsed.source).toMatch(/^Sources: UN Dag Hammarskjöld Library, “Meetings conducted by the Security Council”, 2003; .*Repertoire of the Practice of the Security Council \(items 51, 52\)/);
    const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    const [year, month, day] = today.split("-").map(Number);
    expect(parsed.source).toContain(`Exported ${day} ${new Date(Date.UTC(year!, month! - 1, day)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" })} ${year}`);
    expect(parsed.marks).toBeGreaterThan(100);

    // One view alone is narrower than both.
    await dialog.getByRole("radio", { name: "Graph", exact: true }).check();
    const graphOnly = await save(page, dialog.getByRole("button", { name: "Download SVG" }));
    expect(graphOnly.bytes.toString("utf8")).not.toContain('id="timeline"');

    const csv = (await save(page, dialog.getByRole("button", { name: "Download CSV" }))).bytes.toString("utf8");
    const rows = csv.trimEnd().split("\r\n");
    expect(rows[0]).toBe("record,id,name,date,kind,details,participations,evidence");
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => row.split(",").slice(0, 2).join(","))).toEqual(["record,id", "meeting,4739", "meeting,4694", "entity,org:AU"]);
    expect(rows[1]).toContain("Repertoire item 52");
    expect(rows[2]).toContain("S/RES/1459 (2003) 15-0-0");

    const json = JSON.parse((await save(page, dialog.getByRole("button", { name: "Download JSON" }))).bytes.toString("utf8"));
    expect(json.meetings.map((meeting: { id: string }) => meeting.id)).toEqual(["4739", "4694"]);
    expect(json.entities.map((entity: { id: string }) => entity.id)).toEqual(["org:AU"]);
    const aligned = json.meetings[0].participations.filter((participation: { role: string }) => participation.role === "aligned");
    expect(aligned).toHaveLength(12);
    expect(aligned[0].evidence).toMatchObject({ source: "repertoire", item: 52, footnote: 3 });
    expect(json.link).toContain("m=4739,4694&e=org:AU");
  });

  test("the exported timeline names the selection as the page does, boxed where its lane has no label rows", async ({ explorer, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await explorer.open("m=4739");
    await explorer.timelineSettled();
    await expect(explorer.timeline).toHaveAttribute("data-selection-callouts", "4739");
    const dialog = await explorer.openExport();
    await dialog.getByRole("radio", { name: "Timeline", exact: true }).check();
    const svg = await save(page, dialog.getByRole("button", { name: "Download SVG" }));
    const boxed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return [...doc.querySelectorAll("#timeline text")].filter((node) => node.textContent === "4739" && node.previousElementSibling?.nodeName === "rect").length;
    }, svg.bytes.toString("utf8"));
    expect(boxed).toBe(1);
  });

  test("the link and QR code of the view, and a one-page printed handout of a meeting", async ({ explorer, page }) => {
    await page.addInitScript(() => {
      window.print = () => document.body.setAttribute("data-printed", "true");
    });
    await explorer.open("m=4739");
    const dialog = await explorer.openExport();
    await expect(dialog.getByRole("textbox", { name: "Link to this view" })).toHaveValue(/\/\?m=4739$/);
    await expect(dialog.getByRole("img", { name: "QR code of the link" })).toBeVisible();
    await dialog.getByRole("button", { name: "Print a handout" }).click();
    await expect(page.locator("body")).toHaveAttribute("data-printed", "true");

    await page.emulateMedia({ media: "print" });
    const handout = page.getByRole("article", { name: "Handout for printing" });
    await expect(handout).toBeVisible();
    await expect(explorer.timeline).toBeHidden();
    await expect(handout.getByRole("heading", { name: /Meeting 4739/ })).toBeVisible();
    await expect(handout).toContainText("Greece (on behalf of the European Union)");
    await expect(handout).toContainText("Repertoire item 52");
    await expect(handout).toContainText(/Open this view: http:\/\/127\.0\.0\.1:\d+\/\?m=4739/);
    await expect(handout.getByRole("img", { name: "QR code of the link" })).toBeVisible();
    const pdf = await page.pdf({ format: "A4" });
    // One page: a PDF's page objects are "/Type /Page" (and one "/Type /Pages").
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.screenshot({ path: "e2e/screenshots/handout-4739.png", fullPage: true });
  });
});
