import type { NextConfig } from "next";

// A static export: the same files serve one classroom from `npm start` or a whole
// country from any CDN, with no server of ours (see ../shared/DESIGN.md).
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  // Only for `npm run bench:bundle`, which reads them to say who the first-load scripts belong to.
  productionBrowserSourceMaps: process.env.SOURCE_MAPS === "1",
};

export default nextConfig;
