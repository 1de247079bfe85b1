import {
  type Fault,
  faultServerPerTest,
  type ReceivedRequest,
  renderedFailure,
} from "@tradespec/client-testing";
import { describe, expect, it } from "vitest";
import {
  createGunbotClient,
  encryptPassword,
  type LoginCredentials,
  login,
  paginateOrders,
  throwOnError,
} from "../src/index.js";

const PASSWORD = "correct horse battery staple";
const WALLET = "0xGunthyWalletForSecretsTest0123";
const TOKEN = "opaque-session-token-0123456789";

const startServer = faultServerPerTest("/api/v1");

/** Everything the request carried, headers and body, as a server that quotes it back would show it. */
const echoOf = ({ headers, body }: ReceivedRequest) => `${JSON.stringify(headers)} ${body}`;

async function gunbotAnswering(answer: (request: ReceivedRequest) => Fault) {
  const server = await startServer((_index, request) => answer(request));
  return server.baseUrl;
}

describe("secrets a Gunbot client knows stay out of its errors", () => {
  it.each<[string, () => Promise<LoginCredentials>]>([
    ["the password and the wallet", async () => ({ password: PASSWORD, gunthyWallet: WALLET })],
    ["the encrypted password", async () => ({ encryptedPassword: await encryptPassword(PASSWORD, WALLET) })],
  ])("a refused login with %s, answered by a server echoing the request", async (_what, credentials) => {
    const encrypted = await encryptPassword(PASSWORD, WALLET);
    const baseUrl = await gunbotAnswering((request) => ({
      kind: "respond",
      status: 401,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: "error", message: `Wrong password in ${echoOf(request)}` }),
    }));
    for (const failures of [undefined, throwOnError]) {
      const gunbot = createGunbotClient({ baseUrl, throwOnError: failures, retry: false });
      const rendered = await renderedFailure(async () => login(gunbot, await credentials()));
      expect(rendered).toContain("POST /auth/login failed with HTTP 401: Wrong password in");
      for (const secret of [encrypted, PASSWORD, WALLET]) expect(rendered).not.toContain(secret);
    }
  });

  it("the wallet of a login, in a later answer that is not valid JSON", async () => {
    const baseUrl = await gunbotAnswering(({ path }) =>
      path === "/auth/login"
        ? { kind: "respond", status: 200, body: JSON.stringify({ status: "success", token: TOKEN }) }
        : { kind: "respond", status: 200, body: `{"serverTime": "${WALLET}"` },
    );
    const gunbot = createGunbotClient({ baseUrl });
    await login(gunbot, { password: PASSWORD, gunthyWallet: WALLET });

    expect(await renderedFailure(() => gunbot.GET("/time"))).not.toContain(WALLET);
  });

  it("a token that is not a JWT, in a failed page of orders without throwOnError", async () => {
    const baseUrl = await gunbotAnswering((request) => ({
      kind: "respond",
      status: 403,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: "error", message: `Token refused: ${echoOf(request)}` }),
    }));
    const gunbot = createGunbotClient({ baseUrl, token: TOKEN });

    const rendered = await renderedFailure(() => paginateOrders(gunbot, { key: "binance/USDT-XRP" }).next());
    expect(rendered).toContain("GET /orders/page failed with HTTP 403: Token refused");
    expect(rendered).not.toContain(TOKEN);
  });
});
