// npm run icons — the app's raster icons from app/icon.svg, drawn by the same Chromium the
// end-to-end tests use: app/apple-icon.png (180 px, the iOS home screen), app/favicon.ico
// (16, 32 and 48 px PNGs in one ICO, for browsers that ask for /favicon.ico) and the web
// manifest's public/icons/icon-192.png and icon-512.png. Run it after changing the SVG and
// commit what it writes.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"), "utf8");

/** An ICO file holding PNG images (allowed since Windows Vista; every current browser reads it). */
function icoOf(images: Array<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

async function main() {
  const executablePath = ["/usr/bin/chromium"].find((candidate) => {
    try {
      readFileSync(candidate);
      return true;
    } catch {
      return false;
    }
  });
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const render = async (size: number) => {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    return png;
  };
  mkdirSync(path.join(root, "public/icons"), { recursive: true });
  writeFileSync(path.join(root, "app/apple-icon.png"), await render(180));
  writeFileSync(path.join(root, "public/icons/icon-192.png"), await render(192));
  writeFileSync(path.join(root, "public/icons/icon-512.png"), await render(512));
  writeFileSync(path.join(root, "app/favicon.ico"), icoOf(await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await render(size) })))));
  await browser.close();
  console.log("icons: app/apple-icon.png, app/favicon.ico, public/icons/icon-192.png, public/icons/icon-512.png");
}

await main();
