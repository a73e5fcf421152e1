import { create } from "qrcode";

/** A QR code as one SVG path in module units (a module is 1 × 1), without its quiet zone. */
export interface QrSymbol {
  /** Modules along a side. */
  size: number;
  /** The dark modules, row by row, as horizontal runs. */
  path: string;
}

/** Error correction M: a code on a projector or a printed page survives some glare or a crease. */
export function qrSymbol(text: string): QrSymbol {
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  const { size, data } = modules;
  const runs: string[] = [];
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x++;
      runs.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  }
  return { size, path: runs.join("") };
}

/** A standalone SVG of the code with its quiet zone, `pixels` wide, for files and print. */
export function qrSvgElement(symbol: QrSymbol, x: number, y: number, pixels: number): string {
  const total = symbol.size + 8;
  const scale = pixels / total;
  return `<g transform="translate(${x} ${y}) scale(${scale.toFixed(4)})"><rect width="${total}" height="${total}" fill="#ffffff"/><path transform="translate(4 4)" fill="#000000" d="${symbol.path}"/></g>`;
}
