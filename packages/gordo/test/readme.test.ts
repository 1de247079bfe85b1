import { fileURLToPath } from "node:url";
import { type Mock, startMock, webhookPayload } from "@tradespec/mock";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GORDO_BASE_URL, signWebhookBody } from "../src/index.js";
import { extractReadmeExamples, type ReadmeExample, typeErrors } from "./support/readme-examples.js";

vi.mock("node:fs/promises", () => ({ writeFile: vi.fn(async () => undefined) }));

const packageRoot = new URL("../", import.meta.url);
const examples = extractReadmeExamples(packageRoot);
const WEBHOOK_SECRET = "whsec_readme_example";

let mock: Mock;
const logged: string[] = [];

beforeAll(async () => {
  mock = await startMock({ api: "gordo", port: 0 });
  const realFetch = globalThis.fetch;
  // The examples talk to https://api.gordotrader.com/v1; send that to the mock instead.
  vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = request.url.replace(GORDO_BASE_URL, mock.baseUrl);
    const headers = new Headers(request.headers);
    // The mock answers "running" for a backtest job unless asked for the completed example.
    if (/\/research\/backtest\/[^/]+$/.test(new URL(url).pathname))
      headers.set("prefer", "example=BacktestJobCompleted");
    return realFetch(
      new Request(url, {
        method: request.method,
        headers,
        body: request.body,
        duplex: "half",
      } as RequestInit),
    );
  });
  vi.stubEnv("GORDO_KEY", "grd_live_readme_example");
  vi.stubEnv("GORDO_WEBHOOK_SECRET", WEBHOOK_SECRET);
  vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => {
    logged.push(parts.join(" "));
  });
});

afterAll(async () => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await mock?.close();
});

describe("README examples", () => {
  it("has examples to check", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it("type-check against the package's types", () => {
    const errors = typeErrors(
      examples.map((example) => example.file),
      "@tradespec/gordo",
      fileURLToPath(new URL("src/index.ts", packageRoot)),
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it.each(
    examples.map((example): [string, ReadmeExample] => [`${example.index} (${example.section})`, example]),
  )("example %s runs against the mock", async (_name, example) => {
    const module: Record<string, unknown> = await import(example.file);
    if (typeof module.handleGordoWebhook === "function") {
      await checkWebhookHandler(module.handleGordoWebhook as (request: Request) => Promise<Response>);
    }
  });

  it("printed what they promise", () => {
    expect(logged).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\S+ O:[\d.]+ H:[\d.]+ L:[\d.]+ C:[\d.]+$/),
        "flatten_signal_emitted",
      ]),
    );
    expect(logged.some((line) => line.startsWith("Sharpe: "))).toBe(true);
  });
});

async function checkWebhookHandler(handle: (request: Request) => Promise<Response>) {
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
