import { listOperations, resolveRef } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { gordo } from "./bundle.js";

const EVENT_TYPES = [
  "signal.created",
  "order.created",
  "order.filled",
  "order.rejected",
  "position.opened",
  "position.closed",
  "risk.event",
  "strategy.promoted",
  "strategy.demoted",
  "regime.changed",
];

const webhooks = listOperations(gordo, "webhooks");
const resolve = (node: unknown) => resolveRef(gordo, node);

describe("webhooks", () => {
  it("describe the ten documented event types, each POSTed", () => {
    expect(webhooks.map(({ method, path }) => `${method} ${path}`)).toEqual(
      EVENT_TYPES.map((event) => `post ${event}`),
    );
  });

  it("are the events a webhook can subscribe to", () => {
    expect(gordo.components.schemas.WebhookEventType.enum).toEqual(EVENT_TYPES);
  });

  it.each(webhooks.map((entry) => [entry.path, entry] as const))(
    "%s has the envelope with its own event name",
    (event, { operation }) => {
      const body = resolve(operation.requestBody.content["application/json"].schema);
      expect(body.required).toEqual(["event", "timestamp", "data"]);
      expect(body.properties.event.const).toBe(event);
      expect(body.properties.timestamp.format).toBe("date-time");
      expect(resolve(body.properties.data).type).toBe("object");
      expect(operation.security).toEqual([]);
    },
  );

  it.each(webhooks.map((entry) => [entry.path, entry] as const))(
    "%s is signed in X-Gordo-Signature",
    (_, { operation }) => {
      const [signature] = operation.parameters.map(resolve);
      expect(signature).toEqual(
        expect.objectContaining({ name: "X-Gordo-Signature", in: "header", required: true }),
      );
      expect(signature.schema.pattern).toBe("^sha256=[0-9a-f]{64}$");
    },
  );
});
