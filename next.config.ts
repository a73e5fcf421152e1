import type { NextConfig } from "next";

// A static export: the same files serve one classroom from `npm start` or a whole
// country from any CDN, with no server of ours (see ../shared/DESIGN.md).
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
};

export default nextConfig;
