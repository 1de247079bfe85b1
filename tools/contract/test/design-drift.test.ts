import { createSchemaValidator } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { DriftLedger, formatDrift } from "../src/design-drift.js";
import { factsOnly } from "../src/facts.js";
import { readOperations } from "../src/operations.js";
import { checkResponse } from "../src/response-check.js";
import { gradedApi } from "./fixtures/graded-api.js";

const [listOrders] = readOperations(gradedApi);
const validator = createSchemaValidator(gradedApi);
const factsValidator = createSchemaValidator(factsOnly(gradedApi));
const order = { id: "o-1", side: "buy", venue: "binance", filled_at: "2026-03-01T10:00:00Z" };
const received = (orders: unknown[]) => ({
  status: 200,
  contentType: "application/json",
  body: JSON.stringify(orders),
});

/** Checks a response as on a live target; returns the drift it recorded. */
function checkLive(orders: unknown[]) {
  if (!listOrders) throw new Error("the fixture has no operation");
  const drift = new DriftLedger(factsValidator);
  checkResponse(gradedApi, validator, listOrders, "success", received(orders), drift);
  return drift.entries;
}

// Ajv compiles the schemas on first use, which may take seconds on a loaded machine: no test here races the clock.
describe("a live answer checked by evidence grade", { timeout: 0 }, () => {
  it("fails on a documented claim that does not hold", () => {
    expect(() => checkLive([{ ...order, side: "hold" }])).toThrow(
      "/0/side must be equal to one of the allowed values (buy, sell)",
    );
    expect(() => checkLive([{ ...order, id: 7 }])).toThrow("/0/id must be string");
  });

  it("fails on a vendor claim that does not hold", () => {
    const { venue, ...withoutVenue } = order;
    expect(() => checkLive([withoutVenue])).toThrow("must have required property 'venue'");
  });

  it("records designed claims that differ, with the value seen, without failing", () => {
    const { filled_at, ...unfilled } = order;
    const drift = checkLive([
      { ...order, filled_at: "yesterday", fills: [{ qty: 1 }], state: "partially_filled" },
      unfilled,
    ]);
    expect(drift).toEqual([
      {
        operation: "GET /orders",
        status: 200,
        at: "/0/filled_at",
        claim: 'must match format "date-time"',
        seen: '"yesterday"',
      },
      {
        operation: "GET /orders",
        status: 200,
        at: "/0/fills/0/price",
        claim: "must have required property 'price'",
        seen: "(absent)",
      },
      {
        operation: "GET /orders",
        status: 200,
        at: "/0/state",
        claim: "must be equal to one of the allowed values (open, done)",
        seen: '"partially_filled"',
      },
      {
        operation: "GET /orders",
        status: 200,
        at: "/1/filled_at",
        claim: "must have required property 'filled_at'",
        seen: "(absent)",
      },
    ]);
    expect(formatDrift("orders", drift)).toContain(
      'GET /orders -> 200 /0/state: must be equal to one of the allowed values (open, done); saw "partially_filled"',
    );
  });

  it("records nothing for an answer that holds every claim", () => {
    expect(checkLive([order, { ...order, fills: [{ price: 1.5 }], state: "open" }])).toEqual([]);
    expect(formatDrift("orders", [])).toBe("orders: no design drift");
  });

  it("holds the mock to every claim, designed ones included", () => {
    if (!listOrders) throw new Error("the fixture has no operation");
    expect(() =>
      checkResponse(
        gradedApi,
        validator,
        listOrders,
        "success",
        received([{ ...order, filled_at: "yesterday" }]),
      ),
    ).toThrow('/0/filled_at must match format "date-time"');
  });
});

describe("factsOnly", { timeout: 0 }, () => {
  it("leaves the description it is given unchanged", () => {
    const before = structuredClone(gradedApi);
    factsOnly(gradedApi);
    expect(gradedApi).toEqual(before);
  });
});
