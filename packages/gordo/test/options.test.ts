import { afterEach, describe, expect, it, vi } from "vitest";
import { createGordoClient, GORDO_BASE_URL, gordoRateLimiter } from "../src/index.js";

/** A fetch that records the URL and API key of each request and answers a price. */
function recordingFetch() {
  const sent: Array<{ url: string; apiKey: string | null }> = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push({ url: request.url, apiKey: request.headers.get("x-api-key") });
    return Response.json({ coin: "BTC", price: 84521.3 });
  };
  return { fetch, sent };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("createGordoClient options", () => {
  it("talks to https://api.gordotrader.com/v1 unless told otherwise", async () => {
    const { fetch, sent } = recordingFetch();
    const gordo = createGordoClient({ apiKey: "grd_live_your_key_here", fetch });
    await gordo.GET("/market/price");
    expect(sent).toEqual([{ url: `${GORDO_BASE_URL}/market/price`, apiKey: "grd_live_your_key_here" }]);
  });

  it("keeps requests under the free tier's 30 per minute by waiting, not by failing", async () => {
    vi.useFakeTimers();
    const { fetch, sent } = recordingFetch();
    const gordo = createGordoClient({
      apiKey: "grd_live_test",
      fetch,
      rateLimiter: gordoRateLimiter("free"),
    });
    const calls = Array.from({ length: 31 }, () => gordo.GET("/market/price"));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(30);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(31);
    const results = await Promise.all(calls);
    expect(results.every(({ data }) => data?.price === 84521.3)).toBe(true);
  });

  it("accepts explicit limits", async () => {
    vi.useFakeTimers();
    const { fetch, sent } = recordingFetch();
    const gordo = createGordoClient({
      apiKey: "grd_live_test",
      fetch,
      rateLimiter: gordoRateLimiter({ perMinute: 2, perDay: 3 }),
    });
    const calls = Array.from({ length: 3 }, () => gordo.GET("/market/price"));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all(calls);
    expect(sent).toHaveLength(3);
  });

  it.each([
    [
      "gold",
      'gordoRateLimiter: expected one of free, basic, pro, enterprise or { perMinute, perDay }, got "gold"',
    ],
    [{ perMinute: 0, perDay: 10 }, "gordoRateLimiter: perMinute must be a positive integer, got 0"],
    [{ perMinute: 10 }, "gordoRateLimiter: perDay must be a positive integer, got undefined"],
  ])("gordoRateLimiter refuses %j with a clear message", (limit, message) => {
    expect(() => gordoRateLimiter(limit as Parameters<typeof gordoRateLimiter>[0])).toThrow(message);
  });

  it.each([
    [
      { baseUrl: "api.gordotrader.com/v1" },
      'baseUrl must be an absolute URL such as "https://api.gordotrader.com/v1", got "api.gordotrader.com/v1"',
    ],
    [{ baseUrl: "api.gordotrader.com:443/v1" }, 'got "api.gordotrader.com:443/v1"'],
    [{ apiKey: "" }, "apiKeyHeader: the API key is empty"],
    [{ timeoutMs: 0 }, "createResilientFetch: timeoutMs must be a finite number >= 1, got 0"],
  ])("refuses %j with a clear message", (options, message) => {
    expect(() => createGordoClient(options as Parameters<typeof createGordoClient>[0])).toThrow(message);
  });
});
