import { describe, expect, expectTypeOf, it } from "vitest";
import { type GordoWebhookEventOf, parseWebhookEvent, signWebhookBody, WebhookError } from "../src/index.js";
import vectors from "./fixtures/webhook-signatures.json" with { type: "json" };

const SECRET = "whsec_3f9a1c7e5b2d4f60";

describe("parseWebhookEvent", () => {
  const [documented] = vectors as [(typeof vectors)[number]];

  it("parses the documented signal.created payload (signed by Python's hmac) into its typed shape", async () => {
    const event = await parseWebhookEvent(documented.body, documented.signature, documented.secret);
    expect(event.event).toBe("signal.created");
    if (event.event === "signal.created") {
      expectTypeOf(event).toEqualTypeOf<GordoWebhookEventOf<"signal.created">>();
      expectTypeOf(event.data.signal_id).toEqualTypeOf<number>();
      expect(event.data).toMatchObject({ signal_id: 1234, action: "long_entry", package_id: 5 });
    }
  });

  async function parseSigned(body: string) {
    return parseWebhookEvent(body, await signWebhookBody(body, SECRET), SECRET);
  }

  it.each([
    [
      "an unknown event",
      '{"event":"order.teleported","timestamp":"2026-02-27T08:15:30Z","data":{}}',
      "unknown-event",
    ],
    ["a body that is not JSON", "event=signal.created", "invalid-json"],
    ["a JSON array", "[]", "invalid-envelope"],
    ["a missing event", '{"timestamp":"2026-02-27T08:15:30Z","data":{}}', "invalid-envelope"],
    [
      "a timestamp that is not a date",
      '{"event":"risk.event","timestamp":"yesterday","data":{}}',
      "invalid-envelope",
    ],
    [
      "data that is not an object",
      '{"event":"risk.event","timestamp":"2026-02-27T08:15:30Z","data":"x"}',
      "invalid-envelope",
    ],
  ])("refuses %s with reason %s", async (_case, body, reason) => {
    const failure = await parseSigned(body).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WebhookError);
    expect((failure as WebhookError).reason).toBe(reason);
  });

  it("names the known events when it refuses an unknown one", async () => {
    await expect(
      parseSigned('{"event":"order.teleported","timestamp":"2026-02-27T08:15:30Z","data":{}}'),
    ).rejects.toThrow(
      'unknown webhook event "order.teleported"; expected one of signal.created, order.created',
    );
  });

  it("checks the signature before it reads the body", async () => {
    await expect(parseWebhookEvent(documented.body, undefined, SECRET)).rejects.toMatchObject({
      name: "WebhookError",
      reason: "missing-header",
    });
  });
});
