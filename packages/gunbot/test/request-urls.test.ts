import { describe, expect, it } from "vitest";
import { createGunbotClient } from "../src/index.js";

/** A client whose fetch records each request and answers 200 `{}`. */
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

describe("the Gunbot client sends what the description says", () => {
  it("spells paths and queries as the API does", async () => {
    const { client, sent } = recordingClient();
    await client.POST("/trade/buy", {
      body: { data: { exch: "binance", pair: "USDT-BTC", amt: 1, price: 50000 } },
    });
    await client.GET("/orders/page", {
      params: { query: { key: "binance/USDT-XRP", page: 0, pageSize: 10 } },
    });
    await client.GET("/time");
    expect(sent).toEqual([
      "POST /api/v1/trade/buy",
      "GET /api/v1/orders/page?key=binance%2FUSDT-XRP&page=0&pageSize=10",
      "GET /api/v1/time",
    ]);
  });
});
