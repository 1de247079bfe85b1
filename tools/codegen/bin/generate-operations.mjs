#!/usr/bin/env node
// Writes a client's src/generated/operations.ts from its bundled description: the operations marked
// `x-read-only: true` (the only ones the client may retry) and, with --webhook-events, the `event` of every
// webhook payload. Usage: generate-operations <bundle.json> <output.ts> [--webhook-events]
import { generatorArguments, writeGenerated } from "../src/generator-cli.mjs";
import { readOnlyOperations, webhookEventTypes } from "../src/operations.mjs";

const { bundle, outputPath, bundlePath, values, fail } = generatorArguments(
  "usage: generate-operations <bundle.json> <output.ts> [--webhook-events]",
  { "webhook-events": { type: "boolean", default: false } },
);
const list = (items) => items.map((value) => `  ${JSON.stringify(value)},`);
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
if (values["webhook-events"]) {
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
writeGenerated(outputPath, lines, summary);
