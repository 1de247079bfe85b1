import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The README examples import the package by name; run them against the sources.
    alias: { "@tradespec/gunbot": fileURLToPath(new URL("src/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Type tests: `expectTypeOf` and `@ts-expect-error` in test/*.test-d.ts, checked by tsc as named tests.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
