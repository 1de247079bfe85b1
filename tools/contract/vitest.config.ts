import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The test files share no module state: each worker loads Prism and the descriptions once, not once per file.
    isolate: false,
    reporters: ["default", "./src/coverage-reporter.ts"],
    // Starting a mock (Prism) or logging in to a live instance happens in a hook.
    hookTimeout: 60_000,
    // Each case is one request: the timeout guards against a hang, on a machine whose cores are all busy.
    testTimeout: 60_000,
  },
});
