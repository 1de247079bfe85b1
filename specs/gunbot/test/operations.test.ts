import { listOperations } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { gunbot } from "./bundle.js";

/** Every operation of the Gunbot document ("Gunbot API - All Endpoints"), in its order, with its own methods. */
const DOCUMENTED_OPERATIONS = [
  "POST /auth/login",
  "GET /auth/status",
  "POST /balances",
  "POST /assets/total",
  "GET /pairs",
  "GET /pairs/detailed",
  "GET /config/full",
  "POST /config/update",
  "POST /config/pair/add",
  "POST /config/pair/remove",
  "POST /config/strategy/add",
  "POST /config/strategy/remove",
  "GET /files/acvar",
  "POST /files/acvar/get",
  "POST /files/autoconfig/write",
  "POST /files/backup",
  "POST /files/backup/get",
  "POST /files/custom-editor/get",
  "POST /files/custom-editor/write",
  "GET /files/state",
  "POST /files/state/get",
  "GET /files/strategy",
  "POST /files/strategy/get",
  "POST /files/strategy/write",
  "POST /files/strategy/delete",
  "GET /market/candles",
  "GET /market/orderbook",
  "POST /coremem/raw",
  "POST /coremem",
  "POST /coremem/single",
  "POST /chart/data",
  "GET /chart/marks",
  "POST /pnl/overview",
  "GET /pnl/daily",
  "GET /pnl/daily/paginated",
  "GET /pnl/sum",
  "GET /pnl/total",
  "POST /system/start",
  "POST /system/stop",
  "GET /time",
  "POST /license/keys/edit",
  "POST /trade/buy",
  "POST /trade/buy/market",
  "POST /trade/sell",
  "POST /trade/sell/market",
  "POST /trade/cancel",
  "GET /orders",
  "GET /orders/day",
  "GET /orders/page",
  "GET /orders/page/multi",
  "POST /trade/buy/stoplimit",
  "POST /trade/sell/stoplimit",
  "POST /trade/buy/trailingstop",
  "POST /trade/sell/trailingstop",
  "POST /trade/buy/oco",
  "POST /trade/sell/oco",
  "POST /trade/close",
  "POST /trade/close/market",
];

/** POSTs that only read: clients may retry them and contract tests may run them against a real instance. */
const READ_ONLY_POSTS = [
  "POST /auth/login",
  "POST /balances",
  "POST /assets/total",
  "POST /files/acvar/get",
  "POST /files/backup",
  "POST /files/backup/get",
  "POST /files/custom-editor/get",
  "POST /files/state/get",
  "POST /files/strategy/get",
  "POST /coremem/raw",
  "POST /coremem",
  "POST /coremem/single",
  "POST /chart/data",
  "POST /pnl/overview",
];

const operations = listOperations(gunbot);
const label = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

describe("operations", () => {
  it("are exactly the documented ones, with the documented methods", () => {
    const described = operations.map(({ method, path }) => label(method, path));
    expect([...described].sort()).toEqual([...DOCUMENTED_OPERATIONS].sort());
  });

  it("are read-only exactly when they change nothing in the bot", () => {
    const readOnly = operations
      .filter(({ operation }) => operation["x-read-only"] === true)
      .map(({ method, path }) => label(method, path));
    const expected = DOCUMENTED_OPERATIONS.filter(
      (entry) => entry.startsWith("GET ") || READ_ONLY_POSTS.includes(entry),
    );
    expect([...readOnly].sort()).toEqual([...expected].sort());
  });

  it("each belong to a tag declared at the root", () => {
    const declared = new Set(gunbot.tags.map((tag: { name: string }) => tag.name));
    for (const { method, path, operation } of operations) {
      expect(operation.tags, label(method, path)).toHaveLength(1);
      expect(declared.has(operation.tags[0]), label(method, path)).toBe(true);
    }
  });
});
