import { defineConfig } from "tsup";

// The clients (gordo, gunbot) build with this config too.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  platform: "neutral",
  target: "es2022",
  // The build sees no Node types, so the published code cannot lean on Node built-ins and runs in browsers too.
  tsconfig: "tsconfig.build.json",
  dts: true,
  clean: true,
  sourcemap: true,
});
