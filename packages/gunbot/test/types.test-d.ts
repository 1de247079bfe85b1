import { describe, expectTypeOf, test } from "vitest";
import { type components, createGunbotClient, type paths } from "../src/index.js";

const client = createGunbotClient({
  baseUrl: "http://gunbot.local/api/v1",
  token: "header.payload.signature",
});
type Schemas = components["schemas"];

describe("results are typed as the description says", () => {
  test("POST /trade/buy gives the order-sent answer or Gunbot's error", async () => {
    const { data, error } = await client.POST("/trade/buy", {
      body: { data: { exch: "binance", pair: "USDT-BTC", amt: 1, price: 50000 } },
    });
    expectTypeOf(data).toEqualTypeOf<Schemas["TradeOrderSent"] | undefined>();
    expectTypeOf(data).toEqualTypeOf<{ status: "success"; message: string } | undefined>();
    expectTypeOf(error).toEqualTypeOf<Schemas["Error"] | undefined>();
  });

  test("GET /orders/page gives an order page", async () => {
    const { data } = await client.GET("/orders/page", {
      params: { query: { key: "binance/USDT-XRP", page: 0, pageSize: 10 } },
    });
    expectTypeOf(data).toEqualTypeOf<Schemas["OrderPage"] | undefined>();
  });

  test("GET /time gives the server time", async () => {
    const { data } = await client.GET("/time");
    expectTypeOf(data).toEqualTypeOf<{ serverTime: number } | undefined>();
  });
});

describe("calls the description does not allow do not compile", () => {
  test("a path it does not have", () => {
    // @ts-expect-error: there is no /trade/purchase
    client.POST("/trade/purchase", { body: {} });
  });

  test("a method the path does not take", () => {
    // @ts-expect-error: /time is GET only
    client.POST("/time");
  });

  test("a parameter of the wrong type", () => {
    client.GET("/orders/page", {
      // @ts-expect-error: page is a number
      params: { query: { key: "binance/USDT-XRP", page: "0", pageSize: 10 } },
    });
  });

  test("a missing required parameter", () => {
    // @ts-expect-error: key is required
    client.GET("/orders/page", { params: { query: { page: 0, pageSize: 10 } } });
  });

  test("a body without a required field, or no body", () => {
    client.POST("/trade/buy", {
      // @ts-expect-error: a limit order needs a price
      body: { data: { exch: "binance", pair: "USDT-BTC", amt: 1 } },
    });
    // @ts-expect-error: the body is required
    client.POST("/trade/buy");
  });
});

test("paths are keyed as in the description", () => {
  expectTypeOf<"/trade/buy">().toExtend<keyof paths>();
  expectTypeOf<"/orders/page/multi">().toExtend<keyof paths>();
});
