// Writes src/generated/operations.ts: the operations the bundled description marks `x-read-only: true`
// (the only ones the client may retry). Usage: node scripts/generate-operations.mjs <bundle.json> <output.ts>
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

const [bundlePath, outputPath] = process.argv.slice(2);
if (!bundlePath || !outputPath) {
  console.error("usage: node scripts/generate-operations.mjs <bundle.json> <output.ts>");
  process.exit(2);
}

const bundle = JSON.parse(readFileSync(bundlePath, "utf8"));
const readOnly = [];
for (const [path, item] of Object.entries(bundle.paths ?? {})) {
  for (const method of METHODS.filter((name) => item[name])) {
    const flag = item[method]["x-read-only"];
    if (typeof flag !== "boolean") {
      console.error(
        `${method.toUpperCase()} ${path}: x-read-only must be true or false, found ${JSON.stringify(flag)}`,
      );
      process.exit(1);
    }
    if (flag) readOnly.push(`${method.toUpperCase()} ${path}`);
  }
}

const lines = [
  `// Generated from ${bundlePath} by scripts/generate-operations.mjs. Do not edit.`,
  "",
  "/** The operations the description marks `x-read-only: true`: safe to repeat, so the client retries them. */",
  "export const readOnlyOperations = [",
  ...readOnly.map((operation) => `  ${JSON.stringify(operation)},`),
  "] as const;",
  "",
];
mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(outputPath, lines.join("\n"));
console.log(`${outputPath}: ${readOnly.length} read-only operations`);
