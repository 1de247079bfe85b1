import { describe, expect, it } from "vitest";
import { readTargetSettings } from "../src/targets.js";

describe("readTargetSettings", () => {
  it("tests both mocks, without writes, when nothing is set", () => {
    expect(readTargetSettings({})).toEqual({ gordo: undefined, gunbot: undefined, writes: false });
  });

  it("reads a live Gordo account and a live Gunbot instance", () => {
    const settings = readTargetSettings({
      GORDO_BASE_URL: "https://api.gordotrader.com/v1/",
      GORDO_API_KEY: "grd_live_abc",
      GUNBOT_BASE_URL: "http://localhost:3000/api/v1",
      GUNBOT_ENCRYPTED_PASSWORD: "ENC:abc=",
      TRADESPEC_CONTRACT_WRITES: "1",
    });
    expect(settings).toEqual({
      gordo: { baseUrl: "https://api.gordotrader.com/v1", apiKey: "grd_live_abc" },
      gunbot: { baseUrl: "http://localhost:3000/api/v1", credentials: { encryptedPassword: "ENC:abc=" } },
      writes: true,
    });
  });

  it("refuses a half-set target with the variable to set", () => {
    expect(() => readTargetSettings({ GORDO_BASE_URL: "https://api.gordotrader.com/v1" })).toThrow(
      "GORDO_BASE_URL is set but GORDO_API_KEY is not",
    );
    expect(() => readTargetSettings({ GORDO_API_KEY: "grd_live_abc" })).toThrow("GORDO_BASE_URL is not");
    expect(() => readTargetSettings({ GUNBOT_BASE_URL: "http://localhost:3000/api/v1" })).toThrow(
      "set GUNBOT_PASSWORD and GUNBOT_GUNTHY_WALLET, or GUNBOT_ENCRYPTED_PASSWORD",
    );
    expect(() =>
      readTargetSettings({ GUNBOT_BASE_URL: "http://localhost:3000/api/v1", GUNBOT_PASSWORD: "secret" }),
    ).toThrow("GUNBOT_PASSWORD is set but GUNBOT_GUNTHY_WALLET is not");
  });

  it("refuses malformed values", () => {
    expect(() => readTargetSettings({ GORDO_BASE_URL: "api.gordotrader.com", GORDO_API_KEY: "k" })).toThrow(
      'GORDO_BASE_URL must be an absolute http(s) URL, got "api.gordotrader.com"',
    );
    expect(() => readTargetSettings({ TRADESPEC_CONTRACT_WRITES: "yes" })).toThrow(
      'TRADESPEC_CONTRACT_WRITES must be 1 or 0, got "yes"',
    );
  });
});
