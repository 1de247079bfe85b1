import { createSchemaValidator } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { readOperations } from "../src/operations.js";
import { checkResponse, type ExpectedStatus, type ReceivedResponse } from "../src/response-check.js";
import { widgetApi } from "./fixtures/widget-api.js";

const validator = createSchemaValidator(widgetApi);
const operations = readOperations(widgetApi);

function check(name: string, expected: ExpectedStatus, received: ReceivedResponse) {
  const operation = operations.find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`fixture has no ${name}`);
  return () => checkResponse(widgetApi, validator, operation, expected, received);
}

const json = (status: number, value: unknown): ReceivedResponse => ({
  status,
  contentType: "application/json; charset=utf-8",
  body: JSON.stringify(value),
});

describe("checkResponse", () => {
  it("accepts a declared status whose body matches the schema", () => {
    expect(check("GET /widgets", "success", json(200, [{ name: "a", size: 1 }]))).not.toThrow();
    expect(check("GET /widgets", 401, json(401, { detail: "Invalid API key" }))).not.toThrow();
    expect(check("POST /widgets", "success", { status: 201, contentType: null, body: "" })).not.toThrow();
  });

  it("names the field that breaks the schema", () => {
    expect(check("GET /widgets", "success", json(200, [{ name: "a", size: "big" }]))).toThrow(
      "/0/size must be integer",
    );
    expect(check("GET /widgets", "success", json(200, [{ name: "a", colour: "red" }]))).toThrow(
      "must NOT have additional properties (colour)",
    );
  });

  it("rejects a status other than the expected one, quoting the body", () => {
    expect(check("GET /widgets", "success", json(500, { detail: "boom" }))).toThrow(
      'GET /widgets -> 500: expected a success (2xx) status (declared: 200), body {"detail":"boom"}',
    );
    expect(check("GET /widgets", 400, json(200, []))).toThrow("expected status 400 (declared: 400)");
  });

  it("fails when the description declares no response for the expected status", () => {
    expect(check("POST /widgets", 401, json(401, { detail: "no" }))).toThrow(
      "the description declares no response for status 401",
    );
  });

  it("checks the Content-Type and reads text/csv as text", () => {
    const csv = { status: 200, contentType: "text/csv", body: "name,size\nred,3\n" };
    expect(check("GET /widgets/{widget_id}", "success", csv)).not.toThrow();
    expect(check("GET /widgets", "success", { ...csv, contentType: "text/html" })).toThrow(
      "Content-Type text/html is not declared (declared: application/json)",
    );
    expect(check("GET /widgets", "success", { ...json(200, []), body: "<html>" })).toThrow(
      "application/json body is not valid JSON: <html>",
    );
  });

  it("rejects a body where the description declares none", () => {
    expect(check("POST /widgets", "success", json(201, { name: "red" }))).toThrow("declares no body");
  });
});
