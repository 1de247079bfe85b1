import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type components,
  createGordoClient,
  type GordoWebhookEventOf,
  type paths,
  type webhooks,
} from "../src/index.js";

/** A client whose fetch records each request and answers 200 `[]`: the calls below are about types and URLs. */
function recordingClient() {
  const sent: string[] = [];
  const client = createGordoClient({
    apiKey: "grd_live_test",
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      sent.push(`${request.method} ${url.pathname}${url.search}`);
      return Response.json([]);
    },
  });
  return { client, sent };
}

type Schemas = components["schemas"];

describe("the Gordo client's types follow the description", () => {
  it("accepts correct calls and types their results exactly", async () => {
    const { client, sent } = recordingClient();

    const candles = await client.GET("/market/candles", {
      params: { query: { interval: "1h", limit: 100 } },
    });
    expectTypeOf(candles.data).toEqualTypeOf<Schemas["Candle"][] | undefined>();
    expectTypeOf(candles.error).toEqualTypeOf<Schemas["Error"] | undefined>();

    const closed = await client.POST("/positions/{position_id}/close", {
      params: { path: { position_id: 42 } },
    });
    expectTypeOf(closed.data).toEqualTypeOf<Schemas["PositionCloseResult"] | undefined>();

    const note = await client.POST("/analytics/notes", {
      body: { content: "Took profit early due to funding rate spike", package_id: 5, tags: ["funding"] },
    });
    expectTypeOf(note.data).toEqualTypeOf<Schemas["Note"] | undefined>();

    expect(sent).toEqual([
      "GET /v1/market/candles?interval=1h&limit=100",
      "POST /v1/positions/42/close",
      "POST /v1/analytics/notes",
    ]);
  });

  it("rejects a wrong path, a wrong parameter type and a missing body field at compile time", async () => {
    const { client } = recordingClient();

    // @ts-expect-error: the path is /market/candles
    await client.GET("/market/candle");

    // @ts-expect-error: /market/price is GET only
    await client.POST("/market/price");

    // @ts-expect-error: 2h is not an interval Gordo offers
    await client.GET("/market/candles", { params: { query: { interval: "2h" } } });

    // @ts-expect-error: limit is a number
    await client.GET("/market/candles", { params: { query: { limit: "100" } } });

    // @ts-expect-error: position_id is required
    await client.POST("/positions/{position_id}/close", { params: { path: {} } });

    // @ts-expect-error: a note needs content
    await client.POST("/analytics/notes", { body: { package_id: 5 } });

    // @ts-expect-error: a webhook needs a url and events
    await client.POST("/webhooks/", { body: { name: "My Discord Bot" } });
  });

  it("exports the path, component and webhook types", () => {
    expectTypeOf<"/risk/kill-switch">().toExtend<keyof paths>();
    expectTypeOf<"order.filled">().toExtend<keyof webhooks>();
    expectTypeOf<GordoWebhookEventOf<"order.filled">>().toEqualTypeOf<Schemas["OrderFilledEvent"]>();
  });
});
