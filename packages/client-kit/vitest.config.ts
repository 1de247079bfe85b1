import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Type tests: `expectTypeOf` and `@ts-expect-error` in test/*.test-d.ts, checked by tsc as named tests.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // A guard against a hang only, wide enough for a machine whose cores are all busy.
    testTimeout: 60_000,
    // test/abort-under-gc.test.ts calls the garbage collector while a request waits.
    execArgv: ["--expose-gc"],
  },
});
