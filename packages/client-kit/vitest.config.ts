import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 10_000,
    // test/abort-under-gc.test.ts calls the garbage collector while a request waits.
    execArgv: ["--expose-gc"],
  },
});
