import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type GordoWebhookEvent, parseWebhookEvent, WebhookError } from "@tradespec/gordo";
import { sendWebhook, webhookEvents } from "@tradespec/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SECRET = "whsec_3f9a1c7e5b2d4f60";

/** A receiver as a user would write it: raw body in, parseWebhookEvent, 200 or 400 with the reason. */
async function startReceiver() {
  const received: GordoWebhookEvent[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      try {
        const header = request.headers["x-gordo-signature"];
        received.push(
          await parseWebhookEvent(Buffer.concat(chunks), typeof header === "string" ? header : null, SECRET),
        );
        response.writeHead(200).end("ok");
      } catch (error) {
        response.writeHead(400).end(error instanceof WebhookError ? error.reason : "unexpected");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/gordo-webhook`, received, close: () => server.close() };
}

describe("parseWebhookEvent with deliveries from the mock's webhook emitter", () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver?.close());

  it("accepts a signed delivery of each of the 10 event types and types it by `event`", async () => {
    const events = webhookEvents();
    expect(events).toHaveLength(10);
    for (const event of events) {
      const delivery = await sendWebhook({ event, to: receiver.url, secret: SECRET });
      expect(delivery.status, event).toBe(200);
    }
    expect(receiver.received.map((event) => event.event)).toEqual(events);
  });

  it("refuses a delivery signed with another secret", async () => {
    const delivery = await sendWebhook({ event: "order.filled", to: receiver.url, secret: "another-secret" });
    expect({ status: delivery.status, reason: delivery.responseBody }).toEqual({
      status: 400,
      reason: "mismatch",
    });
  });
});
