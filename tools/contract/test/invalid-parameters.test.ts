import { describe, expect, it } from "vitest";
import { invalidParameterCases } from "../src/invalid-parameters.js";
import { readOperations } from "../src/operations.js";
import { widgetApi } from "./fixtures/widget-api.js";

const casesOf = (name: string) => {
  const operation = readOperations(widgetApi).find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`fixture has no ${name}`);
  return invalidParameterCases(operation);
};

describe("invalidParameterCases", () => {
  it("breaks each bound and enum once, and the type of bounded numbers", () => {
    expect(casesOf("GET /widgets")).toEqual([
      { label: "limit=501 (above maximum 500)", in: "query", name: "limit", value: 501 },
      { label: "limit=0 (below minimum 1)", in: "query", name: "limit", value: 0 },
      { label: "limit=not-a-number (not an integer)", in: "query", name: "limit", value: "not-a-number" },
      { label: "color=invalid (not one of red, blue)", in: "query", name: "color", value: "invalid" },
    ]);
  });

  it("covers path parameters and leaves operations without bounds alone", () => {
    expect(casesOf("GET /widgets/{widget_id}").map((invalid) => invalid.label)).toEqual([
      "widget_id=0 (below minimum 1)",
      "widget_id=not-a-number (not an integer)",
    ]);
    expect(casesOf("POST /widgets")).toEqual([]);
  });
});
