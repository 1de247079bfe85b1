import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The test files share no module state: each worker loads Prism and the descriptions once, not once per file.
    isolate: false,
    // Limits against a hang, not speed targets: a loaded machine may take a minute to type-check the examples.
    testTimeout: 180_000,
    // A mock on a loaded machine may take most of its own 60 s limit to get ready.
    hookTimeout: 90_000,
  },
});
