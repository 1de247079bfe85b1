import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Type tests: `expectTypeOf` and `@ts-expect-error` in test/*.test-d.ts, checked by tsc as named tests.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // A limit against a hang, not a speed target: 60 openssl runs take a while on a loaded machine.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
