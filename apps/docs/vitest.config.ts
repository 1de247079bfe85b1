import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The sample runs and the browser each keep the few cores busy: one test file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
