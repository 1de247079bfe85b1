import { fileURLToPath } from "node:url";

/** The bench package folder. */
export const BENCH_DIR = fileURLToPath(new URL("..", import.meta.url));
/** The monorepo root. */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** @param {"gordo" | "gunbot"} api */
export const bundleJsonPath = (api) =>
  fileURLToPath(new URL(`../../specs/${api}/dist/openapi.json`, import.meta.url));

/** The Redocly CLI the spec packages lint and bundle with. */
export const REDOCLY_BIN = fileURLToPath(
  new URL("../../specs/gordo/node_modules/.bin/redocly", import.meta.url),
);

/** Environment for every tool the benchmarks start: nothing reports home. */
export const QUIET_ENV = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: "1",
  REDOCLY_TELEMETRY: "off",
  REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
  DO_NOT_TRACK: "1",
  SCARF_ANALYTICS: "false",
};
