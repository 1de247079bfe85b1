import { type Fault, faultServerPerTest, json } from "@tradespec/client-testing";
import { describe, expect, it } from "vitest";
import { ApiError, createGunbotClient, login } from "../src/index.js";
import vectors from "./fixtures/password-vectors.json" with { type: "json" };

const JWT =
  "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJleHAiOjE4MTEwNjM4NTJ9.h1QiXh3EGl_LCqh0cgBTBle2ALgjSNhZPN9uwpvug6c";
const [documented] = vectors as [(typeof vectors)[number]];

const startServer = faultServerPerTest("/api/v1");

/** A Gunbot stand-in: `loginAnswer` for POST /auth/login, the server time for anything else. */
async function gunbotAnswering(loginAnswer: Fault) {
  const server = await startServer((_index, request) =>
    request.path === "/auth/login" ? loginAnswer : json(200, { serverTime: 1733307452649 }),
  );
  return { baseUrl: server.baseUrl, requests: server.requests };
}

describe("login", () => {
  it("encrypts the password, sends it to /auth/login and uses the JWT afterwards", async () => {
    const { baseUrl, requests } = await gunbotAnswering(json(200, { status: "success", token: JWT }));
    const gunbot = createGunbotClient({ baseUrl });
    await expect(
      login(gunbot, { password: documented.password, gunthyWallet: documented.gunthyWallet }),
    ).resolves.toBe(JWT);
    await gunbot.GET("/time");
    expect(
      requests.map(({ path, body, headers }) => ({ path, body, authorization: headers.authorization })),
    ).toEqual([
      {
        path: "/auth/login",
        body: JSON.stringify({ password: documented.encrypted }),
        authorization: undefined,
      },
      { path: "/time", body: "", authorization: `Bearer ${JWT}` },
    ]);
  });

  it("sends an already encrypted password as it is", async () => {
    const { baseUrl, requests } = await gunbotAnswering(json(200, { status: "success", token: JWT }));
    await login(createGunbotClient({ baseUrl }), { encryptedPassword: documented.encrypted });
    expect(requests[0]?.body).toBe(JSON.stringify({ password: documented.encrypted }));
  });

  it("throws an ApiError for a refused login and keeps the previous token", async () => {
    const { baseUrl, requests } = await gunbotAnswering(
      json(401, { status: "error", message: "Wrong password" }),
    );
    const gunbot = createGunbotClient({ baseUrl, token: "old.jwt.token" });
    const failure = await login(gunbot, { encryptedPassword: documented.encrypted }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).message).toBe("POST /auth/login failed with HTTP 401: Wrong password");
    await gunbot.GET("/time");
    expect(requests.at(-1)?.headers.authorization).toBe("Bearer old.jwt.token");
  });

  it("setToken replaces the token, and undefined forgets it", async () => {
    const { baseUrl, requests } = await gunbotAnswering(json(200, { status: "success", token: JWT }));
    const gunbot = createGunbotClient({ baseUrl });
    gunbot.setToken("first.jwt.token");
    await gunbot.GET("/time");
    gunbot.setToken(undefined);
    await gunbot.GET("/time");
    expect(requests.map((request) => request.headers.authorization)).toEqual([
      "Bearer first.jwt.token",
      undefined,
    ]);
  });

  it.each([
    [
      { encryptedPassword: "plain-password" },
      'encryptedPassword must be the "ENC:..." string that encryptPassword() returns',
    ],
    [
      { password: "secret", gunthyWallet: "short" },
      "gunthyWallet must be at least 16 bytes of UTF-8 (got 5)",
    ],
    [{ token: "x" }, "login() needs { password, gunthyWallet } or { encryptedPassword }"],
  ])("refuses %j before sending anything", async (credentials, message) => {
    const { baseUrl, requests } = await gunbotAnswering(json(200, { status: "success", token: JWT }));
    const gunbot = createGunbotClient({ baseUrl });
    await expect(login(gunbot, credentials as never)).rejects.toThrow(message);
    expect(requests).toHaveLength(0);
  });
});

describe("createGunbotClient", () => {
  it.each([undefined, "", "localhost:3000/api/v1"])("requires an absolute baseUrl (got %j)", (baseUrl) => {
    expect(() => createGunbotClient({ baseUrl } as never)).toThrow(
      `baseUrl must be the instance's API root such as "http://localhost:3000/api/v1", got ${JSON.stringify(baseUrl)}`,
    );
  });
});
