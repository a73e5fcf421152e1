import { useMemo } from "react";
import { qrSymbol } from "@/lib/export/qrSymbol";

/** A QR code of a link, drawn as SVG (no markup from the link itself: it only shapes the path). */
export function QrCode({ text, size, className }: { text: string; size: number; className?: string }) {
  const symbol = useMemo(() => qrSymbol(text), [text]);
  const total = symbol.size + 8;
  return (
    <svg className={className} width={size} height={size} viewBox={`-4 -4 ${total} ${total}`} role="img" aria-label="QR code of the link" shapeRendering="crispEdges">
      <rect x={-4} y={-4} width={total} height={total} fill="#ffffff" />
      <path d={symbol.path} fill="#000000" />
    </svg>
  );
}
