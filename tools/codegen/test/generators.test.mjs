import { describe, expect, it } from "vitest";
import { readOnlyOperations, webhookEventTypes } from "../src/operations.mjs";
import { rateLimitTiers } from "../src/rate-limit-tiers.mjs";

const fail = (message) => {
  throw new Error(message);
};

describe("rateLimitTiers", () => {
  const withTiers = (tiers) => ({ info: { "x-rate-limit-tiers": tiers } });

  it("reads every tier's figures in the description's order", () => {
    const tiers = rateLimitTiers(
      withTiers([
        { tier: "free", requests_per_minute: 30, requests_per_day: 1000 },
        { tier: "pro", requests_per_minute: 120, requests_per_day: 50000 },
      ]),
      fail,
    );
    expect(tiers).toEqual({ free: { perMinute: 30, perDay: 1000 }, pro: { perMinute: 120, perDay: 50000 } });
    expect(Object.keys(tiers)).toEqual(["free", "pro"]);
  });

  it.each([
    ["no list", {}, "info.x-rate-limit-tiers must be a non-empty list"],
    ["an unnamed tier", withTiers([{ requests_per_minute: 1, requests_per_day: 1 }]), "[0].tier must be"],
    [
      "a figure that is not a positive integer",
      withTiers([{ tier: "free", requests_per_minute: 30, requests_per_day: "1,000" }]),
      'info.x-rate-limit-tiers[0].requests_per_day must be a positive integer, found "1,000"',
    ],
    [
      "a tier listed twice",
      withTiers([
        { tier: "free", requests_per_minute: 1, requests_per_day: 1 },
        { tier: "free", requests_per_minute: 2, requests_per_day: 2 },
      ]),
      'info.x-rate-limit-tiers[1]: tier "free" is listed twice',
    ],
  ])("fails on %s, saying where", (_case, bundle, message) => {
    expect(() => rateLimitTiers(bundle, fail)).toThrow(message);
  });
});

describe("readOnlyOperations", () => {
  it("groups the read-only operations by method with unnamed parameters", () => {
    const bundle = {
      paths: {
        "/positions": { get: { "x-read-only": true } },
        "/positions/{position_id}": { get: { "x-read-only": true }, delete: { "x-read-only": false } },
      },
    };
    expect(readOnlyOperations(bundle, fail)).toEqual(["GET /positions /positions/{}"]);
  });

  it("fails on an operation that does not say whether it is read-only", () => {
    expect(() => readOnlyOperations({ paths: { "/kill": { post: {} } } }, fail)).toThrow(
      "POST /kill: x-read-only must be true or false, found undefined",
    );
  });
});

describe("webhookEventTypes", () => {
  it("reads each payload's event constant through $refs", () => {
    const bundle = {
      webhooks: {
        "order.filled": {
          post: {
            requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/P" } } } },
          },
        },
      },
      components: { schemas: { P: { properties: { event: { const: "order.filled" } } } } },
    };
    expect(webhookEventTypes(bundle, fail)).toEqual(["order.filled"]);
  });

  it("names a webhook without one, and a reference to nothing", () => {
    expect(() => webhookEventTypes({ webhooks: { x: { post: {} } } }, fail)).toThrow(
      'webhook x: payload property "event" must have a string const',
    );
    const dangling = {
      webhooks: { x: { post: { requestBody: { $ref: "#/components/requestBodies/None" } } } },
    };
    expect(() => webhookEventTypes(dangling, fail)).toThrow("nothing is at that location");
  });
});
