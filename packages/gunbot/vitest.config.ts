import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A limit against a hang, not a speed target: 60 openssl runs take a while on a loaded machine.
    testTimeout: 120_000,
    hookTimeout: 30_000,
  },
});
