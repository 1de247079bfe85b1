import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./src/coverage-reporter.ts"],
    // Starting a mock (Prism) or logging in to a live instance happens in a hook.
    hookTimeout: 60_000,
  },
});
