import {
  ApiError,
  type components,
  createGordoClient,
  exportTradesCsv,
  type GordoClient,
  runBacktest,
  throwOnError,
} from "@tradespec/gordo";
import { type Mock, startMock } from "@tradespec/mock";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";

const API_KEY = "grd_live_a3f2example";

let mock: Mock;
let gordo: GordoClient;
const sentKeys: Array<string | null> = [];

beforeAll(async () => {
  mock = await startMock({ api: "gordo", port: 0 });
  gordo = createGordoClient({
    apiKey: API_KEY,
    baseUrl: mock.baseUrl,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sentKeys.push(request.headers.get("x-api-key"));
      return fetch(request);
    },
  });
});

afterAll(async () => {
  await mock?.close();
});

describe("Gordo client against the Prism mock", () => {
  it("sends the API key as X-API-Key", async () => {
    const { data } = await gordo.GET("/account/me");
    expect(data?.tier).toBe("pro");
    expect(sentKeys.at(-1)).toBe(API_KEY);
  });

  it("reads account usage", async () => {
    const { data } = await gordo.GET("/account/usage");
    expect(data?.keys[0]?.key_prefix).toMatch(/^grd_/);
  });

  it("reads market data with typed query parameters", async () => {
    const { data } = await gordo.GET("/market/candles", {
      params: { query: { interval: "1h", limit: 100 } },
    });
    expectTypeOf(data).toEqualTypeOf<components["schemas"]["Candle"][] | undefined>();
    expect(data?.[0]).toHaveProperty("close");
    const regime = await gordo.GET("/market/regime");
    expect(regime.data?.score).toBeTypeOf("number");
  });

  it("reads positions and closes one", async () => {
    const positions = await gordo.GET("/positions", { params: { query: { mode: "live" } } });
    expect(Array.isArray(positions.data)).toBe(true);
    const { data } = await gordo.POST("/positions/{position_id}/close", {
      params: { path: { position_id: 42 } },
    });
    expect(data?.status).toBe("flatten_signal_emitted");
  });

  it("reads orders, fills and signals", async () => {
    const order = await gordo.GET("/orders/{order_id}", { params: { path: { order_id: 7 } } });
    expect(order.data).toHaveProperty("fills");
    const fills = await gordo.GET("/fills", { params: { query: { limit: 10, hours: 24 } } });
    expect(Array.isArray(fills.data)).toBe(true);
    const latest = await gordo.GET("/signals/latest");
    expect(latest.data?.[0]).toHaveProperty("strategy_name");
  });

  it("lists strategies and pauses one", async () => {
    const strategies = await gordo.GET("/strategies/", { params: { query: { active_only: true } } });
    expect(strategies.data?.[0]).toHaveProperty("display_name");
    const paused = await gordo.POST("/strategies/{package_id}/pause", {
      params: { path: { package_id: 5 } },
    });
    expect(paused.response.status).toBe(200);
  });

  it("reads analytics and exports trades as CSV text", async () => {
    const stats = await gordo.GET("/analytics/stats", { params: { query: { days: 90 } } });
    expect(stats.data?.period_days).toBeTypeOf("number");
    const csv = await exportTradesCsv(gordo, { days: 90 });
    expect(csv.split("\n")[0]).toContain("entry_price");
  });

  it("reads risk status and toggles the kill switch", async () => {
    const status = await gordo.GET("/risk/status");
    expect(status.data?.kill_switch_active).toBeTypeOf("boolean");
    const { data } = await gordo.POST("/risk/kill-switch");
    expect(data?.kill_switch_active).toBeTypeOf("boolean");
  });

  it("runs a backtest to its results", async () => {
    // Prism answers with the first example ("running") unless asked for the completed one.
    const completing = createGordoClient({
      apiKey: API_KEY,
      baseUrl: mock.baseUrl,
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (/\/research\/backtest\/[^/]+$/.test(new URL(request.url).pathname)) {
          request.headers.set("prefer", "example=BacktestJobCompleted");
        }
        return fetch(request);
      },
    });
    const progress: number[] = [];
    const results = await runBacktest(
      completing,
      { template_name: "mean_reversion", days: 180, parameters: { lookback_period: 20 } },
      { pollIntervalMs: 0, onProgress: (job) => progress.push(job.progress ?? 0) },
    );
    expect(progress).toEqual([100]);
    expect(results.sharpe_ratio).toBeTypeOf("number");
  });

  it("creates a webhook and gets its secret", async () => {
    const { data } = await gordo.POST("/webhooks/", {
      body: {
        name: "My Trading Alerts",
        url: "https://my-server.com/gordo-webhook",
        events: ["signal.created"],
      },
    });
    expect(data?.secret).toBeTypeOf("string");
  });

  it("answers 401 without an API key, as a typed error", async () => {
    const anonymous = createGordoClient({ baseUrl: mock.baseUrl });
    const { data, error, response } = await anonymous.GET("/market/price");
    expect(response.status).toBe(401);
    expect(data).toBeUndefined();
    expectTypeOf(error).toEqualTypeOf<components["schemas"]["Error"] | undefined>();
    expect(error?.detail).toBeTypeOf("string");
  });

  it("throws an ApiError with status 401 in throwOnError mode", async () => {
    const anonymous = createGordoClient({ baseUrl: mock.baseUrl, throwOnError });
    const failure = await anonymous.GET("/portfolio").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 401, operation: "GET /portfolio" });
  });
});
