import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One Respect run per suite executes every workflow in a hook; a poll waits 3 s between its attempts.
    hookTimeout: 300_000,
    // Each file starts its own mocks; one file at a time keeps that off a busy machine's critical path.
    fileParallelism: false,
  },
});
