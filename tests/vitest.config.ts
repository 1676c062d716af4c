import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "~db": fileURLToPath(new URL("../db", import.meta.url)),
      "~": fileURLToPath(new URL("../app", import.meta.url)),
    },
  },
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    setupFiles: ["tests/setup/test-env.ts"],
    environment: "node",
    globals: false,
    pool: "forks",
    testTimeout: 20_000,
    // Seeding the demo data takes a few seconds, longer on PostgreSQL (a round trip per row) on a busy machine.
    hookTimeout: 60_000,
  },
});
