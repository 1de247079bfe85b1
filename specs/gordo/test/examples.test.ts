import { collectExamples, createSchemaValidator, listOperations, resolveRef } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { gordo } from "./bundle.js";

const validator = createSchemaValidator(gordo);
const examples = collectExamples(gordo);

const exampleValue = (named: unknown): unknown => resolveRef(gordo, named).value;

/** The first named example of a media type: the one the mock serves. */
const firstExample = (method: string, path: string, status: string, mediaType = "application/json") => {
  const [first] = Object.values(gordo.paths[path][method].responses[status].content[mediaType].examples);
  return exampleValue(first);
};

describe("examples", () => {
  it("are all checked: every shared example is used by some response, request or webhook", () => {
    const checked = new Set(examples.map(({ where }) => where));
    const unchecked = Object.keys(gordo.components.examples).filter(
      (name) => !checked.has(`#/components/examples/${name}`),
    );
    expect(unchecked).toEqual([]);
  });

  it.each(examples.map((example) => [example.where, example] as const))(
    "%s is valid against its schema",
    (_, example) => {
      expect(validator.validate(example.schemaPointer, example.value)).toEqual([]);
    },
  );

  it("exist for every success response with a body", () => {
    for (const { method, path, operation } of listOperations(gordo)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!status.startsWith("2")) continue;
        for (const [mediaType, content] of Object.entries((response as { content: object }).content)) {
          const names = Object.keys((content as { examples?: object }).examples ?? {});
          expect(names.length, `${method.toUpperCase()} ${path} ${status} ${mediaType}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it("serve the document's own example first", () => {
    expect(firstExample("get", "/market/price", "200")).toEqual({
      coin: "BTC",
      price: 84521.3,
      change_24h_pct: 2.14,
      high_24h: 85200.0,
      low_24h: 82100.5,
      timestamp: "2026-02-27T08:00:00Z",
    });
    expect(firstExample("post", "/positions/{position_id}/close", "200")).toEqual({
      status: "flatten_signal_emitted",
      position_id: 42,
    });
    expect(firstExample("post", "/risk/kill-switch", "200")).toEqual({
      kill_switch_active: true,
      action: "activated",
    });
    expect(firstExample("get", "/analytics/trades", "200")).toEqual([
      expect.objectContaining({ strategy: "mean_reversion_v2", pnl: 32.53, status: "closed" }),
    ]);
  });

  it("give every list an Empty example after the document's own", () => {
    for (const { method, path, operation } of listOperations(gordo)) {
      const json = operation.responses["200"]?.content?.["application/json"];
      if (json?.schema?.type !== "array") continue;
      const names = Object.keys(json.examples);
      expect(names.indexOf("Empty"), `${method.toUpperCase()} ${path}`).toBeGreaterThan(0);
      expect(exampleValue(json.examples.Empty)).toEqual([]);
    }
    const csv = gordo.paths["/analytics/export"].get.responses["200"].content["text/csv"].examples;
    expect(Object.keys(csv)).toEqual(["TradesExportCsv", "Empty"]);
    expect(String(exampleValue(csv.Empty)).trim().split("\n")).toHaveLength(1);
  });

  it("catch a misspelt request field, as the mock does", () => {
    const errors = validator.validate("#/components/schemas/WebhookCreate", {
      nmae: "My Trading Alerts",
      url: "https://my-server.com/gordo-webhook",
      events: ["signal.created"],
    });
    expect(errors.map(({ keyword }) => keyword).sort()).toEqual(["additionalProperties", "required"]);
  });

  it("include a CSV export beside the JSON one", () => {
    const csv = firstExample("get", "/analytics/export", "200", "text/csv");
    expect(csv).toMatch(/^strategy,package_id,side,entry_price,/);
    expect(String(csv).trim().split("\n")).toHaveLength(2);
  });
});
