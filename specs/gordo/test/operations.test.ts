import { listOperations } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { gordo } from "./bundle.js";

/** Every operation of the Gordo Trader API document, with the method and scope it implies (see DECISIONS.md). */
const DOCUMENTED_OPERATIONS = [
  ["get", "/account/me", "read"],
  ["get", "/account/usage", "read"],
  ["get", "/market/price", "read"],
  ["get", "/market/candles", "read"],
  ["get", "/market/funding", "read"],
  ["get", "/market/open-interest", "read"],
  ["get", "/market/liquidations", "read"],
  ["get", "/market/regime", "read"],
  ["get", "/positions", "read"],
  ["get", "/positions/{position_id}", "read"],
  ["post", "/positions/{position_id}/close", "trade"],
  ["get", "/portfolio", "read"],
  ["get", "/portfolio/equity", "read"],
  ["get", "/orders", "read"],
  ["get", "/orders/{order_id}", "read"],
  ["get", "/fills", "read"],
  ["get", "/signals/", "read"],
  ["get", "/signals/latest", "read"],
  ["get", "/signals/{signal_id}", "read"],
  ["get", "/strategies/", "read"],
  ["get", "/strategies/{package_id}", "read"],
  ["post", "/strategies/{package_id}/pause", "trade"],
  ["post", "/strategies/{package_id}/resume", "trade"],
  ["patch", "/strategies/{package_id}/risk", "full"],
  ["get", "/strategies/templates", "read"],
  ["get", "/strategies/deployments", "read"],
  ["get", "/analytics/trades", "read"],
  ["get", "/analytics/stats", "read"],
  ["get", "/analytics/daily-pnl", "read"],
  ["get", "/analytics/notes", "read"],
  ["post", "/analytics/notes", "trade"],
  ["get", "/analytics/export", "read"],
  ["get", "/risk/status", "read"],
  ["get", "/risk/events", "read"],
  ["get", "/risk/limits", "read"],
  ["patch", "/risk/limits", "full"],
  ["post", "/risk/kill-switch", "trade"],
  ["post", "/research/backtest", "full"],
  ["get", "/research/backtest/{job_id}", "read"],
  ["get", "/research/backtest/{job_id}/results", "read"],
  ["post", "/research/optimize", "full"],
  ["get", "/research/experiments", "read"],
  ["get", "/research/experiments/{experiment_id}", "read"],
  ["get", "/webhooks/", "full"],
  ["post", "/webhooks/", "full"],
  ["patch", "/webhooks/{webhook_id}", "full"],
  ["delete", "/webhooks/{webhook_id}", "full"],
  ["get", "/webhooks/{webhook_id}/deliveries", "full"],
] as const;

const operations = listOperations(gordo);
const label = ({ method, path }: { method: string; path: string }) => `${method.toUpperCase()} ${path}`;

describe("operations", () => {
  it("are exactly the documented ones, with the documented methods and paths", () => {
    const documented = DOCUMENTED_OPERATIONS.map(([method, path]) => label({ method, path })).sort();
    expect(operations.map(label).sort()).toEqual(documented);
  });

  it("are served under https://api.gordotrader.com/v1", () => {
    expect(gordo.servers).toEqual([expect.objectContaining({ url: "https://api.gordotrader.com/v1" })]);
  });

  it.each(DOCUMENTED_OPERATIONS)(
    "%s %s requires the %s scope, in x-required-scope and in words",
    (method, path, scope) => {
      const operation = gordo.paths[path][method];
      expect(operation["x-required-scope"]).toBe(scope);
      expect(operation.description).toContain(`Requires \`${scope}\` scope.`);
    },
  );

  it("all need the X-API-Key header: global security that no operation overrides", () => {
    expect(gordo.components.securitySchemes.ApiKey).toEqual(
      expect.objectContaining({ type: "apiKey", in: "header", name: "X-API-Key" }),
    );
    expect(gordo.security).toEqual([{ ApiKey: [] }]);
    expect(operations.filter(({ operation }) => "security" in operation).map(label)).toEqual([]);
  });

  it("are read-only exactly when they are GETs", () => {
    for (const entry of operations) {
      expect(entry.operation["x-read-only"], label(entry)).toBe(entry.method === "get");
    }
  });

  it("answer 201 where they create something", () => {
    const creating = operations.filter(({ operation }) => "201" in operation.responses).map(label);
    expect(creating.sort()).toEqual([
      "POST /analytics/notes",
      "POST /research/backtest",
      "POST /research/optimize",
      "POST /webhooks/",
    ]);
  });

  it("submit research jobs with 200 or 201 and the same body: the document does not say which", () => {
    for (const path of ["/research/backtest", "/research/optimize"]) {
      const { responses } = gordo.paths[path].post;
      expect(responses["200"].content).toEqual(responses["201"].content);
    }
  });
});

const sharedError = (code: string, name: string) =>
  [code, { $ref: `#/components/responses/${name}` }] as const;

describe("error responses", () => {
  it.each(operations.map((entry) => [label(entry), entry] as const))(
    "%s declares the shared errors it can answer",
    (_, entry) => {
      const { operation } = entry;
      const expected = [
        sharedError("401", "Unauthorized"),
        sharedError("429", "TooManyRequests"),
        sharedError("500", "InternalServerError"),
      ];
      if (operation.parameters?.length || operation.requestBody)
        expected.push(sharedError("400", "BadRequest"));
      if (operation["x-required-scope"] !== "read") expected.push(sharedError("403", "Forbidden"));
      if (entry.path.includes("{")) expected.push(sharedError("404", "NotFound"));
      expect(operation.responses).toEqual(expect.objectContaining(Object.fromEntries(expected)));
    },
  );

  it("share one Error schema with a required detail", () => {
    expect(gordo.components.schemas.Error).toEqual(
      expect.objectContaining({
        required: ["detail"],
        properties: { detail: expect.objectContaining({ type: "string" }) },
      }),
    );
  });

  it("answer 429 with the document's wording and a Retry-After header", () => {
    const tooMany = gordo.components.responses.TooManyRequests;
    expect(tooMany.headers["Retry-After"]).toEqual({ $ref: "#/components/headers/RetryAfter" });
    const [first] = Object.values(tooMany.content["application/json"].examples) as { $ref: string }[];
    const name = first?.$ref.split("/").pop() ?? "";
    expect(gordo.components.examples[name].value).toEqual({
      detail: "API key rate limit exceeded: 30 requests/minute for free tier",
    });
  });
});

describe("info", () => {
  it("lists the rate-limit tiers of the document", () => {
    expect(gordo.info["x-rate-limit-tiers"]).toEqual([
      { tier: "free", requests_per_minute: 30, requests_per_day: 1000 },
      { tier: "basic", requests_per_minute: 60, requests_per_day: 10000 },
      { tier: "pro", requests_per_minute: 120, requests_per_day: 50000 },
      { tier: "enterprise", requests_per_minute: 300, requests_per_day: 200000 },
    ]);
  });
});
