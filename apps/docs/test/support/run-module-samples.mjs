// Imports compiled TypeScript samples one after another in this one Node process.
// Usage: node run-module-samples.mjs <results.json> <sample.js>...; writes {"file": null | "error"} to results.json.
import { writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";

const [resultsFile, ...files] = process.argv.slice(2);
if (resultsFile === undefined)
  throw new Error("Usage: node run-module-samples.mjs <results.json> <sample.js>...");
/** @type {Record<string, string | null>} */
const results = {};
console.log = () => {};
for (const file of files) {
  try {
    await import(pathToFileURL(file).href);
    results[file] = null;
  } catch (error) {
    results[file] = String(error instanceof Error ? error.stack : error).slice(0, 600);
  }
}
await writeFile(resultsFile, JSON.stringify(results));
