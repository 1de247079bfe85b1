import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Runs `measure` and prints its Markdown section when the calling module is the entry point,
 * so every benchmark file can run alone and the full run can collect what it prints.
 * @param {string} moduleUrl the benchmark's import.meta.url
 * @param {() => Promise<string>} measure resolves to the benchmark's Markdown section
 */
export async function runIfMain(moduleUrl, measure) {
  const entry = process.argv[1] ? realpathSync(process.argv[1]) : "";
  if (realpathSync(fileURLToPath(moduleUrl)) !== entry) return;
  try {
    process.stdout.write(`${await measure()}\n`);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  }
}

/** Progress for the person watching; stdout carries only the figures. */
export function progress(/** @type {string} */ message) {
  process.stderr.write(`[bench] ${message}\n`);
}
