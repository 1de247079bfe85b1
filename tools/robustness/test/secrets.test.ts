import { ApiError, throwOnError } from "@tradespec/client-kit";
import { createGordoClient, parseWebhookEvent, signWebhookBody } from "@tradespec/gordo";
import { createGunbotClient, encryptPassword, type LoginCredentials, login } from "@tradespec/gunbot";
import { startMock } from "@tradespec/mock";
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from "vitest";
import {
  ECHO_MODE_HEADER,
  type EchoMode,
  type EchoServer,
  startEchoServer,
} from "../src/secrets/echo-server.js";
import { leaksOf, secretsIn } from "../src/secrets/leaks.js";

const API_KEY = "grd_live_S3cr3tKeyForRobustness0123";
const JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyIjoicm9idXN0bmVzcyJ9.c2VjcmV0LXNpZ25hdHVyZQ";
const PASSWORD = "correct horse battery staple";
const WALLET = "0xGunthyWalletRobustness0123456789";
const WEBHOOK_SECRET = "whsec_robustness_0123456789abcdef";
const secrets: Record<string, string> = { API_KEY, JWT, PASSWORD, WALLET, WEBHOOK_SECRET };

const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;
const consoleSpies: MockInstance[] = [];
let echo: EchoServer;

beforeAll(async () => {
  secrets.ENCRYPTED_PASSWORD = await encryptPassword(PASSWORD, WALLET);
  for (const method of CONSOLE_METHODS) consoleSpies.push(vi.spyOn(console, method));
  echo = await startEchoServer("error-json");
});

afterAll(async () => {
  await echo?.close();
  const written = consoleSpies.flatMap((spy) => spy.mock.calls.map((args) => args.map(String).join(" ")));
  for (const spy of consoleSpies) spy.mockRestore();
  expect(written.flatMap((line) => secretsIn(line, secrets))).toEqual([]);
});

/** Runs `call` and returns what it threw; fails when it did not throw. */
async function failureOf(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

const gordo = (timeoutMs = 1_000) =>
  createGordoClient({
    baseUrl: `${echo.origin}/v1`,
    apiKey: API_KEY,
    throwOnError,
    timeoutMs,
    retry: false,
  });
const gunbot = (timeoutMs = 1_000) =>
  createGunbotClient({
    baseUrl: `${echo.origin}/api/v1`,
    token: JWT,
    throwOnError,
    timeoutMs,
    retry: false,
  });

const calls: Record<string, (mode: EchoMode, timeoutMs?: number, signal?: AbortSignal) => Promise<unknown>> =
  {
    "Gordo GET /account/me": (mode, timeoutMs, signal) =>
      gordo(timeoutMs).GET("/account/me", { headers: { [ECHO_MODE_HEADER]: mode }, signal }),
    "Gordo POST /positions/{position_id}/close": (mode, timeoutMs, signal) =>
      gordo(timeoutMs).POST("/positions/{position_id}/close", {
        params: { path: { position_id: 42 } },
        headers: { [ECHO_MODE_HEADER]: mode },
        signal,
      }),
    "Gunbot GET /time": (mode, timeoutMs, signal) =>
      gunbot(timeoutMs).GET("/time", { headers: { [ECHO_MODE_HEADER]: mode }, signal }),
    "Gunbot POST /trade/buy": (mode, timeoutMs, signal) =>
      gunbot(timeoutMs).POST("/trade/buy", {
        body: { data: { exch: "binance", pair: "USDT-BTC", amt: 1, price: 50_000 } },
        headers: { [ECHO_MODE_HEADER]: mode },
        signal,
      }),
  };

describe.each(Object.keys(calls))("%s keeps its credentials out of every failure", (name) => {
  const call = calls[name] as (typeof calls)[string];

  it.each<EchoMode>(["error-json", "error-text", "error-html", "malformed-json", "reset"])(
    "when the server answers %s echoing the request",
    async (mode) => {
      const failure = await failureOf(() => call(mode));
      expect(failure).toBeInstanceOf(ApiError);
      expect(leaksOf(failure, secrets)).toEqual([]);
      expect(secretsIn(JSON.stringify((failure as ApiError).body) ?? "", secrets)).toEqual([]);
    },
  );

  it("when the request times out", async () => {
    const failure = await failureOf(() => call("hang", 200));
    expect((failure as ApiError).message).toMatch(/timed out after 200 ms/);
    expect(leaksOf(failure, secrets)).toEqual([]);
  });

  it("when the caller aborts", async () => {
    const failure = await failureOf(() => call("hang", 5_000, AbortSignal.timeout(100)));
    expect(failure).toMatchObject({ name: "TimeoutError" });
    expect(leaksOf(failure, secrets)).toEqual([]);
  });
});

describe("a refused connection keeps the credentials out of the error", () => {
  it.each(["Gordo", "Gunbot"])("%s", async (api) => {
    const closed = await startEchoServer("reset");
    await closed.close();
    const failure = await failureOf(() =>
      api === "Gordo"
        ? createGordoClient({ baseUrl: `${closed.origin}/v1`, apiKey: API_KEY, throwOnError }).GET(
            "/account/me",
          )
        : createGunbotClient({ baseUrl: `${closed.origin}/api/v1`, token: JWT, throwOnError }).GET("/time"),
    );
    expect((failure as ApiError).message).toMatch(/ECONNREFUSED/);
    expect(leaksOf(failure, secrets)).toEqual([]);
  });
});

describe("Gunbot login keeps the password, the wallet and the encrypted password out of a failed login", () => {
  it.each<[string, () => LoginCredentials]>([
    ["the password and the wallet", () => ({ password: PASSWORD, gunthyWallet: WALLET })],
    ["the encrypted password", () => ({ encryptedPassword: secrets.ENCRYPTED_PASSWORD ?? "" })],
  ])("logging in with %s, answered 401 echoing the request", async (_what, credentials) => {
    for (const failures of [undefined, throwOnError]) {
      const client = createGunbotClient({
        baseUrl: `${echo.origin}/api/v1`,
        throwOnError: failures,
        retry: false,
      });
      const failure = await failureOf(() => login(client, credentials()));
      expect(failure).toBeInstanceOf(ApiError);
      expect(
        leaksOf(failure, secrets),
        "login() does not name the encrypted password as a secret: unwrap() in packages/gunbot/src/login.ts and " +
          "throwOnError() mask only credential headers, so a server that echoes the body leaks it",
      ).toEqual([]);
    }
  });

  it("a wallet too short to be a key is refused without quoting it or the password", async () => {
    const failure = await failureOf(() => encryptPassword(PASSWORD, "short-wallet"));
    expect(leaksOf(failure, { ...secrets, SHORT_WALLET: "short-wallet" })).toEqual([]);
  });
});

describe("Gordo webhook signatures keep the secret out of a refusal", () => {
  const body = JSON.stringify({ event: "risk.event", timestamp: "2026-02-27T07:00:00Z", data: {} });

  it.each([
    ["a signature made with another secret", async () => signWebhookBody(body, "another secret")],
    ["the secret itself as the signature", async () => `sha256=${WEBHOOK_SECRET}`],
    ["no signature", async () => ""],
  ])("%s", async (_what, header) => {
    const failure = await failureOf(async () => parseWebhookEvent(body, await header(), WEBHOOK_SECRET));
    expect(failure).toMatchObject({ name: "WebhookError" });
    expect(leaksOf(failure, secrets)).toEqual([]);
  });
});

describe("the mock keeps credentials out of its answers and its log", () => {
  it("with Prism's request log on, for good and bad credentials and a login", async () => {
    const written: string[] = [];
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const gordoMock = await startMock({ api: "gordo", port: 0, verbose: true });
    const gunbotMock = await startMock({ api: "gunbot", port: 0, verbose: true });
    try {
      const answers = await Promise.all([
        fetch(`${gordoMock.baseUrl}/account/me`, { headers: { "x-api-key": API_KEY } }),
        fetch(`${gordoMock.baseUrl}/market/candles?limit=-1`, { headers: { "x-api-key": API_KEY } }),
        fetch(`${gordoMock.baseUrl}/risk/kill-switch`, { method: "POST", headers: { "x-api-key": API_KEY } }),
        fetch(`${gunbotMock.baseUrl}/time`, { headers: { authorization: `Bearer ${JWT}` } }),
        fetch(`${gunbotMock.baseUrl}/time`, { headers: { authorization: `Basic ${JWT}` } }),
        fetch(`${gunbotMock.baseUrl}/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ password: secrets.ENCRYPTED_PASSWORD }),
        }),
        fetch(`${gunbotMock.baseUrl}/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ password: [secrets.ENCRYPTED_PASSWORD], wallet: WALLET }),
        }),
      ]);
      const bodies = await Promise.all(answers.map((answer) => answer.text()));
      expect(answers.map((answer) => answer.status)).toEqual([200, 400, 200, 200, 401, 200, 400]);
      expect(bodies.flatMap((text) => secretsIn(text, secrets))).toEqual([]);
    } finally {
      await Promise.all([gordoMock.close(), gunbotMock.close()]);
      stderr.mockRestore();
    }
    expect(written.join("")).toContain("POST");
    expect(secretsIn(written.join(""), secrets)).toEqual([]);
  });
});
