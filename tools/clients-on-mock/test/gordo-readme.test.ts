import { GORDO_BASE_URL, signWebhookBody } from "@tradespec/gordo";
import { webhookPayload } from "@tradespec/mock";
import { expect, it, vi } from "vitest";
import { describeReadmeExamples } from "./support/readme-suite.js";

vi.mock("node:fs/promises", () => ({ writeFile: vi.fn(async () => undefined) }));

const WEBHOOK_SECRET = "whsec_readme_example";

describeReadmeExamples(
  {
    packageName: "@tradespec/gordo",
    api: "gordo",
    minimumExamples: 6,
    env: { GORDO_KEY: "grd_live_readme_example", GORDO_WEBHOOK_SECRET: WEBHOOK_SECRET },
    // The examples talk to https://api.gordotrader.com/v1; send that to the mock instead.
    toMock(request, mockBaseUrl) {
      const url = request.url.replace(GORDO_BASE_URL, mockBaseUrl);
      const headers = new Headers(request.headers);
      // The mock answers "running" for a backtest job unless asked for the completed example.
      if (/\/research\/backtest\/[^/]+$/.test(new URL(url).pathname))
        headers.set("prefer", "example=BacktestJobCompleted");
      return new Request(url, {
        method: request.method,
        headers,
        body: request.body,
        duplex: "half",
      } as RequestInit);
    },
    async checkModule(module, logged) {
      if (typeof module.handleGordoWebhook === "function") {
        await checkWebhookHandler(
          module.handleGordoWebhook as (request: Request) => Promise<Response>,
          logged,
        );
      }
    },
  },
  (logged) => {
    it("printed what they promise", () => {
      expect(logged).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\S+ O:[\d.]+ H:[\d.]+ L:[\d.]+ C:[\d.]+$/),
          "flatten_signal_emitted",
        ]),
      );
      expect(logged.some((line) => line.startsWith("Sharpe: "))).toBe(true);
    });
  },
);

async function checkWebhookHandler(handle: (request: Request) => Promise<Response>, logged: string[]) {
  const body = JSON.stringify(webhookPayload("order.filled"));
  const delivery = (signature: string) =>
    new Request("http://127.0.0.1/gordo-webhook", {
      method: "POST",
      headers: { "content-type": "application/json", "X-Gordo-Signature": signature },
      body,
    });
  expect((await handle(delivery(await signWebhookBody(body, WEBHOOK_SECRET)))).status).toBe(200);
  expect(logged.some((line) => /^order \d+ filled at [\d.]+$/.test(line))).toBe(true);
  const forged = await handle(delivery(await signWebhookBody(body, "not-the-secret")));
  expect({ status: forged.status, text: await forged.text() }).toEqual({
    status: 400,
    text: "X-Gordo-Signature does not match the body and secret",
  });
}
