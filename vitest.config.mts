import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // server-only throws outside React Server Components; unit tests run plain Node.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // Integration tests start processes and databases; a loaded 2-core CI machine needs headroom.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
