import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The test files share no module state: each worker loads Prism and the descriptions once, not once per file.
    isolate: false,
    // Generous: flows poll the sandbox for outcomes that take a second of mock time, on a machine that may be busy.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
