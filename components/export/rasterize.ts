/**
 * An SVG figure as a PNG, `scale` times its size (2 for slides on a high-density
 * screen). The SVG is drawn as an image from a blob URL (allowed by the page's CSP:
 * img-src blob:); it has no external references, so the canvas stays readable.
 */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("svgToPng: the browser gave no 2D canvas context");
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("svgToPng: the canvas made no PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
