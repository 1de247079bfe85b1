import { describe, expectTypeOf, test } from "vitest";
import {
  type components,
  createGordoClient,
  type GordoTier,
  type GordoWebhookEventOf,
  type GordoWebhookEventType,
  type paths,
  TIER_RATE_LIMITS,
  type webhooks,
} from "../src/index.js";

const client = createGordoClient({ apiKey: "grd_live_test" });
type Schemas = components["schemas"];

describe("results are typed as the description says", () => {
  test("GET /market/candles gives candles or Gordo's error", async () => {
    const { data, error } = await client.GET("/market/candles", {
      params: { query: { interval: "1h", limit: 100 } },
    });
    expectTypeOf(data).toEqualTypeOf<Schemas["Candle"][] | undefined>();
    expectTypeOf(error).toEqualTypeOf<Schemas["Error"] | undefined>();
  });

  test("POST /positions/{position_id}/close gives the close result", async () => {
    const { data } = await client.POST("/positions/{position_id}/close", {
      params: { path: { position_id: 42 } },
    });
    expectTypeOf(data).toEqualTypeOf<Schemas["PositionCloseResult"] | undefined>();
  });

  test("POST /analytics/notes gives the note", async () => {
    const { data } = await client.POST("/analytics/notes", {
      body: { content: "Took profit early due to funding rate spike", package_id: 5, tags: ["funding"] },
    });
    expectTypeOf(data).toEqualTypeOf<Schemas["Note"] | undefined>();
  });
});

describe("calls the description does not allow do not compile", () => {
  test("a path it does not have", () => {
    // @ts-expect-error: the path is /market/candles
    client.GET("/market/candle");
  });

  test("a method the path does not take", () => {
    // @ts-expect-error: /market/price is GET only
    client.POST("/market/price");
  });

  test("a value outside an enum", () => {
    // @ts-expect-error: 2h is not an interval Gordo offers
    client.GET("/market/candles", { params: { query: { interval: "2h" } } });
  });

  test("a parameter of the wrong type", () => {
    // @ts-expect-error: limit is a number
    client.GET("/market/candles", { params: { query: { limit: "100" } } });
  });

  test("a missing path parameter", () => {
    // @ts-expect-error: position_id is required
    client.POST("/positions/{position_id}/close", { params: { path: {} } });
  });

  test("a body without a required field", () => {
    // @ts-expect-error: a note needs content
    client.POST("/analytics/notes", { body: { package_id: 5 } });
    // @ts-expect-error: a webhook needs a url and events
    client.POST("/webhooks/", { body: { name: "My Discord Bot" } });
  });
});

describe("the exported types", () => {
  test("paths and webhooks are keyed as in the description", () => {
    expectTypeOf<"/risk/kill-switch">().toExtend<keyof paths>();
    expectTypeOf<"order.filled">().toExtend<keyof webhooks>();
    expectTypeOf<GordoWebhookEventOf<"order.filled">>().toEqualTypeOf<Schemas["OrderFilledEvent"]>();
  });

  test("GordoWebhookEventType is the union of the 10 event names", () => {
    expectTypeOf<GordoWebhookEventType>().toEqualTypeOf<
      | "signal.created"
      | "order.created"
      | "order.filled"
      | "order.rejected"
      | "position.opened"
      | "position.closed"
      | "risk.event"
      | "strategy.promoted"
      | "strategy.demoted"
      | "regime.changed"
    >();
  });

  test("GordoTier is the union of the description's x-rate-limit-tiers", () => {
    expectTypeOf<GordoTier>().toEqualTypeOf<"free" | "basic" | "pro" | "enterprise">();
    expectTypeOf(TIER_RATE_LIMITS.pro).toEqualTypeOf<Readonly<{ perMinute: number; perDay: number }>>();
  });
});
