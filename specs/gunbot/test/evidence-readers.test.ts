import { createSchemaValidator, escapePointer } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { gunbot } from "./bundle.js";

/**
 * Answers shaped exactly as the software that reads real bots reads them: the vendor's own application
 * (shared/evidence/gunbot-quant) and the document's example code. Each must be valid against the description's
 * response schema, or a client generated from it would reject what a real bot sends.
 */
const validator = createSchemaValidator(gunbot);

function answerSchema(operation: string, mediaType = "application/json"): string {
  const [method = "", path = ""] = operation.split(" ");
  return `#/paths/${escapePointer(path)}/${method.toLowerCase()}/responses/200/content/${escapePointer(mediaType)}/schema`;
}

const enabledPair = { strategy: "stepgrid", enabled: true, override: { PERIOD: 15 } };

describe("answers as the vendor's application reads them", () => {
  it.each([
    [
      // data_processor.py: config (exchange -> pair -> strategy/enabled/override) and memory keyed exchange/pair
      "POST /coremem",
      {
        config: { binance: { "USDT-ETH": enabledPair, "USDT-XRP": { strategy: "gain", enabled: false } } },
        memory: {
          "binance/USDT-ETH": {
            Bid: 3120.5,
            ABP: 3050.25,
            openOrders: [],
            quoteBalance: 812.4,
            baseBalance: 0.12,
            whatstrat: { PERIOD: 15 },
          },
        },
      },
    ],
    // routes.py: "Gunbot is online but appears to be starting up (no config loaded in memory)"
    ["POST /coremem", {}],
    ["POST /coremem", { config: {}, memory: {} }],
    ["POST /coremem/single", { config: { binance: { "USDT-ETH": enabledPair } }, memory: {} }],
    // client.py: "the actual Gunbot response uses 'status' and 'token'"
    ["POST /auth/login", { status: "success", token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.c2ln" }],
    // routes.py: config.exchanges (its keys are the exchange names) and config.strategies
    [
      "GET /config/full",
      {
        config: {
          exchanges: { binance: { key: "k", secret: "s" }, "binance#3": {} },
          strategies: { stepgrid: { BUY_METHOD: "stepgrid" } },
        },
      },
    ],
    // data_processor.py and routes.py: {data: [...]}, each order's time, pnl, and cost or pnlPercent
    [
      "GET /orders",
      {
        data: [
          {
            time: 1731617894238,
            pair: "USDT-BTC",
            type: "buy",
            rate: 87740.1,
            amount: 0.00078,
            id: 166132,
            cost: 69.17,
            pnl: 0,
          },
          {
            time: 1731596553416,
            pair: "USDT-BTC",
            type: "sell",
            rate: 88888.03,
            amount: 0.00055,
            id: "a-string-id",
            cost: 49.53,
            pnl: 0.176,
            pnlPercent: 0.36,
          },
        ],
      },
    ],
    // client.py: files_strategy_get's answer, the strategy file's text
    ["POST /files/strategy/get", "// strategy source\nmodule.exports = {};"],
  ])("%s", (operation, answer) => {
    expect(validator.validate(answerSchema(operation), answer)).toEqual([]);
  });

  it("a strategy file as text/plain, as the vendor's SDK reads it", () => {
    expect(validator.validate(answerSchema("POST /files/strategy/get", "text/plain"), "// source")).toEqual(
      [],
    );
  });

  it("the custom editor file as text/plain, as the vendor's SDK reads it", () => {
    expect(validator.validate(answerSchema("POST /files/custom-editor/get", "text/plain"), "{}")).toEqual([]);
  });
});

describe("answers as the document's example code reads them (only the fields it reads)", () => {
  it.each([
    // .then(data => console.log(data.token)) and print(response.json()['token'])
    ["POST /auth/login", { token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.c2ln" }],
    // .then(data => console.log(data.status)) and print(response.json()['status'])
    ["GET /auth/status", { status: "success" }],
  ])("%s", (operation, answer) => {
    expect(validator.validate(answerSchema(operation), answer)).toEqual([]);
  });
});

describe("answers the document shows for accounts without trades", () => {
  it.each([
    ["GET /pnl/total", {}],
    ["POST /pnl/overview", { today: { pnl: 0, perPair: {} }, total: {}, unit: "USDT" }],
    ["GET /pnl/daily/paginated", { totalSize: 0, data: [] }],
  ])("%s", (operation, answer) => {
    expect(validator.validate(answerSchema(operation), answer)).toEqual([]);
  });
});

describe("shapes the vendor's SDK gives where the document shows a placeholder", () => {
  it.each([
    ["GET /pnl/daily/paginated", { totalSize: 1, data: [["2024-11-22", 1, 39.11, 0]] }],
    ["POST /chart/data", { candles: { close: [2.3] }, indicators: { ema1: [null] }, anything: "goes" }],
    [
      "POST /files/acvar/get",
      { binance: { "USDT-XRP": { lastBuy: 1733307452789, pnd: false } }, flat: 0.18 },
    ],
    ["POST /system/start", { pairs: { binance: { "USDT-XRP": enabledPair } }, bot: {} }],
  ])("%s", (operation, answer) => {
    expect(validator.validate(answerSchema(operation), answer)).toEqual([]);
  });
});

describe("trade bodies", () => {
  const body = (operation: string) =>
    `#/paths/${escapePointer(operation)}/post/requestBody/content/application~1json/schema`;
  const order = { exch: "binance", pair: "USDT-BTC", amt: 0.001, price: 100000 };

  it("accept the fields wrapped in data (the document's examples) and flat (the vendor's SDK README and app)", () => {
    expect(validator.validate(body("/trade/buy"), { data: order })).toEqual([]);
    expect(validator.validate(body("/trade/buy"), order)).toEqual([]);
    expect(
      validator.validate(body("/trade/sell/market"), { exch: "binance", pair: "USDT-BTC", amt: 1 }),
    ).toEqual([]);
  });

  it("reject a misspelt field, a field beside data and a half-wrapped body", () => {
    const { amt: _amt, ...withoutAmt } = order;
    expect(validator.validate(body("/trade/buy"), { data: { ...withoutAmt, amount: 1 } })).not.toEqual([]);
    expect(validator.validate(body("/trade/buy"), { ...withoutAmt, amount: 1 })).not.toEqual([]);
    expect(validator.validate(body("/trade/buy"), { data: order, exch: "binance" })).not.toEqual([]);
    expect(validator.validate(body("/trade/buy"), { data: withoutAmt, amt: 1 })).not.toEqual([]);
  });
});
