import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mocks, startMocks } from "../src/index.js";
import { describedExample } from "./support/described-example.js";

const gordoKey = { "X-API-Key": "gk_test" };
const gunbotToken = { Authorization: "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.sig" };

let mocks: Mocks;
beforeAll(async () => {
  mocks = await startMocks({ gordoPort: 0, gunbotPort: 0 });
});
afterAll(() => mocks?.close());

describe("Prefer: code=<status> answers the status's own example", () => {
  it("Gunbot 401 is the Unauthorized example", async () => {
    const response = await fetch(`${mocks.gunbot.baseUrl}/auth/status`, {
      headers: { ...gunbotToken, Prefer: "code=401" },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(
      describedExample("gunbot", "get /auth/status", "401", "unauthorized"),
    );
  });

  it.each([
    ["401", "UnauthorizedError"],
    ["403", "ForbiddenError"],
    ["404", "NotFoundError"],
    ["429", "RateLimitExceeded"],
  ])("Gordo %s is the %s example", async (status, name) => {
    const response = await fetch(`${mocks.gordo.baseUrl}/strategies/5/pause`, {
      method: "POST",
      headers: { ...gordoKey, Prefer: `code=${status}` },
    });
    expect(response.status).toBe(Number(status));
    expect(await response.json()).toEqual(
      describedExample("gordo", "post /strategies/{package_id}/pause", status, name),
    );
  });
});

describe("Prefer: example=Empty answers a list's empty state", () => {
  it("Gordo: an empty array", async () => {
    const response = await fetch(`${mocks.gordo.baseUrl}/positions`, {
      headers: { ...gordoKey, Prefer: "example=Empty" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  });

  it("Gunbot: an empty array", async () => {
    const response = await fetch(`${mocks.gunbot.baseUrl}/balances`, {
      method: "POST",
      headers: { ...gunbotToken, Prefer: "example=Empty" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  });

  it("Gunbot: an empty envelope", async () => {
    const response = await fetch(`${mocks.gunbot.baseUrl}/orders?key=binance%2FUSDT-BTC`, {
      headers: { ...gunbotToken, Prefer: "example=Empty" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: [] });
  });
});
