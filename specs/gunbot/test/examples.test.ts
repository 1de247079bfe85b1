import { collectExamples, createSchemaValidator, listOperations } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { gunbot } from "./bundle.js";

/** Operations that answer a list inside an object: a status envelope, a page or parallel arrays. */
const ENVELOPED_LISTS = [
  "GET /pairs",
  "GET /pairs/detailed",
  "GET /files/acvar",
  "POST /files/backup",
  "GET /files/state",
  "GET /files/strategy",
  "GET /orders",
  "GET /orders/day",
  "GET /orders/page",
  "GET /orders/page/multi",
  "GET /pnl/daily",
  "GET /pnl/daily/paginated",
  "GET /pnl/sum",
];

const validator = createSchemaValidator(gunbot);
const examples = collectExamples(gunbot);

describe("examples", () => {
  it.each(examples.map((example) => [example.where, example] as const))("%s is valid", (_where, example) => {
    expect(validator.validate(example.schemaPointer, example.value)).toEqual([]);
  });

  it("exist for every JSON response and request body", () => {
    for (const { method, path, operation } of listOperations(gunbot)) {
      const bodies = [
        operation.requestBody?.content?.["application/json"],
        ...Object.values(operation.responses ?? {}).map(
          (response) => (response as { content?: Record<string, unknown> }).content?.["application/json"],
        ),
      ];
      for (const body of bodies.filter(Boolean)) {
        expect(Object.keys(body.examples ?? {}).length, `${method.toUpperCase()} ${path}`).toBeGreaterThan(0);
      }
    }
  });

  it("include an Empty one for every list", () => {
    for (const { method, path, operation } of listOperations(gunbot)) {
      const json = operation.responses["200"]?.content?.["application/json"];
      const where = `${method.toUpperCase()} ${path}`;
      if (json?.schema?.type !== "array" && !ENVELOPED_LISTS.includes(where)) continue;
      expect(Object.keys(json.examples), where).toContain("Empty");
      if (json.schema.type === "array") expect(json.examples.Empty.value, where).toEqual([]);
    }
  });
});
