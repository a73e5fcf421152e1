import type { Locator, Page } from "@playwright/test";

/** Whether the pointer at this point is on the canvas itself (no tooltip or button over it) and the canvas offers to grab a node. */
export const grabbableAt = (canvas: Locator, point: { x: number; y: number }) =>
  canvas.evaluate((element, at) => document.elementFromPoint(at.x, at.y) === element && (element as HTMLCanvasElement).style.cursor === "pointer", point);

/**
 * The middle of the grabbable run through a point along one axis, and its length. A press
 * on a dot of a few pixels pans instead of dragging it (minDragRadius in
 * components/graph/canvasInteractions.ts), though the pointer still offers to click it.
 */
async function runThrough(page: Page, canvas: Locator, point: { x: number; y: number }, axis: "x" | "y"): Promise<{ middle: number; length: number }> {
  const hits: number[] = [];
  for (let offset = -14; offset <= 14; offset += 2) {
    const probe = { ...point, [axis]: point[axis] + offset };
    await page.mouse.move(probe.x, probe.y);
    if (await grabbableAt(canvas, probe)) hits.push(offset);
    else if (offset < 0) hits.length = 0;
    else if (hits.length > 0) break;
  }
  if (hits.length === 0) return { middle: point[axis], length: 0 };
  return { middle: point[axis] + (hits[0]! + hits[hits.length - 1]!) / 2, length: hits[hits.length - 1]! - hits[0]! + 2 };
}

/**
 * Finds a node big enough to drag the way a user does: moving the pointer until the canvas
 * offers to grab something at least 12 pixels across both ways (a node, not a row of
 * meeting dots), and returns its middle.
 */
export async function findNode(page: Page, canvas: Locator, from?: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const box = (await canvas.boundingBox())!;
  const cx = from?.x ?? box.x + box.width / 2;
  const cy = from?.y ?? box.y + box.height / 2;
  for (let ring = 0; ring < 40; ring++) {
    for (let step = 0; step < 16; step++) {
      const angle = (step / 16) * Math.PI * 2;
      const x = cx + Math.cos(angle) * ring * 8;
      const y = cy + Math.sin(angle) * ring * 8;
      await page.mouse.move(x, y);
      if (!(await grabbableAt(canvas, { x, y }))) continue;
      const across = await runThrough(page, canvas, { x, y }, "x");
      if (across.length < 12) continue;
      const down = await runThrough(page, canvas, { x: across.middle, y }, "y");
      if (down.length >= 12) return { x: across.middle, y: down.middle };
    }
  }
  throw new Error(`no node big enough to drag anywhere near ${Math.round(cx)}, ${Math.round(cy)}`);
}
