import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mock, startMock } from "../src/index.js";
import { originOf } from "./support/mock-origin.js";
import { runExampleAgainst } from "./support/run-example.js";

const REAL_ORIGIN = "https://api.gordotrader.com";
const example = (name: string) => fileURLToPath(new URL(`drop-in/gordo/${name}`, import.meta.url));
const apiKey = { "X-API-Key": "grd_live_test" };

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ api: "gordo", port: 0, host: "127.0.0.1" });
});
afterAll(() => mock?.close());

const get = (pathAndQuery: string, headers: Record<string, string> = apiKey) =>
  fetch(`${mock.baseUrl}${pathAndQuery}`, { headers });

describe("the documentation's own samples work with only the host changed", () => {
  it.each([
    ["quick-start.sh", /"price":\s*\d/],
    ["usage.sh", /"total_requests_today"/],
    ["quick-start.py", /'price': \d/],
    ["candles.py", /^\S+ O:[\d.]+ H:[\d.]+ L:[\d.]+ C:[\d.]+$/m],
    ["close-position.py", /'position_id': \d+/],
    ["quick-start.mjs", /price: \d/],
    ["regime.mjs", /^Regime: \w+ Score: \d+\/100$/m],
    ["notes.mjs", /^$/],
  ])("%s", async (file, expectedOutput) => {
    const run = await runExampleAgainst(example(file), REAL_ORIGIN, originOf(mock));
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(expectedOutput);
  });
});

describe("failures look like Gordo's", () => {
  it("a missing API key gives 401 with a detail", async () => {
    const response = await get("/market/price", {});
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ detail: expect.stringContaining("X-API-Key") });
  });

  it.each([
    ["a limit above its maximum", "/market/candles?limit=5000", /\blimit\b.*2000/],
    ["an unknown enum value", "/positions?mode=demo", /\bmode\b.*paper, live, canary/],
    ["a path parameter of the wrong type", "/positions/forty-two", /\bposition_id\b.*integer/],
  ])("%s gives 400 naming the field", async (_case, pathAndQuery, expectedDetail) => {
    const response = await get(pathAndQuery);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(Object.keys(body)).toEqual(["detail"]);
    expect(body.detail).toMatch(expectedDetail);
  });

  it("a malformed JSON body gives 400 saying where it broke", async () => {
    const response = await fetch(`${mock.baseUrl}/analytics/notes`, {
      method: "POST",
      headers: { ...apiKey, "content-type": "application/json" },
      body: '{"content": "Took profit early",,}',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).detail).toMatch(/^Malformed JSON body: .*position 32/);
  });

  it("an unknown operation gives 404 with a detail", async () => {
    const response = await get("/market/weather");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      detail: "Not found: GET /v1/market/weather is not an operation of the Gordo Trader API",
    });
  });
});

describe("scenarios chosen per request with Prefer", () => {
  it("Prefer: code=429 gives the documented rate-limit answer", async () => {
    const response = await get("/market/price", { ...apiKey, Prefer: "code=429" });
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({ detail: expect.stringContaining("rate limit") });
  });

  it("Prefer: code=401 gives the documented unauthorized answer", async () => {
    const response = await get("/account/me", { ...apiKey, Prefer: "code=401" });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ detail: expect.any(String) });
  });
});

describe("serving", () => {
  it("answers its health check outside the API's base path", async () => {
    const response = await fetch(`${originOf(mock)}/__health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", api: "gordo", basePath: "/v1" });
  });

  it("lets a browser app on another origin send X-API-Key", async () => {
    const preflight = await fetch(`${mock.baseUrl}/market/price`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:5173",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "x-api-key",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("x-api-key");

    const response = await get("/market/price", { ...apiKey, Origin: "http://localhost:5173" });
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
  });
});
