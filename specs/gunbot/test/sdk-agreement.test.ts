import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { listOperations, type OpenApiDocument, resolveRef } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { gunbot } from "./bundle.js";

/**
 * The vendor's SDK description (shared/evidence/gunbot-sdk-js/openapi.yaml, beside the repository) and this one,
 * operation by operation: every shape the SDK states must be one this description accepts (answers) or asks for
 * (request bodies), unless DECISIONS.md names the operation under "Where the vendor's SDK says otherwise".
 */
const SDK_FILE = fileURLToPath(
  new URL("../../../../shared/evidence/gunbot-sdk-js/openapi.yaml", import.meta.url),
);
const DECISIONS = readFileSync(new URL("../DECISIONS.md", import.meta.url), "utf8");
const sdkPresent = existsSync(SDK_FILE);

type Schema = OpenApiDocument;

/** The operations DECISIONS.md lists as disagreeing with the SDK, each as `**`METHOD /path`**`. */
function operationsExplained(): Set<string> {
  const section = DECISIONS.split(/^## /m).find((part) =>
    part.startsWith("Where the vendor's SDK says otherwise"),
  );
  return new Set([...(section ?? "").matchAll(/^- \*\*`([A-Z]+ \/[^`]+)`/gm)].map((match) => match[1] ?? ""));
}

function typesOf(schema: Schema): string[] | undefined {
  if (schema.type === undefined) return undefined;
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

/**
 * Where the SDK's schema states something `ours` does not accept, one line per difference. Request bodies
 * (`direction: "request"`) also need every field the SDK requires to be required here; a field the SDK marks
 * `nullable` is read as optional (OpenAPI 3.0's way of saying a field may be missing), as DECISIONS.md says.
 */
function differences(
  sdkDoc: Schema,
  sdkNode: Schema,
  oursNode: Schema,
  where: string,
  direction: "request" | "response",
): string[] {
  const sdk = resolveRef(sdkDoc, sdkNode);
  const ours = resolveRef(gunbot, oursNode);
  if (sdk.oneOf) {
    return sdk.oneOf.flatMap((branch: Schema) => differences(sdkDoc, branch, ours, where, direction));
  }
  const branches = ours.oneOf ?? ours.anyOf;
  if (branches) {
    const perBranch = branches.map((branch: Schema) => differences(sdkDoc, sdk, branch, where, direction));
    return perBranch.some((found: string[]) => found.length === 0) ? [] : (perBranch[0] ?? []);
  }
  const found: string[] = [];
  const sdkTypes = typesOf(sdk);
  const ourTypes = typesOf(ours);
  if (sdkTypes && ourTypes) {
    for (const type of sdkTypes) {
      const accepted = ourTypes.includes(type) || (type === "integer" && ourTypes.includes("number"));
      if (!accepted) found.push(`${where}: the SDK says ${type}, this description ${ourTypes.join(" | ")}`);
    }
  }
  if (!ourTypes || (sdkTypes && !sdkTypes.every((type) => ourTypes.includes(type)))) return found;
  for (const value of sdk.enum ?? []) {
    if (ours.enum && !ours.enum.includes(value)) found.push(`${where}: the SDK allows ${value}`);
  }
  for (const [name, property] of Object.entries<Schema>(sdk.properties ?? {})) {
    const ourProperty = ours.properties?.[name];
    if (ourProperty === undefined) {
      found.push(`${where}.${name}: the SDK has it, this description does not`);
      continue;
    }
    found.push(...differences(sdkDoc, property, ourProperty, `${where}.${name}`, direction));
  }
  const ourRequired: string[] = ours.required ?? [];
  const nullableThere = (name: string) => resolveRef(sdkDoc, sdk.properties?.[name] ?? {}).nullable === true;
  if (direction === "request") {
    for (const name of sdk.required ?? []) {
      if (!nullableThere(name) && !ourRequired.includes(name)) {
        found.push(`${where}.${name}: the SDK requires it, this description does not`);
      }
    }
  } else {
    for (const name of ourRequired.filter(nullableThere)) {
      found.push(`${where}.${name}: the SDK says it may be null, this description requires it`);
    }
  }
  if (typeof sdk.additionalProperties === "object" && sdk.additionalProperties !== null) {
    if (ours.additionalProperties === false) found.push(`${where}: the SDK allows more properties`);
    else if (typeof ours.additionalProperties === "object") {
      found.push(
        ...differences(sdkDoc, sdk.additionalProperties, ours.additionalProperties, `${where}.*`, direction),
      );
    }
  }
  if (sdk.items && ours.items)
    found.push(...differences(sdkDoc, sdk.items, ours.items, `${where}[]`, direction));
  return found;
}

function operationDifferences(sdkDoc: Schema, operation: string): string[] {
  const [method = "", path = ""] = operation.split(" ");
  const sdkOperation = sdkDoc.paths[path]?.[method.toLowerCase()];
  const ourOperation = gunbot.paths[path]?.[method.toLowerCase()];
  if (!ourOperation) return [`${operation}: not in this description`];
  const found: string[] = [];
  for (const [mediaType, content] of Object.entries<Schema>(sdkOperation.requestBody?.content ?? {})) {
    const ours = ourOperation.requestBody?.content?.[mediaType];
    if (!ours) found.push(`request ${mediaType}: not accepted here`);
    else found.push(...differences(sdkDoc, content.schema, ours.schema, "request", "request"));
  }
  const sdkAnswer = resolveRef(sdkDoc, sdkOperation.responses?.["200"] ?? {});
  const ourAnswer = resolveRef(gunbot, ourOperation.responses?.["200"] ?? {});
  for (const [mediaType, content] of Object.entries<Schema>(sdkAnswer.content ?? {})) {
    const ours = ourAnswer.content?.[mediaType];
    if (!ours) found.push(`answer ${mediaType}: not described here`);
    else found.push(...differences(sdkDoc, content.schema, ours.schema, "answer", "response"));
  }
  return found;
}

describe.skipIf(!sdkPresent && !process.env.CI)("agreement with the vendor's SDK description", () => {
  const sdkDoc: Schema = sdkPresent ? parse(readFileSync(SDK_FILE, "utf8")) : { paths: {} };
  const sdkOperations = listOperations(sdkDoc).map(({ method, path }) => `${method.toUpperCase()} ${path}`);
  const explained = operationsExplained();

  it("is read from shared/evidence beside the repository", () => {
    expect(sdkPresent, `${SDK_FILE} is missing: CI runs with ../shared beside the clone`).toBe(true);
  });

  it("covers the same operations", () => {
    const ours = listOperations(gunbot).map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect([...sdkOperations].sort()).toEqual([...ours].sort());
  });

  it.each(sdkOperations.map((operation) => [operation]))(
    "%s agrees, or DECISIONS.md says why not",
    (operation) => {
      const found = operationDifferences(sdkDoc, operation);
      if (explained.has(operation))
        expect(found, "listed in DECISIONS.md but agrees: remove it").not.toEqual([]);
      else expect(found).toEqual([]);
    },
  );
});

if (!sdkPresent && !process.env.CI) {
  describe("agreement with the vendor's SDK description", () => {
    it.skip(`needs ${SDK_FILE} (shared/evidence beside the repository; CI has it)`, () => {});
  });
}
