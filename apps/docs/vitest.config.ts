import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The sample runs and the browser each keep the few cores busy: one test file at a time.
    fileParallelism: false,
    // Guards against a hang only: a loaded machine may take minutes to build a site or render a page.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
