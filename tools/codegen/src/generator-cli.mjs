import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";

/**
 * The arguments of a generator bin (`<bundle.json> <output.ts>` and `options`), the bundle it names, and a `fail`
 * that names the bundle and exits 1; a usage error exits 2.
 */
export function generatorArguments(usage, options = {}) {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options });
  } catch (error) {
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
  const [bundlePath, outputPath] = args.positionals;
  if (!bundlePath || !outputPath || args.positionals.length > 2) {
    console.error(usage);
    process.exit(2);
  }
  const fail = (message) => {
    console.error(`${bundlePath}: ${message}`);
    process.exit(1);
  };
  let bundle;
  try {
    bundle = JSON.parse(readFileSync(bundlePath, "utf8"));
  } catch (error) {
    fail(`cannot read the bundle: ${error.message}`);
  }
  return { bundle, bundlePath, outputPath, values: args.values, fail };
}

/** Writes the generated lines to `outputPath` and prints what was written. */
export function writeGenerated(outputPath, lines, summary) {
  mkdirSync(dirname(outputPath), { recursive: true });
  writeFileSync(outputPath, lines.join("\n"));
  console.log(`${outputPath}: ${summary}`);
}
