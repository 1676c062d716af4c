import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "../vitest.config";

// Reliability tests run real server processes on the production build
// (`remix build` first); scripts/test.mjs runs them after the build step.
export default defineConfig({
  resolve: base.resolve,
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["tests/reliability/**/*.test.ts"],
    environment: "node",
    globals: false,
    pool: "forks",
    // One file at a time: each starts server processes and puts load on them.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
