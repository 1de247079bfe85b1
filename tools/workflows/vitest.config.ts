import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The test files share no module state: each worker loads Prism and the descriptions once, not once per file.
    isolate: false,
    globalSetup: ["test/global-setup.ts"],
    // One Respect run per suite executes every workflow in a hook; a poll waits 3 s between its attempts.
    hookTimeout: 300_000,
    // A test that runs Respect waits for a process start and the workflow's requests.
    testTimeout: 120_000,
  },
});
