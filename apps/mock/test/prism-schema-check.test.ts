// The answer schema check against prism-http's own `validateAgainstSchema`, on what the descriptions' schemas do not
// show: each JSON Schema dialect Prism tells apart, formats, and schemas that cannot be compiled.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { schemaViolations } from "../src/prism-schema-check.js";

const require = createRequire(import.meta.url);
const { validateAgainstSchema } = require("@stoplight/prism-http/dist/validator/validators/utils") as {
  validateAgainstSchema(
    value: unknown,
    schema: object,
    coerce: boolean,
    context: number,
    prefix: string,
    bundle: unknown,
  ): { _tag: "None" } | { _tag: "Some"; value: unknown };
};

const OUTPUT_CONTEXT = 1;
const prismViolations = (value: unknown, schema: object) => {
  const found = validateAgainstSchema(value, schema, false, OUTPUT_CONTEXT, "body", undefined);
  return found._tag === "Some" ? found.value : undefined;
};

const cases: [string, object, unknown[]][] = [
  [
    "the default dialect, with formats and a wrong type",
    {
      type: "object",
      required: ["at", "count"],
      properties: {
        at: { type: "string", format: "date-time" },
        count: { type: "integer", minimum: 0 },
        site: { type: "string", format: "uri" },
        code: { type: "string", format: "not-a-known-format" },
      },
      additionalProperties: false,
    },
    [
      { at: "2026-02-27T08:00:00Z", count: 1 },
      { at: "2026-02-27 08:00:00Z", count: 1 },
      { at: "yesterday", count: -1, site: "no uri", code: "x", extra: true },
      { count: "1" },
      [],
      null,
    ],
  ],
  [
    "draft 2019-09",
    {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      type: "object",
      properties: { a: { type: "string" } },
      dependentRequired: { a: ["b"] },
      unevaluatedProperties: false,
    },
    [{ a: "x", b: 1 }, { a: "x" }, { c: 1 }],
  ],
  [
    "draft 2020-12",
    {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "array",
      prefixItems: [{ type: "number" }],
      items: { type: "string" },
    },
    [[1, "a"], ["a", 1], {}],
  ],
  ["a schema that cannot be compiled", { $ref: "#/nowhere" }, [{}, 1]],
];

describe("an answer's body checked against its schema", () => {
  it.each(cases)("is judged as prism-http judges it: %s", (_, schema, values) => {
    for (const value of values) {
      expect(
        schemaViolations(value, schema, OUTPUT_CONTEXT, "body", undefined),
        JSON.stringify(value),
      ).toEqual(prismViolations(value, schema));
    }
  });

  it("finds something wrong in the cases above, so that the comparison means something", () => {
    const wrong = cases.flatMap(([, schema, values]) =>
      values.filter((value) => schemaViolations(value, schema, OUTPUT_CONTEXT, "body", undefined)),
    );
    expect(wrong.length).toBeGreaterThan(6);
  });
});
