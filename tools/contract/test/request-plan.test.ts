import { describe, expect, it } from "vitest";
import { readOperations } from "../src/operations.js";
import { buildValidRequest } from "../src/request-plan.js";
import { widgetApi } from "./fixtures/widget-api.js";

const operation = (name: string) => {
  const found = readOperations(widgetApi).find((candidate) => candidate.name === name);
  if (!found) throw new Error(`fixture has no ${name}`);
  return found;
};

describe("buildValidRequest", () => {
  it("takes parameter examples, then named examples, then the schema's enum, and leaves out the rest", () => {
    expect(buildValidRequest(widgetApi, operation("GET /widgets"))).toEqual({
      params: { path: {}, query: { limit: 10, color: "red", since: "2026-02-20" }, header: {} },
    });
  });

  it("sends the request body's first named example, following its $ref", () => {
    expect(buildValidRequest(widgetApi, operation("POST /widgets")).body).toEqual({
      mediaType: "application/json",
      value: { name: "red", size: 3 },
    });
  });

  it("names the operation and the parameter when a required one has nothing to send", () => {
    expect(() => buildValidRequest(widgetApi, operation("GET /widgets/{widget_id}"))).toThrow(
      'GET /widgets/{widget_id}: required path parameter "widget_id" has no example, default or enum',
    );
    expect(() => buildValidRequest(widgetApi, operation("GET /widgets/export"))).toThrow(
      'GET /widgets/export: required query parameter "format"',
    );
  });
});

describe("readOperations", () => {
  it("merges path-level parameters and resolves the effective security", () => {
    const byId = operation("GET /widgets/{widget_id}");
    expect(byId.parameters.map((parameter) => parameter.name)).toEqual(["widget_id"]);
    expect(byId.requiresAuth).toBe(false);
    expect(operation("GET /widgets").requiresAuth).toBe(true);
    expect(operation("POST /widgets").readOnly).toBe(false);
  });
});
