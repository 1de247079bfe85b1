// Writes src/generated/operations.ts from the bundled description: the operations marked `x-read-only: true` (the
// only ones the client may retry) and the webhook event types (the `event` constant of each webhook's payload).
// Usage: node scripts/generate-operations.mjs <bundle.json> <output.ts>
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

const [bundlePath, outputPath] = process.argv.slice(2);
if (!bundlePath || !outputPath) {
  console.error("usage: node scripts/generate-operations.mjs <bundle.json> <output.ts>");
  process.exit(2);
}

const bundle = JSON.parse(readFileSync(bundlePath, "utf8"));

function fail(message) {
  console.error(`${bundlePath}: ${message}`);
  process.exit(1);
}

/** Follows local `$ref`s ("#/components/schemas/X") until a value without one. */
function resolve(value) {
  let current = value;
  while (current && typeof current.$ref === "string") {
    const pointer = current.$ref.replace(/^#\//, "").split("/");
    current = pointer.reduce((node, key) => node?.[key.replaceAll("~1", "/").replaceAll("~0", "~")], bundle);
    if (current === undefined) fail(`cannot resolve ${value.$ref}`);
  }
  return current;
}

const readOnly = [];
for (const [path, item] of Object.entries(bundle.paths ?? {})) {
  for (const method of METHODS.filter((name) => item[name])) {
    const flag = item[method]["x-read-only"];
    if (typeof flag !== "boolean") fail(`${method.toUpperCase()} ${path}: x-read-only must be true or false`);
    if (flag) readOnly.push(`${method.toUpperCase()} ${path}`);
  }
}

const webhookEvents = Object.entries(bundle.webhooks ?? {}).map(([name, item]) => {
  const body = resolve(resolve(item.post?.requestBody)?.content?.["application/json"]?.schema);
  const event = resolve(body?.properties?.event)?.const;
  if (typeof event !== "string") fail(`webhook ${name}: payload property "event" must have a string const`);
  return event;
});

const list = (values) => values.map((value) => `  ${JSON.stringify(value)},`);
const lines = [
  `// Generated from ${bundlePath} by scripts/generate-operations.mjs. Do not edit.`,
  "",
  "/** The operations the description marks `x-read-only: true`: safe to repeat, so the client retries them. */",
  "export const readOnlyOperations = [",
  ...list(readOnly),
  "] as const;",
  "",
  "/** The `event` of every webhook payload the description defines. */",
  "export const webhookEventTypes = [",
  ...list(webhookEvents),
  "] as const;",
  "",
];
mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(outputPath, lines.join("\n"));
console.log(`${outputPath}: ${readOnly.length} read-only operations, ${webhookEvents.length} webhook events`);
