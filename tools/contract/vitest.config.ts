import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./src/coverage-reporter.ts"],
    // A live instance may be slow or rate-limit the run; the mock answers in milliseconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
