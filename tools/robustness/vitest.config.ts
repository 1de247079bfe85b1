import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The test files share no module state: each worker loads Prism and the descriptions once, not once per file.
    isolate: false,
    // Starting a mock (a Prism process) happens in a hook; a fuzz run with FUZZ_RUNS=5000 takes minutes.
    hookTimeout: 60_000,
    testTimeout: 600_000,
    // The fuzz suites print their counts; keep them in the output.
    silent: false,
  },
});
