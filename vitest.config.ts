import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    // Property tests and layouts take seconds; on a shared 2-core machine, several times that.
    testTimeout: 30_000,
    pool: "forks",
    poolOptions: { forks: { maxForks: 2 } },
  },
});
