import type { Locator, Page } from "@playwright/test";

/**
 * Whether the pointer at this point is on the canvas itself (no button over it) and the
 * canvas offers to grab a node there (the "grab" cursor: a press on a dot too small to aim
 * at pans instead, and shows "pointer").
 */
export const grabbableAt = (canvas: Locator, point: { x: number; y: number }) =>
  canvas.evaluate((element, at) => document.elementFromPoint(at.x, at.y) === element && (element as HTMLCanvasElement).style.cursor === "grab", point);

/** Finds a node to drag the way a user does: moving the pointer until the canvas offers to grab one. */
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
      if (await grabbableAt(canvas, { x, y })) return { x, y };
    }
  }
  throw new Error(`no node to drag anywhere near ${Math.round(cx)}, ${Math.round(cy)}`);
}
