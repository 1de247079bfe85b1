import { collectExamples, createSchemaValidator, listOperations } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { gunbot } from "./bundle.js";

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
});
