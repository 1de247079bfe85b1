import { dereference, type OpenApiDocument } from "@tradespec/spec-testing";
import fc from "fast-check";

const MAX_DEPTH = 6;
const MAX_ARRAY_ITEMS = 3;

/**
 * Values that satisfy `schema` (most of the time: patterns, formats and combinators are approximated), so that a
 * share of the fuzzed requests is valid and reaches the operation's documented success answer.
 */
export function schemaValue(doc: OpenApiDocument, schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const { node } = dereference(doc, { node: schema, pointer: "#" });
  if (!node || typeof node !== "object" || depth > MAX_DEPTH) return fc.constant(null);
  if ("const" in node) return fc.constant(node.const);
  if (Array.isArray(node.enum)) return fc.constantFrom(...node.enum);
  if (Array.isArray(node.examples) && node.examples.length > 0 && node.type !== "object") {
    return fc.oneof(fc.constantFrom(...node.examples), typedValue(doc, node, depth));
  }
  const alternatives = node.oneOf ?? node.anyOf;
  if (Array.isArray(alternatives)) {
    return fc.oneof(...alternatives.map((branch: unknown) => schemaValue(doc, branch, depth + 1)));
  }
  if (Array.isArray(node.allOf)) return schemaValue(doc, mergeAllOf(doc, node), depth);
  return typedValue(doc, node, depth);
}

function typedValue(doc: OpenApiDocument, node: OpenApiDocument, depth: number): fc.Arbitrary<unknown> {
  const types: string[] = Array.isArray(node.type) ? node.type : [node.type ?? guessType(node)];
  return fc.oneof(...types.map((type) => valueOfType(doc, node, type, depth)));
}

function guessType(node: OpenApiDocument): string {
  if (node.properties) return "object";
  if (node.items) return "array";
  return "string";
}

function valueOfType(
  doc: OpenApiDocument,
  node: OpenApiDocument,
  type: string,
  depth: number,
): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({
        min: bound(node.minimum, node.exclusiveMinimum, 1, Number.MIN_SAFE_INTEGER),
        max: bound(node.maximum, node.exclusiveMaximum, -1, Number.MAX_SAFE_INTEGER),
      });
    case "number":
      return fc.double({
        min: bound(node.minimum, node.exclusiveMinimum, Number.EPSILON, -1e12),
        max: bound(node.maximum, node.exclusiveMaximum, -Number.EPSILON, 1e12),
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "string":
      return stringValue(node);
    case "array":
      return fc.array(schemaValue(doc, node.items ?? {}, depth + 1), {
        minLength: node.minItems ?? 0,
        maxLength: Math.max(node.minItems ?? 0, Math.min(node.maxItems ?? MAX_ARRAY_ITEMS, MAX_ARRAY_ITEMS)),
      });
    default:
      return objectValue(doc, node, depth);
  }
}

function bound(inclusive: unknown, exclusive: unknown, step: number, fallback: number): number {
  if (typeof inclusive === "number") return inclusive;
  if (typeof exclusive === "number") return exclusive + step;
  return fallback;
}

function stringValue(node: OpenApiDocument): fc.Arbitrary<string> {
  if (node.format === "date-time") return isoDate().map((date) => date.toISOString());
  if (node.format === "date") return isoDate().map((date) => date.toISOString().slice(0, 10));
  if (node.format === "uri") return fc.webUrl();
  if (node.format === "email") return fc.emailAddress();
  if (typeof node.pattern === "string") {
    try {
      return fc.stringMatching(new RegExp(node.pattern, "u")).filter((text) => fitsLength(node, text));
    } catch {
      // A pattern JavaScript cannot compile: fall through to plain text.
    }
  }
  const minLength = node.minLength ?? 0;
  return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(node.maxLength ?? 24, 64)) });
}

function isoDate(): fc.Arbitrary<Date> {
  return fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z") });
}

function fitsLength(node: OpenApiDocument, text: string): boolean {
  return text.length >= (node.minLength ?? 0) && text.length <= (node.maxLength ?? Number.POSITIVE_INFINITY);
}

function objectValue(doc: OpenApiDocument, node: OpenApiDocument, depth: number): fc.Arbitrary<unknown> {
  const properties = Object.entries((node.properties ?? {}) as OpenApiDocument);
  const required: string[] = node.required ?? [];
  const model = Object.fromEntries(
    properties.map(([name, schema]) => [name, schemaValue(doc, schema, depth + 1)]),
  );
  return fc
    .record(model, { requiredKeys: required.filter((name) => name in model) })
    .filter((value) => Object.keys(value).length >= (node.minProperties ?? 0));
}

/** An `allOf` as one object schema: the branches' properties and required lists together. */
function mergeAllOf(doc: OpenApiDocument, node: OpenApiDocument): OpenApiDocument {
  const branches = (node.allOf as unknown[]).map(
    (branch) => dereference(doc, { node: branch, pointer: "#" }).node,
  );
  const { allOf: _allOf, ...rest } = node;
  return {
    ...rest,
    type: "object",
    properties: Object.assign({}, ...branches.map((branch) => branch.properties ?? {}), rest.properties),
    required: [...branches.flatMap((branch) => branch.required ?? []), ...(rest.required ?? [])],
  };
}
