import {
  ApiError,
  createGunbotClient,
  encryptPassword,
  type GunbotClient,
  login,
  paginateDailyPnl,
  paginateOrders,
  throwOnError,
} from "@tradespec/gunbot";
import { type Mock, startMock } from "@tradespec/mock";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";

const WALLET = "value for config.bot.gunthy_wallet";
const KEY = "binance/USDT-XRP";

let mock: Mock;
let gunbot: GunbotClient;

beforeAll(async () => {
  mock = await startMock({ api: "gunbot", port: 0 });
  gunbot = createGunbotClient({ baseUrl: mock.baseUrl });
  await login(gunbot, { password: "your_password", gunthyWallet: WALLET });
});

afterAll(async () => {
  await mock?.close();
});

describe("Gunbot client against the Prism mock", () => {
  it("logs in with an encrypted password and sends the JWT afterwards", async () => {
    const token = await login(gunbot, { encryptedPassword: await encryptPassword("your_password", WALLET) });
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const { data } = await gunbot.GET("/auth/status");
    expect(data?.message).toBe("Authenticated");
  });

  it("reads balances, assets and trading pairs", async () => {
    const balances = await gunbot.POST("/balances");
    expect(Array.isArray(balances.data)).toBe(true);
    const { data } = await gunbot.GET("/pairs", { params: { query: { exchange: "binance" } } });
    expect(data?.status).toBe("success");
    expectTypeOf(data?.pairList).not.toBeAny();
  });

  it("reads configuration and files", async () => {
    const { data } = await gunbot.GET("/config/full");
    expect(data?.status).toBe("success");
    const files = await gunbot.GET("/files/strategy");
    expect(files.data?.result).toBeDefined();
  });

  it("reads market and chart data", async () => {
    const { data } = await gunbot.GET("/market/candles", { params: { query: { key: KEY } } });
    expect(data?.data).toBeDefined();
  });

  it("reads profit and loss", async () => {
    const { data, response } = await gunbot.GET("/pnl/total", { params: { query: { key: KEY } } });
    expect(response.status).toBe(200);
    expect(data).toBeDefined();
  });

  it("reads the system time", async () => {
    const { data } = await gunbot.GET("/time");
    expectTypeOf(data).toEqualTypeOf<{ serverTime: number } | undefined>();
    expect(typeof data?.serverTime).toBe("number");
  });

  it("places a limit buy order and reads the order history", async () => {
    const { data } = await gunbot.POST("/trade/buy", {
      body: { data: { exch: "binance", pair: "USDT-BTC", amt: 1, price: 50000 } },
    });
    expect(data).toEqual({ status: "success", message: "Order sent" });
    const orders = await gunbot.GET("/orders", { params: { query: { key: KEY } } });
    expect(Array.isArray(orders.data?.data)).toBe(true);
  });

  it("places Binance and Bybit specific orders", async () => {
    const stopLimit = await gunbot.POST("/trade/buy/stoplimit", {
      body: { data: { exch: "binance", pair: "USDT-BTC", amt: 1, stopPrice: 49000, limitPrice: 49500 } },
    });
    expect(stopLimit.data?.status).toBe("success");
    const close = await gunbot.POST("/trade/close/market", {
      body: { data: { exch: "bybit", pair: "USDT-BTC", amt: 1 } },
    });
    expect(close.response.status).toBe(200);
  });

  it("walks the paginated endpoints with async iterators", async () => {
    const orders = [];
    for await (const order of paginateOrders(gunbot, { key: KEY }, { pageSize: 10 })) orders.push(order);
    const days = [];
    for await (const day of paginateDailyPnl(gunbot, { key: KEY, endTime: Date.now() })) days.push(day);
    // The examples describe an empty history; the walk ends after the first page.
    expect({ orders, days }).toEqual({ orders: [], days: [] });
  });

  it("answers 401 without a token, as a typed error", async () => {
    const anonymous = createGunbotClient({ baseUrl: mock.baseUrl });
    const { data, error, response } = await anonymous.GET("/auth/status");
    expect(response.status).toBe(401);
    expect(data).toBeUndefined();
    expect(error?.status).toBe("error");
    expect(typeof error?.message).toBe("string");
  });

  it("throws an ApiError with status 401 in throwOnError mode", async () => {
    const anonymous = createGunbotClient({ baseUrl: mock.baseUrl, throwOnError });
    const failure = await anonymous.GET("/time").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 401, operation: "GET /time" });
  });
});
