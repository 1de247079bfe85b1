import { createRequire } from "node:module";
import { startChild } from "./child-process.js";
import { QUIET_ENV } from "./repo-paths.js";

const PRISM_CLI = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");

/**
 * Prism with its default settings (`prism mock <document> -p <port>`), its log drained as a terminal would;
 * `extraArgs` such as `["-v", "silent"]` change them.
 * @param {string} document
 * @param {number} port
 * @param {readonly string[]} [extraArgs]
 */
export function startDefaultPrism(document, port, extraArgs = []) {
  const child = startChild(
    process.execPath,
    [PRISM_CLI, "mock", document, "-p", String(port), ...extraArgs],
    {
      env: QUIET_ENV,
    },
  );
  child.process.stdout?.on("data", child.keep);
  return child;
}
