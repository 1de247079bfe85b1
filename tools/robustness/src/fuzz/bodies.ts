import { dereference, type OpenApiDocument } from "@tradespec/spec-testing";
import fc from "fast-check";
import type { BodyTarget } from "../description/targets.js";
import { hostileValue, NUMBER_LITERALS } from "./hostile-values.js";
import { schemaValue } from "./schema-values.js";

export type BodyKind =
  | "none"
  | "valid"
  | "mutated"
  | "wrong-json-value"
  | "number-literal"
  | "malformed-json"
  | "wrong-content-type"
  | "huge"
  | "stray";

export interface FuzzBody {
  kind: BodyKind;
  contentType?: string;
  text?: string;
}

const JSON_TYPE = "application/json";
const WRONG_CONTENT_TYPES = [
  "text/plain",
  "application/xml",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=robustness",
  "application/octet-stream",
  "application/json; charset=utf-16",
  "application/jsonx",
  "text/html; charset=utf-8",
];
const MALFORMED_JSON = [
  "{",
  "}",
  "{'a': 1}",
  '{"a": 1,}',
  "[1,]",
  '{"a"}',
  "NaN",
  "\u0000",
  "\ufeff{}",
  "{}{}",
];

const json = (value: unknown): FuzzBody => ({
  kind: "valid",
  contentType: JSON_TYPE,
  text: JSON.stringify(value),
});

/** Bodies for an operation that declares one: valid, subtly wrong, structurally wrong, malformed and mislabelled. */
export function bodyFor(doc: OpenApiDocument, body: BodyTarget): fc.Arbitrary<FuzzBody> {
  const valid = body.schema ? schemaValue(doc, body.schema) : fc.constant({});
  const propertyNames = Object.keys(
    dereference(doc, { node: body.schema ?? {}, pointer: "#" }).node?.properties ?? {},
  );
  return fc.oneof(
    { arbitrary: valid.map(json), weight: 4 },
    { arbitrary: mutated(valid), weight: 6 },
    {
      arbitrary: hostileValue("body").map((value) => ({ ...json(value), kind: "wrong-json-value" as const })),
      weight: 2,
    },
    { arbitrary: numberLiteralBody(propertyNames), weight: 2 },
    { arbitrary: malformedJson(valid), weight: 2 },
    { arbitrary: wrongContentType(valid), weight: 2 },
    { arbitrary: fc.constant<FuzzBody>({ kind: "none" }), weight: 1 },
    { arbitrary: hugeBody(valid), weight: 1 },
  );
}

/**
 * What a careless client sends to an operation that takes no body: mostly nothing, sometimes a stray one (never
 * with GET, where fetch refuses a body).
 */
export function strayBody(method: string): fc.Arbitrary<FuzzBody> {
  if (method === "GET") return fc.constant({ kind: "none" });
  return fc.oneof(
    { arbitrary: fc.constant<FuzzBody>({ kind: "none" }), weight: 12 },
    {
      arbitrary: fc
        .constantFrom("{}", "null", "{", "hello")
        .chain((text) =>
          fc.constantFrom(JSON_TYPE, "text/plain").map((contentType) => ({ text, contentType })),
        )
        .map((stray): FuzzBody => ({ kind: "stray", ...stray })),
      weight: 1,
    },
  );
}

/** A valid object with one required field missing, extra fields, or one field of the wrong kind. */
function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<FuzzBody> {
  return fc
    .tuple(valid, fc.nat(), fc.dictionary(fc.string({ maxLength: 12 }), hostileValue("body"), { maxKeys: 3 }))
    .chain(([value, pick, extra]) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return fc.constant(value);
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      const key = keys[pick % Math.max(keys.length, 1)];
      return fc.constantFrom("drop", "extra", "replace", "nested").chain((how) => {
        if (how === "extra" || key === undefined) return fc.constant({ ...record, ...extra });
        if (how === "drop") return fc.constant(omit(record, key));
        const inner = record[key];
        if (how === "nested" && inner !== null && typeof inner === "object" && !Array.isArray(inner)) {
          const innerKeys = Object.keys(inner);
          const innerKey = innerKeys[pick % Math.max(innerKeys.length, 1)] ?? "unexpected";
          return hostileValue("body").map((wrong) => ({ ...record, [key]: { ...inner, [innerKey]: wrong } }));
        }
        return hostileValue("body").map((wrong) => ({ ...record, [key]: wrong }));
      });
    })
    .map((value) => ({ ...json(value), kind: "mutated" as const }));
}

function omit(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

/** JSON whose numbers no double can hold, written as literals: `{"amt": 1e400}`. */
function numberLiteralBody(propertyNames: string[]): fc.Arbitrary<FuzzBody> {
  const key = propertyNames.length > 0 ? fc.constantFrom(...propertyNames) : fc.constant("value");
  return fc
    .tuple(key, fc.constantFrom(...NUMBER_LITERALS.filter((literal) => /^-?\d/.test(literal))))
    .map(([name, literal]) => ({
      kind: "number-literal",
      contentType: JSON_TYPE,
      text: `{${JSON.stringify(name)}: ${literal}}`,
    }));
}

function malformedJson(valid: fc.Arbitrary<unknown>): fc.Arbitrary<FuzzBody> {
  const truncated = valid
    .map((value) => JSON.stringify(value) ?? "")
    .filter((text) => text.length > 1)
    .chain((text) => fc.nat({ max: text.length - 1 }).map((cut) => text.slice(0, cut)));
  return fc
    .oneof(fc.constantFrom(...MALFORMED_JSON), truncated)
    .filter((text) => !parses(text))
    .map((text) => ({ kind: "malformed-json", contentType: JSON_TYPE, text }));
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function wrongContentType(valid: fc.Arbitrary<unknown>): fc.Arbitrary<FuzzBody> {
  return fc
    .tuple(
      fc.constantFrom(...WRONG_CONTENT_TYPES),
      fc.oneof(
        valid.map((value) => JSON.stringify(value)),
        fc.string(),
      ),
    )
    .map(([contentType, text]) => ({ kind: "wrong-content-type", contentType, text }));
}

/** A valid-looking body carrying a string of a quarter to one megabyte. */
function hugeBody(valid: fc.Arbitrary<unknown>): fc.Arbitrary<FuzzBody> {
  return fc.tuple(valid, fc.integer({ min: 256 * 1024, max: 1024 * 1024 })).map(([value, size]) => {
    const padded =
      value !== null && typeof value === "object" ? { ...value, padding: "x".repeat(size) } : value;
    return { kind: "huge", contentType: JSON_TYPE, text: JSON.stringify(padded) };
  });
}
