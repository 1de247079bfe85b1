import { createSchemaValidator, escapePointer, resolveRef } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { gordo } from "./bundle.js";

const validator = createSchemaValidator(gordo);

/** The pointer to the JSON schema of an operation's answer. */
const answerSchema = (method: string, path: string, status = "200") =>
  `#/paths/${escapePointer(path)}/${method}/responses/${status}/content/application~1json/schema`;

const validate = (operation: string, value: unknown, status?: string) => {
  const [method = "", path = ""] = operation.split(" ");
  return validator.validate(answerSchema(method, path, status), value);
};

/** The object schema of an answer, or of its items when the answer is a list. */
const objectSchemaOf = (operation: string, status = "200") => {
  const [method = "", path = ""] = operation.split(" ");
  const schema = resolveRef(
    gordo,
    gordo.paths[path][method].responses[status].content["application/json"].schema,
  );
  return resolveRef(gordo, schema.type === "array" ? schema.items : schema);
};

/**
 * Answers shaped exactly as the Gordo document's own example code reads them: only the fields it reads, with the
 * values its formatting needs. Where the Python and JavaScript versions read different fields, the answer carries
 * the union (the Python code reads every field the JavaScript reads).
 */
const READ_BY_THE_DOCUMENT = [
  {
    operation: "get /positions",
    code: `pos.get("unrealized_pnl", 0); pos['strategy_name'] pos['side'] pos['size'] pos['entry_price']`,
    answer: [
      { strategy_name: "mean_reversion_v2", side: "long", size: 0.05, entry_price: 83500 },
      { strategy_name: "breakout_v1", side: "short", size: 0.1, entry_price: 84600, unrealized_pnl: -12.5 },
    ],
    reads: ["strategy_name", "side", "size", "entry_price", "unrealized_pnl"],
  },
  {
    operation: "get /signals/latest",
    code: `sig['strategy_name'] sig['action'] sig['price'] sig['confidence']`,
    answer: [{ strategy_name: "mean_reversion_v2", action: "long_entry", price: 84500, confidence: 0.82 }],
    reads: ["strategy_name", "action", "price", "confidence"],
  },
  {
    operation: "get /strategies/",
    code: `s['display_name'] s['state'] s['trading_mode']`,
    answer: [{ display_name: "Mean Reversion v2", state: "active", trading_mode: "live" }],
    reads: ["display_name", "state", "trading_mode"],
  },
  {
    operation: "get /market/funding",
    code: `r['timestamp'] r['funding_rate']:.6f`,
    answer: [{ timestamp: "2026-02-27T08:00:00Z", funding_rate: 0.0001 }],
    reads: ["timestamp", "funding_rate"],
  },
  {
    operation: "post /research/backtest",
    status: "201",
    code: `resp.json()["job_id"]`,
    answer: { job_id: "bt_8f3a2c91d0e4" },
    reads: ["job_id"],
  },
  {
    operation: "post /research/backtest",
    status: "200",
    code: `resp.json()["job_id"]`,
    answer: { job_id: "9f8e7d6c" },
    reads: ["job_id"],
  },
  {
    operation: "get /research/backtest/{job_id}",
    code: `status['status'] status.get('progress', 0)`,
    answer: { status: "queued" },
    reads: ["status", "progress"],
  },
  {
    operation: "get /research/backtest/{job_id}",
    code: `status['status'] in ("completed", "failed")`,
    answer: { status: "failed" },
    reads: ["status"],
  },
  {
    operation: "get /research/backtest/{job_id}/results",
    code: `results['sharpe_ratio'] results['total_pnl_pct']`,
    answer: { sharpe_ratio: 1.48, total_pnl_pct: 12.6 },
    reads: ["sharpe_ratio", "total_pnl_pct"],
  },
  {
    operation: "get /research/backtest/{job_id}/results",
    code: "the results fetched after `failed`",
    answer: { sharpe_ratio: null, total_pnl_pct: null },
    reads: ["sharpe_ratio", "total_pnl_pct"],
  },
  {
    operation: "post /webhooks/",
    status: "201",
    code: `webhook['id'] webhook['secret']`,
    answer: { id: 7, secret: "whsec_3f9a" },
    reads: ["id", "secret"],
  },
  {
    operation: "post /webhooks/",
    status: "201",
    code: "an id that is not a number",
    answer: { id: "wh_7", secret: "whsec_3f9a" },
    reads: ["id", "secret"],
  },
] as const;

describe("answers shaped as the document's own code reads them", () => {
  it.each(READ_BY_THE_DOCUMENT.map((entry) => [`${entry.operation} (${entry.code})`, entry] as const))(
    "%s are valid",
    (_, { operation, answer, ...entry }) => {
      expect(validate(operation, answer, "status" in entry ? entry.status : undefined)).toEqual([]);
    },
  );

  it.each(READ_BY_THE_DOCUMENT.map((entry) => [entry.operation, entry] as const))(
    "%s: every field the code reads is documented",
    (_, { operation, reads, ...entry }) => {
      const schema = objectSchemaOf(operation, "status" in entry ? entry.status : undefined);
      for (const field of reads) {
        const grade = schema.properties[field]?.["x-evidence"] ?? schema["x-evidence"];
        expect(grade, `${operation} ${field}`).toBe("documented");
      }
    },
  );

  it("a position whose unrealized_pnl is null is invalid: the document formats it as a number", () => {
    const position = { strategy_name: "breakout_v1", side: "short", size: 0.1, entry_price: 84600 };
    expect(validate("get /positions", [{ ...position, unrealized_pnl: null }])).not.toEqual([]);
  });

  it.each([
    ["get /positions", [{ strategy_name: "mean_reversion_v2", size: 0.05, entry_price: 83500 }]],
    ["get /signals/latest", [{ strategy_name: "mean_reversion_v2", action: "long_entry", price: 84500 }]],
    ["get /research/backtest/{job_id}", { progress: 45 }],
    ["get /research/backtest/{job_id}/results", { sharpe_ratio: 1.48 }],
  ])("%s without a field the code reads with [] is invalid", (operation, answer) => {
    expect(validate(operation, answer)).not.toEqual([]);
  });

  it("a job status or strategy state the description does not know is valid (designed values stay open)", () => {
    expect(validate("get /research/backtest/{job_id}", { status: "cancelled" })).toEqual([]);
    const strategy = { display_name: "Mean Reversion v2", state: "retired", trading_mode: "paper" };
    expect(validate("get /strategies/", [strategy])).toEqual([]);
  });
});

describe("the document's own request bodies", () => {
  const body = (method: string, path: string) =>
    `#/paths/${escapePointer(path)}/${method}/requestBody/content/application~1json/schema`;

  it.each([
    [
      "the webhook body of the request example",
      "/webhooks/",
      {
        name: "My Discord Bot",
        url: "https://my-server.com/gordo-webhook",
        events: ["signal.created", "order.filled", "risk.event"],
      },
    ],
    [
      "the webhook body of the example code",
      "/webhooks/",
      {
        name: "My Trading Alerts",
        url: "https://my-server.com/gordo-webhook",
        events: ["signal.created", "order.filled"],
      },
    ],
    [
      "the backtest body of the example code",
      "/research/backtest",
      { template_name: "mean_reversion", days: 180, parameters: { lookback_period: 20 } },
    ],
    [
      "a note that links a trade with a field the document does not name",
      "/analytics/notes",
      { content: "Took profit early due to funding rate spike", package_id: 5, trade_id: 981 },
    ],
  ])("accept %s", (_, path, value) => {
    expect(validator.validate(body("post", path), value)).toEqual([]);
  });

  it("accept risk assumptions beyond the four shown (max position size, leverage, etc.)", () => {
    const update = { risk_assumptions: { max_position_usd: 5000, max_leverage: 3, trailing_stop_pct: 1.5 } };
    expect(validator.validate(body("patch", "/strategies/{package_id}/risk"), update)).toEqual([]);
  });
});

describe("boolean query parameters", () => {
  type QueryParameter = { name: string; description: string; schema: Record<string, unknown> };
  const booleans = (gordo.paths["/strategies/"].get.parameters as QueryParameter[]).filter(
    (parameter) => parameter.schema.type === "boolean",
  );

  it("are the two the document lists", () => {
    expect(booleans.map((parameter) => parameter.name)).toEqual(["active_only", "include_archived"]);
  });

  it.each(booleans.map((parameter) => [parameter.name, parameter] as const))(
    "%s stays a boolean and names FastAPI's spellings for a reader and a generator",
    (_, parameter) => {
      expect(parameter.schema["x-query-spellings"]).toEqual({
        ignoreCase: true,
        true: ["true", "1", "yes", "on", "t", "y"],
        false: ["false", "0", "no", "off", "f", "n"],
      });
      for (const spelling of [
        "`true`/`false`",
        "`True`/`False`",
        "`1`/`0`",
        "`yes`/`no`",
        "`on`/`off`",
        "any case",
      ]) {
        expect(parameter.description).toContain(spelling);
      }
    },
  );
});
