import { describe, expect, it } from "vitest";
import { operationMatcher } from "../src/index.js";

describe("operationMatcher", () => {
  const isReadOnly = operationMatcher("https://api.gordotrader.com/v1", [
    "GET /positions/{position_id}",
    "post /backtests/{backtest_id}/status",
  ]);
  const request = (method: string, url: string) => new Request(url, { method });

  it("matches method and path below the base URL, a {name} standing for one segment", () => {
    expect(isReadOnly(request("GET", "https://api.gordotrader.com/v1/positions/p%201?fields=all"))).toBe(
      true,
    );
    expect(isReadOnly(request("POST", "https://api.gordotrader.com/v1/backtests/b7/status"))).toBe(true);
  });

  it("does not match another method, a longer path or a path outside the base URL", () => {
    expect(isReadOnly(request("DELETE", "https://api.gordotrader.com/v1/positions/p1"))).toBe(false);
    expect(isReadOnly(request("GET", "https://api.gordotrader.com/v1/positions/p1/close"))).toBe(false);
    expect(isReadOnly(request("GET", "https://api.gordotrader.com/v2/positions/p1"))).toBe(false);
    expect(isReadOnly(request("GET", "https://api.gordotrader.com/v1/positions/"))).toBe(false);
  });

  it("takes several paths of one method in one string, as the clients' generated lists give them", () => {
    const matches = operationMatcher("https://api.test/v1", ["GET /signals/ /signals/{signal_id} /fills"]);
    expect(matches(request("GET", "https://api.test/v1/signals"))).toBe(true);
    expect(matches(request("GET", "https://api.test/v1/signals/s1"))).toBe(true);
    expect(matches(request("GET", "https://api.test/v1/fills/"))).toBe(true);
    expect(matches(request("GET", "https://api.test/v1/fills/f1"))).toBe(false);
    expect(matches(request("POST", "https://api.test/v1/fills"))).toBe(false);
  });

  it("reads a template's characters literally", () => {
    const matches = operationMatcher("https://api.test/v1.0", ["GET /price.json"]);
    expect(matches(request("GET", "https://api.test/v1.0/price.json"))).toBe(true);
    expect(matches(request("GET", "https://api.test/v1x0/price.json"))).toBe(false);
    expect(matches(request("GET", "https://api.test/v1.0/priceXjson"))).toBe(false);
  });

  it("works with a base URL that is only a path", () => {
    const matches = operationMatcher("/api/v1/", ["GET /balances"]);
    expect(matches(request("GET", "http://localhost:3000/api/v1/balances"))).toBe(true);
  });

  it("names an operation written in another form", () => {
    expect(() => operationMatcher("https://api.test", ["GET/positions"])).toThrow(
      'operationMatcher: "GET/positions" is not "METHOD /path", e.g. "GET /balances"',
    );
  });
});
