import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each test waits for a command to get ready with its own generous limit (a guard against hangs).
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
