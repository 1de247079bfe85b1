import { defineConfig } from "vitest/config";

// The scratch-repository test runs turbo and the real check: give it the time a loaded machine needs.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 600_000, hookTimeout: 600_000 },
});
