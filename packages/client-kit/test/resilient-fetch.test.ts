import createClient from "openapi-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createResilientFetch, operationMatcher, throwOnError } from "../src/index.js";
import { apiErrorRejection } from "./support/api-error-rejection.js";
import {
  type LocalServer,
  resetConnection,
  sendJson,
  startServer,
  unusedPort,
} from "./support/local-server.js";
import { connectionRefused, hangingFetch, json, scriptedFetch } from "./support/scripted-fetch.js";
import type { paths } from "./support/trading-paths.js";

const position = { id: "p1", size: 2, status: "open" };
const noWait = async () => undefined;

afterEach(() => {
  vi.useRealTimers();
});

describe("createResilientFetch: HTTP responses", () => {
  it("retries a GET after 429, waiting as long as Retry-After says", async () => {
    const server = scriptedFetch(
      json(429, { detail: "slow down" }, { "retry-after": "7" }),
      json(200, position),
    );
    const waits: number[] = [];
    const resilientFetch = createResilientFetch({
      fetch: server.fetch,
      sleep: async (ms) => void waits.push(ms),
    });

    const response = await resilientFetch("https://api.test/v1/positions/p1");

    expect(await response.json()).toEqual(position);
    expect(server.calls).toHaveLength(2);
    expect(waits).toEqual([7_000]);
  });

  it("retries a GET after 503 with exponential backoff and full jitter, then hands back the last response", async () => {
    const unavailable = () => json(503, { detail: "maintenance" });
    const server = scriptedFetch(unavailable(), unavailable(), unavailable());
    const waits: number[] = [];
    const resilientFetch = createResilientFetch({
      fetch: server.fetch,
      retry: { retries: 2, baseDelayMs: 100 },
      random: () => 0.5,
      sleep: async (ms) => void waits.push(ms),
    });
    const client = createClient<paths>({ baseUrl: "https://api.test/v1", fetch: resilientFetch });
    client.use(throwOnError());

    const error = await apiErrorRejection(
      client.GET("/positions/{position_id}", { params: { path: { position_id: "p1" } } }),
    );

    expect(server.calls).toHaveLength(3);
    expect(waits).toEqual([50, 100]);
    expect(error.message).toBe(
      "GET /positions/{position_id} failed with HTTP 503: maintenance; gave up after 3 attempts",
    );
  });

  it("does not repeat a POST that got 429: the caller hears why", async () => {
    const server = scriptedFetch(json(429, { detail: "slow down" }, { "retry-after": "1" }));
    const client = createClient<paths>({
      baseUrl: "https://api.test/v1",
      fetch: createResilientFetch({ fetch: server.fetch, sleep: noWait }),
    });
    client.use(throwOnError());

    const error = await apiErrorRejection(
      client.POST("/positions/{position_id}/close", {
        params: { path: { position_id: "p1" } },
        body: { reason: "stop" },
      }),
    );

    expect(server.calls).toHaveLength(1);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 1_000 });
    expect(error.message).toBe(
      "POST /positions/{position_id}/close failed with HTTP 429: slow down; not retried because the operation is not safe to repeat",
    );
  });

  it("repeats a POST the description marks read-only, sending the same body again", async () => {
    const server = scriptedFetch(json(502, {}), json(200, { document: "x" }));
    const resilientFetch = createResilientFetch({
      fetch: server.fetch,
      isRepeatable: operationMatcher("http://gunbot.test:3000/api/v1", ["POST /files/strategy/get"]),
      sleep: noWait,
    });

    const response = await resilientFetch("http://gunbot.test:3000/api/v1/files/strategy/get", {
      method: "POST",
      body: JSON.stringify({ filename: "best_strategy.js" }),
    });

    expect(response.status).toBe(200);
    expect(server.calls.map((call) => call.body)).toEqual([
      '{"filename":"best_strategy.js"}',
      '{"filename":"best_strategy.js"}',
    ]);
  });

  it("does not wait for a Retry-After longer than maxDelayMs", async () => {
    const server = scriptedFetch(json(503, {}, { "retry-after": "3600" }));
    const resilientFetch = createResilientFetch({ fetch: server.fetch, retry: { maxDelayMs: 60_000 } });

    const response = await resilientFetch("https://api.test/v1/positions/p1");

    expect(response.status).toBe(503);
    expect(server.calls).toHaveLength(1);
  });

  it("acquires the rate limiter before every attempt", async () => {
    let acquired = 0;
    const server = scriptedFetch(json(504, {}), json(200, position));
    const resilientFetch = createResilientFetch({
      fetch: server.fetch,
      sleep: noWait,
      rateLimiter: { acquire: async () => void acquired++ },
    });

    await resilientFetch("https://api.test/v1/positions/p1");

    expect(acquired).toBe(2);
  });
});

describe("createResilientFetch: connections", () => {
  function positionsServer(options: { resetFirst: boolean }): Promise<LocalServer> {
    let seen = 0;
    return startServer((_request, response) => {
      seen++;
      if (options.resetFirst && seen === 1) resetConnection(response);
      else sendJson(response, 200, position);
    });
  }

  it("repeats a GET whose connection was reset after it was sent", async () => {
    const server = await positionsServer({ resetFirst: true });
    const resilientFetch = createResilientFetch({ sleep: noWait });

    const response = await resilientFetch(`${server.url}/positions/p1`);

    expect(await response.json()).toEqual(position);
    expect(server.requests).toHaveLength(2);
  });

  it("never repeats a POST whose connection was reset: the server saw it exactly once", async () => {
    const server = await positionsServer({ resetFirst: true });
    const client = createClient<paths>({
      baseUrl: server.url,
      fetch: createResilientFetch({ sleep: noWait }),
    });
    client.use(throwOnError());

    const error = await apiErrorRejection(
      client.POST("/positions/{position_id}/close", {
        params: { path: { position_id: "p1" } },
        body: { reason: "stop" },
      }),
    );

    expect(server.requests).toHaveLength(1);
    expect(error.status).toBe(0);
    expect(error.message).toMatch(
      /^POST \/positions\/\{position_id\}\/close failed: .*; not retried because the operation is not safe to repeat and the request may have reached the server$/,
    );
  });

  it("repeats a POST whose connection was refused, since it never reached the server", async () => {
    const port = await unusedPort();
    let server: LocalServer | undefined;
    const resilientFetch = createResilientFetch({
      // The server comes up while the client backs off after the refused attempt.
      sleep: async () => {
        server ??= await startServer((_request, response) => sendJson(response, 200, position), port);
      },
    });

    const response = await resilientFetch(`http://127.0.0.1:${port}/positions/p1/close`, {
      method: "POST",
      body: '{"reason":"stop"}',
    });

    expect(response.status).toBe(200);
    expect(server?.requests.map((request) => request.body)).toEqual(['{"reason":"stop"}']);
  });

  it("reports a refused connection that never recovers, after the configured retries", async () => {
    const server = scriptedFetch(connectionRefused(), connectionRefused());
    const resilientFetch = createResilientFetch({
      fetch: server.fetch,
      retry: { retries: 1 },
      sleep: noWait,
    });

    const error = await apiErrorRejection(
      resilientFetch("https://api.test/v1/positions/p1/close", { method: "POST" }),
    );

    expect(server.calls).toHaveLength(2);
    expect(error.message).toBe(
      "POST /v1/positions/p1/close failed: connection refused (ECONNREFUSED); gave up after 2 attempts",
    );
  });
});

describe("createResilientFetch: timeouts and aborts", () => {
  it("gives an ApiError with status 0 naming the timeout, and does not repeat a POST", async () => {
    let attempts = 0;
    const resilientFetch = createResilientFetch({
      fetch: (input, init) => {
        attempts++;
        return hangingFetch(input, init);
      },
      timeoutMs: 20,
      sleep: noWait,
    });

    const error = await apiErrorRejection(
      resilientFetch("https://api.test/v1/positions/p1/close", { method: "POST" }),
    );

    expect(attempts).toBe(1);
    expect(error.status).toBe(0);
    expect(error.message).toBe(
      "POST /v1/positions/p1/close failed: timed out after 20 ms; not retried because the operation is not safe to repeat and the request may have reached the server",
    );
  });

  it("repeats a GET that timed out, each attempt with its own timeout", async () => {
    let attempts = 0;
    const resilientFetch = createResilientFetch({
      fetch: (input, init) =>
        ++attempts < 3 ? hangingFetch(input, init) : Promise.resolve(json(200, position)),
      timeoutMs: 20,
      sleep: noWait,
    });

    const response = await resilientFetch("https://api.test/v1/positions/p1");

    expect(response.status).toBe(200);
    expect(attempts).toBe(3);
  });

  it("rejects with the caller's reason when aborted during a backoff, leaving no timer behind", async () => {
    vi.useFakeTimers();
    const server = scriptedFetch(json(503, {}));
    const resilientFetch = createResilientFetch({
      fetch: server.fetch,
      retry: { baseDelayMs: 10_000 },
      random: () => 1,
    });
    const controller = new AbortController();
    const reason = new Error("shutting down");

    const call = resilientFetch("https://api.test/v1/positions/p1", { signal: controller.signal });
    const settled = expect(call).rejects.toBe(reason);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort(reason);

    await settled;
    expect(vi.getTimerCount()).toBe(0);
  });

  it("leaves no timer behind after a successful call", async () => {
    vi.useFakeTimers();
    const resilientFetch = createResilientFetch({
      fetch: scriptedFetch(json(200, position)).fetch,
      timeoutMs: 5_000,
    });

    await resilientFetch("https://api.test/v1/positions/p1");

    expect(vi.getTimerCount()).toBe(0);
  });

  it("sets no timer when no timeoutMs is given", async () => {
    vi.useFakeTimers();
    let timersWhileSending = -1;
    const resilientFetch = createResilientFetch({
      fetch: async () => {
        timersWhileSending = vi.getTimerCount();
        return json(200, position);
      },
    });

    await resilientFetch("https://api.test/v1/positions/p1");

    expect(timersWhileSending).toBe(0);
  });

  it("rejects a caller abort during a hanging request with the caller's reason, not as a timeout", async () => {
    const controller = new AbortController();
    const reason = new Error("user cancelled");
    const resilientFetch = createResilientFetch({ fetch: hangingFetch, timeoutMs: 5_000 });

    const call = resilientFetch("https://api.test/v1/positions/p1", { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 5);

    await expect(call).rejects.toBe(reason);
  });

  it("sends nothing when the caller's signal aborted before the call", async () => {
    const server = scriptedFetch(json(200, position));
    const reason = new Error("already cancelled");
    const resilientFetch = createResilientFetch({ fetch: server.fetch });

    const call = resilientFetch("https://api.test/v1/positions/p1", { signal: AbortSignal.abort(reason) });

    await expect(call).rejects.toBe(reason);
    expect(server.calls).toHaveLength(0);
  });

  it("names the option that is out of range", () => {
    expect(() => createResilientFetch({ timeoutMs: 0 })).toThrow(
      "createResilientFetch: timeoutMs must be a finite number >= 1, got 0",
    );
    expect(() => createResilientFetch({ retry: { retries: 1.5 } })).toThrow(
      "createResilientFetch: retry.retries must be a whole number, got 1.5",
    );
  });
});
