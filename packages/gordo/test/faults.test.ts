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
import { ApiError, createGordoClient, type GordoClientOptions, throwOnError } from "../src/index.js";

const PRICE = json(200, { coin: "BTC", price: 84521.3, change_24h_pct: 2.14 });
const BUSY = json(503, { detail: "Service temporarily unavailable" });

const startServer = faultServerPerTest("/v1");

afterEach(() => {
  vi.useRealTimers();
});

/** A client for a local server that answers the n-th request with `faults[n]` (the last one repeats). */
async function clientFacing(faults: Fault[], options: Partial<GordoClientOptions> = {}) {
  const server = await startServer(inTurn(faults));
  const client = createGordoClient({
    apiKey: "grd_live_test",
    baseUrl: server.baseUrl,
    retry: { retries: 2, baseDelayMs: 1 },
    ...options,
  });
  return { client, requests: server.requests };
}

describe("a read-only request recovers from transient faults", () => {
  it.each<[string, Fault]>([
    ["429 with Retry-After: 0", json(429, { detail: "API key rate limit exceeded" }, { "retry-after": "0" })],
    ["503 Service Unavailable", BUSY],
    ["a connection reset", { kind: "reset" }],
    ["an HTML error page from a proxy", PROXY_ERROR_PAGE],
  ])("%s, then success", async (_name, fault) => {
    const { client, requests } = await clientFacing([fault, PRICE]);
    const { data } = await client.GET("/market/price");
    expect(data?.coin).toBe("BTC");
    expect(requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      "GET /market/price",
      "GET /market/price",
    ]);
    expect(requests.every((request) => request.headers["x-api-key"] === "grd_live_test")).toBe(true);
  });

  it("a timeout, then success; the timed-out connection is closed", async () => {
    // The client's timers run on a held clock, moved only once the first attempt hangs at the server: the timeout
    // ends that attempt and never the second one, however slowly a loaded machine answers it.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { client, requests } = await clientFacing([{ kind: "hang" }, PRICE], { timeoutMs: 200 });
    const answer = settled(client.GET("/market/price"));
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
    expect(data?.coin).toBe("BTC");
    await expect.poll(() => requests[0]?.abandoned).toBe(true);
  });
});

describe.each([
  ["POST /positions/{position_id}/close", "/positions/42/close"],
  ["POST /risk/kill-switch", "/risk/kill-switch"],
] as const)("%s is sent exactly once", (operation, path) => {
  const send = (client: Awaited<ReturnType<typeof clientFacing>>["client"]) =>
    path === "/risk/kill-switch"
      ? client.POST("/risk/kill-switch")
      : client.POST("/positions/{position_id}/close", { params: { path: { position_id: 42 } } });
  const done = json(200, { status: "flatten_signal_emitted", position_id: 42 });

  it("after a 429 with Retry-After, the ApiError carries retryAfterMs", async () => {
    const limited = json(429, { detail: "API key rate limit exceeded" }, { "retry-after": "30" });
    const { client, requests } = await clientFacing([limited, done], { throwOnError });
    const failure = await send(client).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 429, operation, retryAfterMs: 30_000 });
    expect((failure as ApiError).message).toBe(
      `${operation} failed with HTTP 429: API key rate limit exceeded; not retried because the operation is not safe to repeat`,
    );
    expect(requests).toHaveLength(1);
  });

  it("after a 503, the caller gets the typed error body", async () => {
    const { client, requests } = await clientFacing([BUSY, done]);
    const { error, response } = await send(client);
    expect(response.status).toBe(503);
    expect(error).toEqual({ detail: "Service temporarily unavailable" });
    expect(requests).toHaveLength(1);
  });

  it("after a connection reset, the ApiError says it may have reached the server", async () => {
    const { client, requests } = await clientFacing([{ kind: "reset" }, done]);
    const failure = await send(client).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).message).toMatch(/may have reached the server/);
    expect(requests).toHaveLength(1);
  });

  it("after a timeout, the connection is closed and nothing is retried", async () => {
    const { client, requests } = await clientFacing([{ kind: "hang" }, done], { timeoutMs: 200 });
    const failure = await send(client).catch((error: unknown) => error);
    expect((failure as ApiError).message).toMatch(/timed out after 200 ms/);
    expect(requests).toHaveLength(1);
    await expect.poll(() => requests[0]?.abandoned).toBe(true);
  });

  it("after an HTML error page, the ApiError says what came back", async () => {
    const { client, requests } = await clientFacing([PROXY_ERROR_PAGE, done], { throwOnError });
    const failure = await send(client).catch((error: unknown) => error);
    expect((failure as ApiError).message).toContain("received an HTML page instead of an API response");
    expect(requests).toHaveLength(1);
  });
});

describe("unusable success responses", () => {
  it.each([false, true])(
    "malformed JSON gives an ApiError naming the operation (throwOnError: %s)",
    async (throwing) => {
      const malformed: Fault = {
        kind: "respond",
        status: 200,
        headers: { "content-type": "application/json" },
        body: '{"coin": "BTC", "price": 8452',
      };
      const { client } = await clientFacing([malformed], {
        throwOnError: throwing ? throwOnError : undefined,
      });
      await expect(client.GET("/market/price")).rejects.toThrow(
        "GET /market/price failed with HTTP 200: response body is not valid JSON (application/json, 29 characters)",
      );
    },
  );
});
