import type { MetadataRoute } from "next";
import { defaultYear } from "@/lib/data/dataIndex";

// The web manifest: a phone can add the explorer to its home screen, with its icon and
// name, opening full screen on the page. Icons come from app/icon.svg (npm run icons).
export const dynamic = "force-static";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `Council Explorer — the Security Council in ${defaultYear}`,
    short_name: "Council Explorer",
    description: `A timeline of the UN Security Council's ${defaultYear} meetings beside a graph of who took part, with the source of every link.`,
    start_url: "/",
    display: "standalone",
    background_color: "#fbfbfa",
    theme_color: "#0b4f8a",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icons/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
