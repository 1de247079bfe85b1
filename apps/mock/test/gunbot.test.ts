import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mock, startMock } from "../src/index.js";
import { originOf } from "./support/mock-origin.js";
import { runExampleAgainst } from "./support/run-example.js";

const REAL_ORIGIN = "https://your-gunbot-instance.com:3000";
const example = (name: string) => fileURLToPath(new URL(`drop-in/gunbot/${name}`, import.meta.url));
const bearer = { Authorization: "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.sig" };

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ api: "gunbot", port: 0, host: "127.0.0.1" });
});
afterAll(() => mock?.close());

describe("the documentation's own samples work with only the host changed", () => {
  it.each([
    ["balances.sh", /"Asset"/],
    ["assets-total.sh", /"base_key"/],
    ["balances.py", /'Asset'/],
    ["pairs.py", /'pairList'/],
    ["pairs.mjs", /pairList/],
    ["auth-status.mjs", /^success$/m],
  ])("%s", async (file, expectedOutput) => {
    const run = await runExampleAgainst(example(file), REAL_ORIGIN, originOf(mock));
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(expectedOutput);
  });
});

describe("failures look like Gunbot's", () => {
  it("a missing token gives 401 with Gunbot's error body", async () => {
    const response = await fetch(`${mock.baseUrl}/auth/status`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      status: "error",
      code: 401,
      message: expect.stringContaining("Authorization: Bearer"),
    });
  });

  it("login needs no token", async () => {
    const response = await fetch(`${mock.baseUrl}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ password: "ENC:Zm9vYmFyYmF6cXV4cXV1eA==" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "success", token: expect.any(String) });
  });

  it("a missing required parameter gives 400 naming it", async () => {
    const response = await fetch(`${mock.baseUrl}/pairs`, { headers: bearer });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ status: "error", code: 400 });
    expect(body.message).toMatch(/\bexchange\b/);
  });

  it("a body field of the wrong type gives 400 naming it", async () => {
    const response = await fetch(`${mock.baseUrl}/assets/total`, {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json" },
      body: JSON.stringify({ exchange: "binance", base: "USDT", start: "yesterday", end: 1733307452718 }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(/\bstart\b.*integer/);
  });

  it("a malformed JSON body gives 400 saying where it broke", async () => {
    const response = await fetch(`${mock.baseUrl}/assets/total`, {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json" },
      body: '{"exchange": "binance",',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(/^Malformed JSON body: .*position/);
  });

  it("a path outside /api/v1 gives 404 in Gunbot's shape", async () => {
    const response = await fetch(`${originOf(mock)}/balances`, { headers: bearer });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: "error", code: 404 });
  });
});

describe("query parameters named with brackets (keys[])", () => {
  const btc = "binance%2FUSDT-BTC";
  const eth = "binance%2FUSDT-ETH";

  it.each([
    ["keys[]=, one key", `/orders/day?timezone=UTC&keys[]=${btc}`],
    ["keys%5B%5D=, one key", `/orders/day?timezone=UTC&keys%5B%5D=${btc}`],
    ["keys[]=, several keys", `/orders/page/multi?page=0&pageSize=10&keys[]=${btc}&keys[]=${eth}`],
    [
      "keys%5B%5D=, several keys",
      `/orders/page/multi?page=0&pageSize=10&keys%5B%5D=${btc}&keys%5B%5D=${eth}`,
    ],
  ])("%s is accepted", async (_spelling, path) => {
    const response = await fetch(mock.baseUrl + path, { headers: bearer });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("sl-violations")).toBeNull();
  });

  it("a missing keys[] gives 400 naming keys[]", async () => {
    const response = await fetch(`${mock.baseUrl}/orders/day?timezone=UTC`, { headers: bearer });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      status: "error",
      code: 400,
      message: "Request query must have required property 'keys[]'",
    });
    expect(response.headers.get("sl-violations")).toContain("'keys[]'");
  });

  it("a malformed key gives 400 naming keys[]", async () => {
    const response = await fetch(`${mock.baseUrl}/orders/day?timezone=UTC&keys%5B%5D=binance`, {
      headers: bearer,
    });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(
      /^Request query parameter keys\[\]\.0 must match pattern/,
    );
  });
});

describe("serving", () => {
  it("answers its health check outside the API's base path", async () => {
    const response = await fetch(`${originOf(mock)}/__health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", api: "gunbot", basePath: "/api/v1" });
  });

  it("lets a browser app on another origin send the Authorization header", async () => {
    const preflight = await fetch(`${mock.baseUrl}/balances`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:5173",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization,content-type");
  });
});
