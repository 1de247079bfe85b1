import {
  type Fault,
  faultServerPerTest,
  inTurn,
  json,
  nextTurn,
  PROXY_ERROR_PAGE,
  settled,
} from "@tradespec/client-testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, createGunbotClient, type GunbotClientOptions, throwOnError } from "../src/index.js";

const TIME = json(200, { serverTime: 1733307452649 });
const ORDER_SENT = json(200, { status: "success", message: "Order sent" });
const BUY = { body: { data: { exch: "binance", pair: "USDT-BTC", amt: 1, price: 50000 } } } as const;

const startServer = faultServerPerTest("/api/v1");

afterEach(() => {
  vi.useRealTimers();
});

/** A client for a local server that answers the n-th request with `faults[n]` (the last one repeats). */
async function clientFacing(faults: Fault[], options: Partial<GunbotClientOptions> = {}) {
  const server = await startServer(inTurn(faults));
  const client = createGunbotClient({
    baseUrl: server.baseUrl,
    token: "header.payload.signature",
    retry: { retries: 2, baseDelayMs: 1 },
    ...options,
  });
  return { client, requests: server.requests };
}

describe("a read-only request recovers from transient faults", () => {
  it.each<[string, Fault]>([
    ["503 Service Unavailable", json(503, { status: "error", message: "busy" })],
    ["429 with Retry-After: 0", json(429, { status: "error", message: "slow down" }, { "retry-after": "0" })],
    ["a connection reset", { kind: "reset" }],
    ["an HTML error page from a proxy", PROXY_ERROR_PAGE],
  ])("%s, then success", async (_name, fault) => {
    const { client, requests } = await clientFacing([fault, TIME]);
    const { data } = await client.GET("/time");
    expect(data).toEqual({ serverTime: 1733307452649 });
    expect(requests.map(({ method, path }) => `${method} ${path}`)).toEqual(["GET /time", "GET /time"]);
  });

  it("a timeout, then success; the timed-out connection is closed", async () => {
    // The client's timers run on a held clock, moved only once the first attempt hangs at the server: the timeout
    // ends that attempt and never the second one, however slowly a loaded machine answers it.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { client, requests } = await clientFacing([{ kind: "hang" }, TIME], { timeoutMs: 200 });
    const answer = settled(client.GET("/time"));
    while (requests.length === 0) await nextTurn();
    vi.advanceTimersByTime(200);
    // The retry's backoff is a zero-delay timer: run timers that are due, without moving the clock.
    while (!answer.done) {
      vi.advanceTimersByTime(0);
      await nextTurn();
    }
    vi.useRealTimers();
    const { data } = await answer.result;
    expect(requests).toHaveLength(2);
    expect(data?.serverTime).toBe(1733307452649);
    await expect.poll(() => requests[0]?.abandoned).toBe(true);
  });

  it("gives up after the configured retries with the last status", async () => {
    const { client, requests } = await clientFacing([json(503, { status: "error", message: "busy" })]);
    const { error, response } = await client.GET("/time");
    expect(response.status).toBe(503);
    expect(error).toEqual({ status: "error", message: "busy" });
    expect(requests).toHaveLength(3);
  });
});

describe("an order is sent exactly once, whatever happens", () => {
  it("503: the caller gets the error response, no retry", async () => {
    const { client, requests } = await clientFacing([
      json(503, { status: "error", message: "busy" }),
      ORDER_SENT,
    ]);
    const { data, response } = await client.POST("/trade/buy", BUY);
    expect(response.status).toBe(503);
    expect(data).toBeUndefined();
    expect(requests).toHaveLength(1);
  });

  it("429 with Retry-After: a thrown ApiError says it was not retried and when to try again", async () => {
    const rateLimited = json(429, { status: "error", message: "too many requests" }, { "retry-after": "7" });
    const { client, requests } = await clientFacing([rateLimited, ORDER_SENT], { throwOnError });
    const failure = await client.POST("/trade/buy", BUY).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 429, operation: "POST /trade/buy", retryAfterMs: 7000 });
    expect((failure as ApiError).message).toContain(
      "not retried because the operation is not safe to repeat",
    );
    expect(requests).toHaveLength(1);
  });

  it("a connection reset: ApiError says the order may have reached the server", async () => {
    const { client, requests } = await clientFacing([{ kind: "reset" }, ORDER_SENT]);
    const failure = await client.POST("/trade/buy", BUY).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 0 });
    expect((failure as ApiError).message).toMatch(/may have reached the server/);
    expect(requests).toHaveLength(1);
  });

  it("a timeout: ApiError names the timeout and the connection is closed, not left pending", async () => {
    const { client, requests } = await clientFacing([{ kind: "hang" }, ORDER_SENT], { timeoutMs: 200 });
    const failure = await client.POST("/trade/buy", BUY).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).message).toMatch(/timed out after 200 ms/);
    expect(requests).toHaveLength(1);
    await expect.poll(() => requests[0]?.abandoned).toBe(true);
  });

  it("an HTML error page: ApiError says what came back", async () => {
    const { client, requests } = await clientFacing([PROXY_ERROR_PAGE, ORDER_SENT], { throwOnError });
    const failure = await client.POST("/trade/buy", BUY).catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 502, operation: "POST /trade/buy" });
    expect((failure as ApiError).message).toContain("received an HTML page instead of an API response");
    expect(requests).toHaveLength(1);
  });
});

describe("unusable success responses", () => {
  it("malformed JSON gives an ApiError naming the operation, not a bare SyntaxError", async () => {
    const malformed: Fault = {
      kind: "respond",
      status: 200,
      headers: { "content-type": "application/json" },
      body: '{"serverTime": 17333',
    };
    const { client } = await clientFacing([malformed], { throwOnError });
    const failure = await client.GET("/time").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).message).toBe(
      "GET /time failed with HTTP 200: response body is not valid JSON (application/json, 20 characters)",
    );
  });
});
