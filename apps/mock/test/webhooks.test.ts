import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendWebhook, webhookEvents } from "../src/index.js";
import { runCli } from "./support/cli.js";
import { type Receiver, startReceiver } from "./support/receiver.js";

const SECRET = "whsec_test_3f9a";
const DOCUMENTED_EVENTS = [
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

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver?.close());

/** Verifies deliveries with the documentation's own Python verify_signature, outside this process. */
function verifyWithDocumentedPython(deliveries: { rawBody: Buffer; signature: string }[]): boolean[] {
  const input = JSON.stringify({
    secret: SECRET,
    deliveries: deliveries.map((d) => ({
      body_base64: d.rawBody.toString("base64"),
      signature: d.signature,
    })),
  });
  const script = fileURLToPath(new URL("support/verify_signatures.py", import.meta.url));
  return execFileSync("python3", [script], { input, encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
}

describe("the webhook emitter", () => {
  it("knows the ten documented events, from the description", () => {
    expect(webhookEvents().sort()).toEqual([...DOCUMENTED_EVENTS].sort());
  });

  it("delivers every event's example payload with a signature the receiver can verify", async () => {
    receiver.received.length = 0;
    for (const event of webhookEvents()) {
      const delivery = await sendWebhook({ event, to: receiver.url, secret: SECRET });
      expect(delivery.status).toBe(200);
    }
    expect(receiver.received).toHaveLength(DOCUMENTED_EVENTS.length);
    const deliveries = receiver.received.map((request) => ({
      rawBody: request.rawBody,
      signature: String(request.headers["x-gordo-signature"]),
    }));
    expect(verifyWithDocumentedPython(deliveries)).toEqual(deliveries.map(() => true));
    const events = receiver.received.map((request) => JSON.parse(request.rawBody.toString("utf8")).event);
    expect(events).toEqual(webhookEvents());
    for (const request of receiver.received) {
      expect(request.method).toBe("POST");
      expect(request.headers["content-type"]).toBe("application/json");
    }
  });

  it("a signature made with another secret does not verify", async () => {
    receiver.received.length = 0;
    await sendWebhook({ event: "order.filled", to: receiver.url, secret: "another-secret" });
    const [request] = receiver.received;
    if (!request) throw new Error("nothing received");
    const signature = String(request.headers["x-gordo-signature"]);
    expect(verifyWithDocumentedPython([{ rawBody: request.rawBody, signature }])).toEqual([false]);
  });

  it("reports the receiver's status", async () => {
    receiver.answerWith(503);
    const delivery = await sendWebhook({ event: "risk.event", to: receiver.url, secret: SECRET });
    receiver.answerWith(200);
    expect(delivery).toMatchObject({ status: 503, ok: false, responseBody: "received" });
  });

  it("rejects an unknown event, listing the valid ones", async () => {
    await expect(sendWebhook({ event: "trade.opened", to: receiver.url, secret: SECRET })).rejects.toThrow(
      /Unknown webhook event "trade.opened"\. Valid events: signal\.created, .*regime\.changed\./,
    );
  });

  it("says which receiver it could not reach", async () => {
    const stopped = await startReceiver();
    await stopped.close();
    await expect(sendWebhook({ event: "order.filled", to: stopped.url, secret: SECRET })).rejects.toThrow(
      `Could not deliver order.filled to ${stopped.url}: connect ECONNREFUSED`,
    );
  });
});

describe("tradespec-mock webhook", () => {
  it("sends the event and prints the receiver's status", async () => {
    const run = await runCli(["webhook", "position.opened", "--to", receiver.url, "--secret", SECRET]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(`position.opened -> ${receiver.url}: 200`);
  });

  it("fails with the list of events when the event is unknown", async () => {
    const run = await runCli(["webhook", "trade.opened", "--to", receiver.url, "--secret", SECRET]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('Unknown webhook event "trade.opened". Valid events: signal.created');
  });
});
