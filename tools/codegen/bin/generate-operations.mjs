#!/usr/bin/env node
// Writes a client's src/generated/operations.ts from its bundled description: the operations marked
// `x-read-only: true` (the only ones the client may retry) and, with --webhook-events, the `event` of every
// webhook payload. Usage: generate-operations <bundle.json> <output.ts> [--webhook-events]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { readOnlyOperations, webhookEventTypes } from "../src/operations.mjs";

const USAGE = "usage: generate-operations <bundle.json> <output.ts> [--webhook-events]";

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { "webhook-events": { type: "boolean", default: false } },
  });
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const [bundlePath, outputPath] = args.positionals;
if (!bundlePath || !outputPath || args.positionals.length > 2) {
  console.error(USAGE);
  process.exit(2);
}

const bundle = JSON.parse(readFileSync(bundlePath, "utf8"));
const fail = (message) => {
  console.error(`${bundlePath}: ${message}`);
  process.exit(1);
};

const list = (values) => values.map((value) => `  ${JSON.stringify(value)},`);
const readOnly = readOnlyOperations(bundle, fail);
const lines = [
  `// Generated from ${bundlePath} by generate-operations (@tradespec/codegen). Do not edit.`,
  "",
  "/** The operations the description marks `x-read-only: true`, one string per method: safe to repeat, so retried. */",
  "export const readOnlyOperations = [",
  ...list(readOnly),
  "] as const;",
  "",
];
const operationCount = readOnly.reduce((count, entry) => count + entry.split(" ").length - 1, 0);
let summary = `${operationCount} read-only operations`;
if (args.values["webhook-events"]) {
  const events = webhookEventTypes(bundle, fail);
  lines.push(
    "/** The `event` of every webhook payload the description defines. */",
    "export const webhookEventTypes = [",
    ...list(events),
    "] as const;",
    "",
  );
  summary += `, ${events.length} webhook events`;
}
mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(outputPath, lines.join("\n"));
console.log(`${outputPath}: ${summary}`);
