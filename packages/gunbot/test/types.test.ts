import { describe, expect, expectTypeOf, it } from "vitest";
import { type components, createGunbotClient, type paths } from "../src/index.js";

/** A client whose fetch records each request and answers 200 `{}`: the calls below are about types and URLs. */
function recordingClient() {
  const sent: string[] = [];
  const client = createGunbotClient({
    baseUrl: "http://gunbot.local/api/v1",
    token: "header.payload.signature",
    fetch: async (input) => {
      const request = input as Request;
      sent.push(`${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`);
      return Response.json({});
    },
  });
  return { client, sent };
}

describe("the Gunbot client's types follow the description", () => {
  it("accepts correct calls and types their results exactly", async () => {
    const { client, sent } = recordingClient();

    const buy = await client.POST("/trade/buy", {
      body: { data: { exch: "binance", pair: "USDT-BTC", amt: 1, price: 50000 } },
    });
    expectTypeOf(buy.data).toEqualTypeOf<components["schemas"]["TradeOrderSent"] | undefined>();
    expectTypeOf(buy.data).toEqualTypeOf<{ status: "success"; message: string } | undefined>();
    expectTypeOf(buy.error).toEqualTypeOf<components["schemas"]["Error"] | undefined>();

    const page = await client.GET("/orders/page", {
      params: { query: { key: "binance/USDT-XRP", page: 0, pageSize: 10 } },
    });
    expectTypeOf(page.data).toEqualTypeOf<components["schemas"]["OrderPage"] | undefined>();

    const time = await client.GET("/time");
    expectTypeOf(time.data).toEqualTypeOf<{ serverTime: number } | undefined>();

    expect(sent).toEqual([
      "POST /api/v1/trade/buy",
      "GET /api/v1/orders/page?key=binance%2FUSDT-XRP&page=0&pageSize=10",
      "GET /api/v1/time",
    ]);
  });

  it("rejects a wrong path, a wrong parameter type and a missing body field at compile time", async () => {
    const { client } = recordingClient();

    // @ts-expect-error: there is no /trade/purchase
    await client.POST("/trade/purchase", { body: {} });

    // @ts-expect-error: /time is GET only
    await client.POST("/time");

    await client.GET("/orders/page", {
      // @ts-expect-error: page is a number
      params: { query: { key: "binance/USDT-XRP", page: "0", pageSize: 10 } },
    });

    // @ts-expect-error: key is required
    await client.GET("/orders/page", { params: { query: { page: 0, pageSize: 10 } } });

    await client.POST("/trade/buy", {
      // @ts-expect-error: a limit order needs a price
      body: { data: { exch: "binance", pair: "USDT-BTC", amt: 1 } },
    });

    // @ts-expect-error: the body is required
    await client.POST("/trade/buy");
  });

  it("exposes every path of the description", () => {
    expectTypeOf<"/trade/buy">().toExtend<keyof paths>();
    expectTypeOf<"/orders/page/multi">().toExtend<keyof paths>();
  });
});
